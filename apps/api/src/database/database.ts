import { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { dataSourceOptions, runMigrationsWithoutTimeout } from './data-source-options';
import {
  RunningDatabase,
  startEmbeddedDatabase,
  type SupervisionEvents,
} from './embedded-database';
import { assertSchemaNotAhead } from './schema-version';

export interface Database {
  dataSource: DataSource;
  /** The connection URL (with its password: never print it). */
  url: string;
  /** Closes the pool and stops the embedded server if this process started it. */
  close(): Promise<void>;
  /** False while the embedded server is known to be down (restarting); always true otherwise. */
  isUp(): boolean;
  /** Restarts of the embedded server after it died (0 with DATABASE_URL). */
  restarts(): number;
}

function describeConnectionError(error: unknown, url: string): string {
  const safeUrl = url.replace(/\/\/[^@/]*@/, '//***@');
  const reason = error instanceof Error ? error.message : String(error);
  return `Får ikke kontakt med databasen (${safeUrl}): ${reason}`;
}

export interface OpenOptions {
  /** Restart the embedded server when it dies (the running service; not the CLI). */
  supervise?: SupervisionEvents;
  /** Bring the schema up to date (default); the backup reads it as it is. */
  migrate?: boolean;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL, then brings the
 * schema up to date with the migrations. A database with migrations this code does not
 * know (a newer version ran against it) is refused before anything changes.
 */
export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void,
  options: OpenOptions = {},
): Promise<Database> {
  let embedded: RunningDatabase | undefined;
  const url =
    config.databaseUrl ??
    (embedded = await startEmbeddedDatabase(
      config.embeddedDataDir,
      log,
      undefined,
      options.supervise,
    )).url;
  if (embedded) log('Innebygd PostgreSQL kjører');

  const dataSource = new DataSource(dataSourceOptions(url));
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new Error(describeConnectionError(error, url));
  }
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  };
  try {
    await assertSchemaNotAhead(dataSource);
    if (options.migrate ?? true) {
      const applied = await runMigrationsWithoutTimeout(dataSource);
      if (applied.length > 0) log(`Databasen er oppdatert med ${applied.length} migrering(er)`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    dataSource,
    url,
    close,
    isUp: () => embedded?.isUp() ?? true,
    restarts: () => embedded?.restarts() ?? 0,
  };
}
