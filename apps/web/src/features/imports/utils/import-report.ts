import { isRecord } from '@web/shared/graphql';

/**
 * The report the import endpoint answers with, dry run or real. Read
 * defensively: it comes from a REST endpoint, not from the typed GraphQL
 * schema, so anything missing gets a harmless default instead of a crash.
 */
export type ImportKind = 'employees' | 'qualifications';
export const IMPORT_KINDS: readonly ImportKind[] = ['employees', 'qualifications'];

export type RowAction = 'created' | 'updated' | 'unchanged' | 'deactivated';
export const ROW_ACTIONS: readonly RowAction[] = ['created', 'updated', 'unchanged', 'deactivated'];

export interface ImportIssue {
  /** Row as a spreadsheet shows it (header = 1); null for the file as a whole. */
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export interface FieldChange {
  label: string;
  from: string;
  to: string;
}

export interface ReportRow {
  row: number | null;
  employeeNumber: string;
  name: string;
  detail: string | null;
  changes: FieldChange[];
}

export interface ImportFileDescription {
  name: string | null;
  format: string | null;
  encoding: string | null;
  dataRows: number;
  columns: Array<{ label: string; header: string }>;
  ignoredColumns: string[];
}

/** Employees: what deactivating those missing from the file amounts to. */
export interface DeactivationSummary {
  count: number;
  activeInScope: number;
  /** A real run needs the count typed in (the API refuses it otherwise). */
  confirmationRequired: boolean;
}

export interface ImportReport {
  /** Names the run in the import history (null when the file was refused unread). */
  runId: string | null;
  dryRun: boolean;
  applied: boolean;
  ok: boolean;
  municipalityName: string | null;
  /** The unit the import was limited to, if any. */
  unitName: string | null;
  file: ImportFileDescription;
  counts: Record<RowAction, number> & { errors: number };
  rows: Record<RowAction, ReportRow[]>;
  errors: ImportIssue[];
  /** Hints and warnings that do not stop the import (a header not read, a mass deactivation). */
  warnings: ImportIssue[];
  deactivation: DeactivationSummary | null;
  /** ISO timestamp until which an applied run can be undone. */
  undoableUntil: string | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

function rowNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function parseIssue(value: unknown): ImportIssue | null {
  if (!isRecord(value)) return null;
  const message = text(value.message);
  if (!message) return null;
  return {
    row: rowNumber(value.row),
    column: text(value.column),
    code: text(value.code) ?? 'INVALID',
    message,
  };
}

function parseRow(value: unknown): ReportRow | null {
  if (!isRecord(value)) return null;
  return {
    row: rowNumber(value.row),
    employeeNumber: text(value.employeeNumber) ?? '',
    name: text(value.name) ?? '',
    detail: text(value.detail),
    changes: list(value.changes).flatMap((change) =>
      isRecord(change)
        ? [
            {
              label: text(change.label) ?? text(change.field) ?? '',
              from: text(change.from) ?? '',
              to: text(change.to) ?? '',
            },
          ]
        : [],
    ),
  };
}

function parseDeactivation(value: unknown): DeactivationSummary | null {
  if (!isRecord(value)) return null;
  return {
    count: count(value.count),
    activeInScope: count(value.activeInScope),
    confirmationRequired: value.confirmationRequired === true,
  };
}

/** The report in an answer's body, or null when the body is not a report at all. */
export function parseImportReport(body: unknown): ImportReport | null {
  if (!isRecord(body) || !isRecord(body.counts)) return null;
  const counts = body.counts;
  const rows = isRecord(body.rows) ? body.rows : {};
  const file = isRecord(body.file) ? body.file : {};
  const municipality = isRecord(body.municipality) ? body.municipality : null;
  const unit = isRecord(body.unit) ? body.unit : null;
  const errors = list(body.errors).flatMap((issue) => parseIssue(issue) ?? []);
  return {
    runId: text(body.runId),
    dryRun: body.dryRun !== false,
    applied: body.applied === true,
    ok: typeof body.ok === 'boolean' ? body.ok : errors.length === 0,
    municipalityName: municipality ? text(municipality.name) : null,
    unitName: unit ? text(unit.name) : null,
    file: {
      name: text(file.name),
      format: text(file.format),
      encoding: text(file.encoding),
      dataRows: count(file.dataRows),
      columns: list(file.columns).flatMap((column) =>
        isRecord(column) && text(column.header)
          ? [
              {
                label: text(column.label) ?? text(column.field) ?? '',
                header: text(column.header) ?? '',
              },
            ]
          : [],
      ),
      ignoredColumns: list(file.ignoredColumns).flatMap((header) => text(header) ?? []),
    },
    counts: {
      created: count(counts.created),
      updated: count(counts.updated),
      unchanged: count(counts.unchanged),
      deactivated: count(counts.deactivated),
      errors: Math.max(count(counts.errors), errors.length),
    },
    rows: {
      created: list(rows.created).flatMap((row) => parseRow(row) ?? []),
      updated: list(rows.updated).flatMap((row) => parseRow(row) ?? []),
      unchanged: list(rows.unchanged).flatMap((row) => parseRow(row) ?? []),
      deactivated: list(rows.deactivated).flatMap((row) => parseRow(row) ?? []),
    },
    errors,
    warnings: list(body.warnings).flatMap((issue) => parseIssue(issue) ?? []),
    deactivation: parseDeactivation(body.deactivation),
    undoableUntil: text(body.undoableUntil),
  };
}

/** The preview asks for the typed count before "Importer" may write. */
export function needsDeactivationConfirmation(report: ImportReport): boolean {
  return report.ok && report.deactivation?.confirmationRequired === true;
}

/** How many rows the real run would change (what "Importer" will do). */
export function changeCount(report: ImportReport): number {
  return report.counts.created + report.counts.updated + report.counts.deactivated;
}
