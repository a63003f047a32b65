// The field delimiter of a CSV file, read from its header line. Norwegian Excel writes ';'
// (the comma is the decimal separator), most other tools ','; a few write tabs. Excel also
// understands a first line "sep=;" that names the delimiter, and hides that line.

export type Delimiter = ';' | ',' | '\t';

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];

/** The first line of a text, ignoring line breaks inside quoted fields. */
export function firstLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return text.slice(0, i);
  }
  return text;
}

/** 'sep=;' → ';' (Excel's delimiter directive), otherwise null. */
export function sepDirective(line: string): Delimiter | null {
  const match = /^\uFEFF?sep=(.)\s*$/i.exec(line);
  if (!match) return null;
  return (CANDIDATES as readonly string[]).includes(match[1]) ? (match[1] as Delimiter) : null;
}

/**
 * The candidate that occurs most often outside quotes in the header line. A header with no
 * candidate at all (a single column) or a tie gives ';', the Norwegian default.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Delimiter)) {
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
    }
  }
  let best: Delimiter = ';';
  for (const candidate of CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}
