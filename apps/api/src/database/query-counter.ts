import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

interface Counter {
  statements: number;
}

const storage = new AsyncLocalStorage<Counter>();

/** Runs `work` while counting the SQL statements it sends. */
export function countQueries<T>(work: () => T): { result: T; counter: Counter } {
  const counter: Counter = { statements: 0 };
  return { result: storage.run(counter, work), counter };
}

export function currentQueryCount(): number | undefined {
  return storage.getStore()?.statements;
}

/** TypeORM logger that only counts; errors are reported where they are handled. */
export class QueryCountingLogger implements Logger {
  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    const counter = storage.getStore();
    if (counter) counter.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
