import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__KP_TEST_SERVER__;
  if (!server) return;
  globalThis.__KP_TEST_SERVER__ = undefined;
  await new Promise<void>((resolve) => {
    if (server.api.exitCode !== null) return resolve();
    server.api.once('exit', () => resolve());
    server.api.kill('SIGTERM');
  });
  await server.database.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
}
