import { PersonalDataScope, scopePredicate } from '../auth/scope';

/**
 * Numbered parameters for SQL built from fragments: each fragment asks for a placeholder and
 * the values stay in order, so nothing a user typed is ever spliced into the text.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** `$n` for the value, with an optional cast (`uuid[]`, `date` …). */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    const placeholder = `$${this.values.length}`;
    return cast ? `${placeholder}::${cast}` : placeholder;
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
