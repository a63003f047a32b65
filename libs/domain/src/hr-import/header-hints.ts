// Hints for headers the import does not read but that most likely mean a column it needs:
// "Yrke" for Yrkeskode, "Navn" for Fornavn and Etternavn, "Stillingsprosnt" for
// Stillingsprosent. Without them a column is silently ignored (or the file refused for a
// missing column) while the data the user meant is right there.

import type { FieldSpec } from './header-mapping';
import type { ImportIssue } from './import-report';
import { isNationalIdHeader } from './national-id';
import { foldKey } from './normalise-text';

export interface HeaderHint<F extends string = string> {
  /** The header as written in the file. */
  header: string;
  /** The fields it most likely means (two for a full name). */
  fields: FieldSpec<F>[];
}

/**
 * The optimal string alignment distance: insertions, deletions, substitutions and swaps of
 * two neighbouring letters each cost one ('stillingsprosnet' → 'stillingsprosent' is 1).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (__, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < columns; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** Typos allowed for a known header of this (folded) length: none for short ones. */
function allowedTypos(length: number): number {
  if (length >= 8) return 2;
  return length >= 4 ? 1 : 0;
}

/** Headers longer than this are not compared letter by letter (a cell of prose is no header). */
const MAX_COMPARED_LENGTH = 60;

function nearestByTypo<F extends string>(
  key: string,
  open: readonly FieldSpec<F>[],
): FieldSpec<F> | null {
  let best: { spec: FieldSpec<F>; distance: number } | null = null;
  for (const spec of open) {
    for (const alias of spec.aliases) {
      const known = foldKey(alias);
      if (Math.abs(known.length - key.length) > 2) continue;
      const distance = editDistance(key, known);
      if (distance <= allowedTypos(known.length) && (!best || distance < best.distance)) {
        best = { spec, distance };
      }
    }
  }
  return best?.spec ?? null;
}

/**
 * A known header with something added ("Ansattnummer HR") or cut short ("Stillingspros"); the
 * longest overlap wins, so "Stillingspros" is Stillingsprosent rather than Stilling.
 */
function byAffix<F extends string>(
  key: string,
  open: readonly FieldSpec<F>[],
): FieldSpec<F> | null {
  let best: { spec: FieldSpec<F>; overlap: number } | null = null;
  for (const spec of open) {
    for (const word of [...spec.aliases, ...(spec.hintWords ?? [])]) {
      const known = foldKey(word);
      const overlap =
        known.length >= 5 && (key.startsWith(known) || key.endsWith(known))
          ? known.length
          : key.length >= 5 && known.startsWith(key)
            ? key.length
            : 0;
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { spec, overlap };
    }
  }
  return best?.spec ?? null;
}

/**
 * For each header the import does not use, the fields it most likely means, among those the
 * file does not have yet: a known synonym first, then a typo, then a known header with
 * something added or cut off.
 */
export function headerHints<F extends string>(
  unusedHeaders: readonly string[],
  fields: readonly FieldSpec<F>[],
  found: ReadonlySet<F>,
): HeaderHint<F>[] {
  const open = fields.filter((spec) => !found.has(spec.field));
  if (open.length === 0) return [];
  return unusedHeaders.flatMap((header) => {
    const key = foldKey(header);
    if (key === '' || key.length > MAX_COMPARED_LENGTH || isNationalIdHeader(header)) return [];
    const synonyms = open.filter((spec) =>
      (spec.hintWords ?? []).some((word) => foldKey(word) === key),
    );
    if (synonyms.length > 0) return [{ header, fields: synonyms }];
    const near = nearestByTypo(key, open) ?? byAffix(key, open);
    return near ? [{ header, fields: [near] }] : [];
  });
}

function quoted(specs: readonly FieldSpec[]): string {
  const names = specs.map((spec) => `«${spec.label}»`);
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/** The hint as a report entry: the header as written, and what to call it instead. */
export function hintIssue(hint: HeaderHint, row: number): ImportIssue {
  const [first] = hint.fields;
  const message =
    hint.fields.length === 1
      ? `Kolonnen «${hint.header}» leses ikke. Mente du «${first.label}» (for eksempel ${first.example})? Gi kolonnen den overskriften, så leses den.`
      : `Kolonnen «${hint.header}» leses ikke: importen trenger ${quoted(hint.fields)} i hver sin kolonne. Del opp kolonnen og gi delene de overskriftene.`;
  return { row, column: hint.header, code: 'HEADER_HINT', message };
}
