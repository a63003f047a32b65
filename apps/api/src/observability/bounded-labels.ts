/**
 * Label values that callers choose (GraphQL operation names, error codes) would let anyone
 * create series without end. The first `limit` distinct sane values are kept as they are;
 * anything after that, or anything odd, is counted as `other`.
 */
export class BoundedLabels {
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly pattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/,
  ) {}

  label(value: string | null | undefined, missing = 'anonymous'): string {
    if (!value) return missing;
    if (!this.pattern.test(value)) return 'other';
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return 'other';
    this.seen.add(value);
    return value;
  }
}
