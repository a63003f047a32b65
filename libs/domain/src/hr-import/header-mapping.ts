// Which column feeds which field. Norwegian HR exports name their columns in many ways
// ("Ansattnummer", "Ansattnr", "Ressursnummer"), so each field has aliases compared as folded
// keys (case, accents and punctuation ignored). An explicit mapping (field → header) wins over
// the aliases, for exports whose headers nobody could guess. Problems with the header row are
// fatal: without the right columns no row can be read.

import { cellText, type CellValue } from './cell-value';
import { headerHints, hintIssue } from './header-hints';
import type { ColumnUse, ImportIssue } from './import-report';
import { isNationalIdHeader } from './national-id';
import { foldKey, shorten } from './normalise-text';

/** Headers a message lists before it only counts the rest. */
const MAX_LISTED = 30;

/**
 * One column an import reads. These definitions are the one source of truth: the parser maps
 * headers with them, and the import page (GraphQL `importColumns`), the templates and
 * docs/imports.md (checked by a test) describe the same columns from them.
 */
export interface FieldSpec<F extends string = string> {
  field: F;
  /** The column's header as the template writes it; also the field's Norwegian name in messages. */
  label: string;
  /** Header names that mean this field, most common first (the label among them). */
  aliases: readonly string[];
  required: boolean;
  /** What the cells hold, in Norwegian, for the page, the template's guide and the docs. */
  description: string;
  /** A cell as it could look, for the template's guide. */
  example: string;
  /**
   * Headers that are not read but most likely mean this field ("Yrke" for Yrkeskode). They
   * only give a hint; a header several fields list ("Navn") names all of them.
   */
  hintWords?: readonly string[];
}

export interface ColumnMap<F extends string = string> {
  /** Column index (0-based) per field found in the file. */
  index: Partial<Record<F, number>>;
  /** Header text per column, as written in the file (tidied). */
  headers: string[];
  uses: ColumnUse[];
  ignored: string[];
}

/** field → header name, e.g. { employeeNumber: 'Lønnsnr' }. Field names or their labels. */
export type ExplicitMapping = Record<string, string>;

function headerIssue(column: string | null, code: string, message: string): ImportIssue {
  return { row: 1, column, code, message };
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).map((item) => `«${shorten(item)}»`);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} og ${more} til` : shown.join(', ');
}

export function mapHeaders<F extends string>(
  headerCells: readonly CellValue[],
  fields: readonly FieldSpec<F>[],
  explicit: ExplicitMapping = {},
): ({ map: ColumnMap<F> } | { issues: ImportIssue[] }) & { hints: ImportIssue[] } {
  const headers = headerCells.map((cell) => cellText(cell));
  const keys = headers.map(foldKey);
  const issues: ImportIssue[] = [];
  const index: Partial<Record<F, number>> = {};
  const used = new Set<number>();

  headers.forEach((header) => {
    if (isNationalIdHeader(header)) {
      issues.push(
        headerIssue(
          header,
          'NATIONAL_ID_COLUMN',
          `Kolonnen «${shorten(header)}» ser ut til å inneholde fødselsnummer. Kompetanseplan lagrer aldri fødselsnummer – fjern kolonnen fra filen og prøv igjen.`,
        ),
      );
    }
  });

  const assign = (spec: FieldSpec<F>, key: string): boolean => {
    const matches = keys.flatMap((candidate, column) =>
      candidate === key && !used.has(column) ? [column] : [],
    );
    if (matches.length > 1) {
      issues.push(
        headerIssue(
          headers[matches[0]],
          'DUPLICATE_COLUMN',
          `Kolonnen «${shorten(headers[matches[0]])}» finnes ${matches.length} ganger. Gi kolonnene ulike navn, eller fjern den ene.`,
        ),
      );
    }
    if (matches.length === 0) return false;
    index[spec.field] = matches[0];
    used.add(matches[0]);
    return true;
  };

  const byName = new Map<string, FieldSpec<F>>();
  for (const spec of fields) {
    byName.set(foldKey(spec.field), spec);
    byName.set(foldKey(spec.label), spec);
  }
  for (const [name, header] of Object.entries(explicit)) {
    const spec = byName.get(foldKey(name));
    if (!spec) {
      issues.push(
        headerIssue(
          null,
          'UNKNOWN_FIELD',
          `Kolonneoppsettet nevner et ukjent felt «${shorten(name)}». Kjente felt: ${fields.map((f) => f.field).join(', ')}.`,
        ),
      );
      continue;
    }
    if (!assign(spec, foldKey(header))) {
      issues.push(
        headerIssue(
          header,
          'MAPPED_COLUMN_MISSING',
          `Kolonnen «${shorten(header)}», valgt for ${spec.label}, finnes ikke i filen.`,
        ),
      );
    }
  }

  for (const spec of fields) {
    if (index[spec.field] !== undefined) continue;
    for (const alias of spec.aliases) {
      if (assign(spec, foldKey(alias))) break;
    }
  }

  const missing = fields.filter((spec) => spec.required && index[spec.field] === undefined);
  if (missing.length > 0) {
    const found = headers.filter((header) => header !== '');
    issues.push(
      headerIssue(
        null,
        'MISSING_COLUMNS',
        `Filen mangler ${missing.length === 1 ? 'en påkrevd kolonne' : 'påkrevde kolonner'}: ${missing
          .map((spec) => spec.label)
          .join(', ')}. Første rad må være overskrifter${
          found.length > 0 ? `; fant ${list(found)}` : ''
        }.`,
      ),
    );
  }

  const unused = headers.filter((header, column) => header !== '' && !used.has(column));
  const found = new Set(
    fields.filter((spec) => index[spec.field] !== undefined).map((s) => s.field),
  );
  const hints = headerHints(unused, fields, found).map((hint) => hintIssue(hint, 1));
  if (issues.length > 0) return { issues, hints };

  const uses: ColumnUse[] = fields.flatMap((spec) => {
    const column = index[spec.field];
    return column === undefined
      ? []
      : [{ field: spec.field, label: spec.label, header: headers[column] }];
  });
  const ignored = unused.map((header) => shorten(header, 120));
  return { map: { index, headers, uses, ignored }, hints };
}
