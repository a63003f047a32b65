import type { DataSource } from 'typeorm';
import type { PoolStats } from '../observability/metrics';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

/** The pg pool behind TypeORM's PostgreSQL driver: open, idle and waiting. */
export function poolStats(dataSource: DataSource): PoolStats | undefined {
  if (!dataSource.isInitialized) return undefined;
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!pool) return undefined;
  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: pool.options.max ?? 10,
  };
}
