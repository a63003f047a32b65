import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { QueryCountingLogger } from './query-counter';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new QueryCountingLogger(),
    extra: {
      max: Number(process.env.KP_DB_POOL_SIZE ?? 10),
      // fail fast instead of hanging when the server is unreachable
      connectionTimeoutMillis: 10_000,
    },
  };
}
