import { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { dataSourceOptions, runMigrationsWithoutTimeout } from './data-source-options';
import { RunningDatabase, startEmbeddedDatabase } from './embedded-database';

export interface Database {
  dataSource: DataSource;
  /** Closes the pool and stops the embedded server if this process started it. */
  close(): Promise<void>;
}

function describeConnectionError(error: unknown, url: string): string {
  const safeUrl = url.replace(/\/\/[^@/]*@/, '//***@');
  const reason = error instanceof Error ? error.message : String(error);
  return `Får ikke kontakt med databasen (${safeUrl}): ${reason}`;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL, then brings the
 * schema up to date with the migrations.
 */
export async function openDatabase(
  config: AppConfig,
  log: (line: string) => void,
): Promise<Database> {
  let embedded: RunningDatabase | undefined;
  const url =
    config.databaseUrl ?? (embedded = await startEmbeddedDatabase(config.embeddedDataDir, log)).url;
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
    const applied = await runMigrationsWithoutTimeout(dataSource);
    if (applied.length > 0) log(`Databasen er oppdatert med ${applied.length} migrering(er)`);
  } catch (error) {
    await close();
    throw error;
  }
  return { dataSource, close };
}
