import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { BoundedLabels } from './bounded-labels';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** What the metrics read at scrape time. */
export interface MetricsSources {
  pool(): PoolStats | undefined;
  databaseUp(): boolean;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The few route groups HTTP requests are counted under (a path never becomes a label). */
export function routeGroup(path: string): string {
  const groups = ['/graphql', '/health', '/metrics', '/api/exports', '/api/imports', '/auth/oidc'];
  const group = groups.find((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  if (group) return group;
  if (path.startsWith('/assets/')) return '/assets';
  return path.startsWith('/api/') || path.startsWith('/auth/') ? 'other' : '/ (web app)';
}

/**
 * The service's Prometheus metrics: HTTP and GraphQL latency, GraphQL errors by code, the
 * database pool, the embedded database's state and restarts, and Node's process metrics.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new BoundedLabels(150);
  private readonly codes = new BoundedLabels(60);
  private readonly http: Histogram<'method' | 'route' | 'status'>;
  private readonly graphql: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly errors: Counter<'code'>;
  private readonly restarts: Counter;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.http = new Histogram({
      name: 'kp_http_request_duration_seconds',
      help: 'HTTP requests by method, route group and status, from arrival to the last byte.',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphql = new Histogram({
      name: 'kp_graphql_operation_duration_seconds',
      help: 'GraphQL operations by operation name (the first 150 names; later ones as "other").',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'kp_graphql_errors_total',
      help: 'Errors in GraphQL responses by code (BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR …).',
      labelNames: ['code'],
      registers,
    });
    const pool = (field: keyof PoolStats, name: string, help: string) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const stats = sources.pool();
          if (stats) this.set(stats[field]);
        },
      });
    pool('total', 'kp_db_pool_connections', 'Open connections in the database pool.');
    pool('idle', 'kp_db_pool_idle_connections', 'Idle connections in the database pool.');
    pool('waiting', 'kp_db_pool_waiting_requests', 'Queries waiting for a pool connection.');
    pool('max', 'kp_db_pool_max_connections', 'The pool size (KP_DB_POOL_SIZE).');
    new Gauge({
      name: 'kp_database_up',
      help: '1 while the database is reachable as far as the service knows, 0 while it restarts.',
      registers,
      collect() {
        this.set(sources.databaseUp() ? 1 : 0);
      },
    });
    this.restarts = new Counter({
      name: 'kp_embedded_database_restarts_total',
      help: 'Times the embedded PostgreSQL was restarted after it died.',
      registers,
    });
  }

  countDatabaseRestart(): void {
    this.restarts.inc();
  }

  observeHttp(method: string, path: string, status: number, seconds: number): void {
    const knownMethod = ['GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH'].includes(
      method,
    )
      ? method
      : 'other';
    this.http.observe(
      { method: knownMethod, route: routeGroup(path), status: String(status) },
      seconds,
    );
  }

  /** The label an operation name is counted under (also used in the request's log line). */
  operationLabel(name: string | null | undefined): string {
    return this.operations.label(name);
  }

  observeGraphql(operation: string, type: string, failed: boolean, seconds: number): void {
    this.graphql.observe({ operation, type, outcome: failed ? 'error' : 'ok' }, seconds);
  }

  countError(code: string | undefined): void {
    this.errors.inc({ code: this.codes.label(code, 'UNKNOWN') });
  }
}
