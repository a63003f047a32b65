import { execute } from './sql';
import {
  type DataSource,
  type DataSourceOptions,
  MigrationExecutor,
  type Migration,
} from 'typeorm';
import { migrations } from './migrations';
import { poolSize, statementTimeoutMs } from './pool-settings';
import { QueryCountingLogger } from './query-counter';

export function dataSourceOptions(url: string): DataSourceOptions {
  const timeout = statementTimeoutMs();
  return {
    type: 'postgres',
    url,
    // no entities: rows are read with typed SQL (database/sql.ts); TypeORM keeps the
    // connection, the migrations and the transactions
    entities: [],
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new QueryCountingLogger(),
    extra: {
      max: poolSize(),
      // fail fast instead of hanging when the server is unreachable
      connectionTimeoutMillis: 10_000,
      // set on every connection of the pool when it opens (a server-side limit: the
      // statement stops in PostgreSQL too, not only in the client)
      ...(timeout > 0 ? { statement_timeout: timeout } : {}),
      // a transaction left open by a crashed request cannot hold its locks for long
      ...(timeout > 0
        ? { idle_in_transaction_session_timeout: Math.max(timeout * 3, 60_000) }
        : {}),
    },
  };
}

/**
 * Migrations may rewrite large tables and are not requests: they run without the statement
 * limit, on one connection that gets the limit back before it returns to the pool.
 */
export async function runMigrationsWithoutTimeout(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await execute(runner, 'SET statement_timeout = 0');
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    return await executor.executePendingMigrations();
  } finally {
    await execute(runner, 'RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
