/** The process's Metrics (observability/metrics.ts), provided by AppModule. */
export const METRICS = Symbol('METRICS');
