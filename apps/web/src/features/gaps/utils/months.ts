/** "2026-11" → { year: 2026, month: 11 }; null for anything else. */
export function parseYearMonth(value: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), month };
}

/**
 * A month for headings, e.g. "nov. 2026", from the short month names in the user's
 * language (index 0 = January). Unreadable values are shown as they are.
 */
export function formatYearMonth(value: string, shortNames: readonly string[]): string {
  const parsed = parseYearMonth(value);
  if (!parsed || !shortNames[parsed.month - 1]) return value;
  return `${shortNames[parsed.month - 1]} ${parsed.year}`;
}
