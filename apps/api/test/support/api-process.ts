import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../../src/common/free-port';
import { waitForHealth } from './wait-for-health';

const root = resolve(__dirname, '../../../..');

/** The built CLI (KP_DIST_DIR aware). */
export function cliPath(): string {
  return resolve(root, process.env.KP_DIST_DIR || 'dist', 'apps/api/cli.js');
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/** Starts the built API as its own process, for start-up and shutdown tests. */
export async function startApi(
  env: Record<string, string>,
  options: { waitForHealth?: boolean; timeoutMs?: number } = {},
): Promise<ApiProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, [`${process.env.KP_DIST_DIR || 'dist'}/apps/api/main.js`], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', KP_SEED_DEMO: 'true', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    url,
    child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGINT') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
  if (options.waitForHealth ?? true) {
    await Promise.race([
      // the first start creates the database and seeds the demo region: slow on a busy machine
      waitForHealth(url, options.timeoutMs ?? 180_000),
      exited.then((code) => {
        throw new Error(`The API exited with ${code} before it was healthy:\n${output}`);
      }),
    ]);
  }
  return api;
}

/**
 * Runs the embedded PostgreSQL in its own process through the CLI (the
 * package is an ES module that Jest's workers cannot load).
 */
export async function startDatabaseProcess(
  dataDir: string,
  port: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [cliPath(), 'database', '--data-dir', dataDir, '--port', String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((found, failed) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/^postgres:\/\/\S+$/m);
      if (match) found(match[0]);
    });
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) =>
      failed(new Error(`database process exited with ${code}: ${output}`)),
    );
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}
