// What an import answers, dry run or real: counts of everything, row-by-row details for the
// first rows of each kind, and every error with the row and column as the user sees them in
// the file (the header is row 1). Details are capped so a 50 000-row file gives a report of
// bounded size; counts are always complete.

import { shorten } from './normalise-text';

export type ImportKind = 'employees' | 'qualifications';

/** Rows listed per category (and errors listed) before the report only counts. */
export const DETAIL_LIMIT = 1000;

export interface ImportIssue {
  /** Row in the file as a spreadsheet shows it (header = 1); null for the file as a whole. */
  row: number | null;
  /** The column's header as written in the file; null when no single column is meant. */
  column: string | null;
  /** Machine code, e.g. UNKNOWN_UNIT. */
  code: string;
  /** Norwegian explanation for the person fixing the file. */
  message: string;
}

export interface FieldChange {
  field: string;
  /** Norwegian name of the field. */
  label: string;
  from: string;
  to: string;
}

export interface ReportRow {
  /** Row in the file; null for employees missing from the file (deactivated). */
  row: number | null;
  employeeNumber: string;
  name: string;
  /** Qualification rows: the qualification's title (and competence). */
  detail?: string;
  changes?: FieldChange[];
}

export type RowAction = 'created' | 'updated' | 'unchanged' | 'deactivated';

export const ROW_ACTIONS: readonly RowAction[] = ['created', 'updated', 'unchanged', 'deactivated'];

export interface ColumnUse {
  field: string;
  label: string;
  /** The header in the file that feeds the field. */
  header: string;
}

export interface FileDescription {
  name: string | null;
  format: 'csv' | 'xlsx' | null;
  /** 'utf-8', 'utf-8-bom' or 'windows-1252' for CSV. */
  encoding: string | null;
  delimiter: string | null;
  /** Data rows read (blank rows not counted). */
  dataRows: number;
  columns: ColumnUse[];
  /** Headers in the file that no field uses. */
  ignoredColumns: string[];
}

/** Employees: what the deactivation of those missing from the file amounts to. */
export interface DeactivationSummary {
  /** Active employees of the scope the run deactivates. */
  count: number;
  /** Active employees of the scope (municipality, or the unit subtree) before the run. */
  activeInScope: number;
  /** Over 20 people or 10 % of the scope: a real run needs confirmDeactivate = count. */
  confirmationRequired: boolean;
  /** The confirmation sent with the run, as read (null: none). */
  confirmed: number | null;
}

export interface ImportReport {
  kind: ImportKind;
  /** Names the run in the audit log; null when the file was refused before it was read. */
  runId: string | null;
  municipality: { number: string; name: string } | null;
  /** Set when the import was limited to a unit and its sub-units. */
  unit: { id: string; name: string } | null;
  dryRun: boolean;
  /** True only when a real run wrote its changes. */
  applied: boolean;
  /** True when there are no errors. */
  ok: boolean;
  file: FileDescription;
  counts: Record<RowAction, number> & { errors: number };
  rows: Record<RowAction, ReportRow[]>;
  errors: ImportIssue[];
  /**
   * What the user should look at before applying, though nothing stops the run: headers that
   * are not read but probably mean a column (HEADER_HINT), a mass deactivation
   * (MASS_DEACTIVATION) and a file that matches almost nobody (FILE_MATCHES_FEW).
   */
  warnings: ImportIssue[];
  /** Employees only (null for a file refused before it was compared). */
  deactivation?: DeactivationSummary | null;
  /** An applied run can be undone until then (ISO timestamp); null otherwise. */
  undoableUntil: string | null;
  detailLimit: number;
  /** Qualifications: how many qualifications and formal assessments the run creates. */
  totals?: { qualifications: number; assessments: number };
}

/** Longest header an issue names, and longest message: a report stays small whatever the file. */
const MAX_COLUMN_CHARS = 120;
const MAX_MESSAGE_CHARS = 2000;

/** Counts every issue, keeps the first DETAIL_LIMIT. */
export class IssueList {
  private readonly kept: ImportIssue[] = [];
  private total = 0;

  add(issue: ImportIssue): void {
    this.total += 1;
    if (this.kept.length < DETAIL_LIMIT) {
      this.kept.push({
        ...issue,
        column: issue.column === null ? null : shorten(issue.column, MAX_COLUMN_CHARS),
        message: shorten(issue.message, MAX_MESSAGE_CHARS),
      });
    }
  }

  addAll(issues: readonly ImportIssue[]): void {
    issues.forEach((issue) => this.add(issue));
  }

  /** Issues found in SQL: the first ones listed, `total` of them in all. */
  addCounted(listed: readonly ImportIssue[], total: number): void {
    this.addAll(listed);
    this.total += Math.max(0, total - listed.length);
  }

  get count(): number {
    return this.total;
  }

  /** Sorted by row (file-level issues first), then by column order of discovery. */
  list(): ImportIssue[] {
    return [...this.kept].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }
}

export function emptyFileDescription(name: string | null): FileDescription {
  return {
    name,
    format: null,
    encoding: null,
    delimiter: null,
    dataRows: 0,
    columns: [],
    ignoredColumns: [],
  };
}

export function emptyCounts(): ImportReport['counts'] {
  return { created: 0, updated: 0, unchanged: 0, deactivated: 0, errors: 0 };
}

export function emptyRows(): ImportReport['rows'] {
  return { created: [], updated: [], unchanged: [], deactivated: [] };
}

/** [3] → '3'; [3, 9] → '3 og 9'; [3, 5, 9] → '3, 5 og 9'. */
export function joinRowNumbers(rows: readonly number[]): string {
  return rows.length <= 1
    ? rows.join('')
    : `${rows.slice(0, -1).join(', ')} og ${rows[rows.length - 1]}`;
}

/** A report for a file refused before any row was looked at. */
export function refusedReport(
  base: Pick<ImportReport, 'kind' | 'municipality' | 'unit' | 'dryRun'>,
  file: FileDescription,
  issues: readonly ImportIssue[],
  errorCount = issues.length,
  warnings: readonly ImportIssue[] = [],
): ImportReport {
  return {
    ...base,
    runId: null,
    applied: false,
    ok: false,
    file,
    counts: { ...emptyCounts(), errors: errorCount },
    rows: emptyRows(),
    errors: [...issues],
    warnings: [...warnings],
    undoableUntil: null,
    detailLimit: DETAIL_LIMIT,
  };
}
