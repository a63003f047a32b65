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
}
