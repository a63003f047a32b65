import { PersonalDataScope, scopePredicate } from '../auth/scope';

/** Collects positional parameters while a statement is put together. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, e.g. `$3`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** The caller's personal-data scope as a condition on the given columns. */
  scope(
    scope: PersonalDataScope,
    columns: { regionId: string; municipalityId: string; unitPath: string },
  ): string {
    const predicate = scopePredicate(scope, columns, this.values.length + 1);
    this.values.push(...predicate.params);
    return predicate.sql;
  }
}
