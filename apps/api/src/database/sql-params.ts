/**
 * Numbered parameters for SQL built from fragments: each fragment asks for a placeholder and
 * the values stay in order, so nothing a user typed is ever spliced into the text. Values
 * given to the constructor are `$1`, `$2` … of a statement written with fixed placeholders.
 * A caller's scope adds its condition with `scope.where(params, columns)`.
 */
export class SqlParams {
  readonly values: unknown[];

  constructor(first: readonly unknown[] = []) {
    this.values = [...first];
  }

  /** `$n` for the value, with an optional cast (`uuid[]`, `date` …). */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    const placeholder = `$${this.values.length}`;
    return cast ? `${placeholder}::${cast}` : placeholder;
  }
}
