import { isRecord } from '@web/shared/graphql';
import { parseImportReport, type ImportKind, type ImportReport } from './import-report';

export interface ImportTarget {
  kind: ImportKind;
  /** Kommunenummer, e.g. "3407". */
  municipalityNumber: string;
  dryRun: boolean;
  filename: string;
  /** Limits the import (and deactivation) to a unit and its sub-units. */
  unitId?: string | null;
  /** The number of deactivations the user typed to confirm a mass deactivation. */
  confirmDeactivate?: number | null;
}

/** `/api/imports/employees?municipality=3407&dryRun=true&filename=ansatte.csv` */
export function importUrl(target: ImportTarget): string {
  const params = new URLSearchParams({
    municipality: target.municipalityNumber,
    dryRun: String(target.dryRun),
    filename: target.filename,
  });
  if (target.unitId) params.set('unitId', target.unitId);
  if (target.confirmDeactivate !== undefined && target.confirmDeactivate !== null) {
    params.set('confirmDeactivate', String(target.confirmDeactivate));
  }
  return `/api/imports/${target.kind}?${params.toString()}`;
}

/** The empty file with the exact headers, served by the API: `/api/imports/templates/employees.xlsx`. */
export function templateUrl(kind: ImportKind, format: 'csv' | 'xlsx'): string {
  return `/api/imports/templates/${kind}.${format}`;
}

export type ImportFailureReason =
  'NOT_AVAILABLE' | 'NETWORK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_LARGE' | 'SERVER';

export type ImportOutcome =
  | { kind: 'report'; report: ImportReport }
  | {
      kind: 'failure';
      reason: ImportFailureReason;
      /** The API's own Norwegian message, when it sent one. */
      message: string | null;
    };

/** Nest answers errors as `{ message }` (a string or a list); CSRF refusals use GraphQL's shape. */
function messageIn(body: unknown): string | null {
  if (!isRecord(body)) return null;
  if (typeof body.message === 'string' && body.message.trim()) return body.message;
  if (Array.isArray(body.message)) {
    const parts = body.message.filter((part): part is string => typeof part === 'string');
    if (parts.length > 0) return parts.join(' ');
  }
  if (Array.isArray(body.errors) && isRecord(body.errors[0])) {
    const first = body.errors[0];
    if (typeof first.message === 'string' && !('row' in first)) return first.message;
  }
  return null;
}

/**
 * What an answer from the import endpoint means for the wizard. A report is
 * shown whatever the status (a refused file is a 4xx with a report of its
 * errors); otherwise the status decides which Norwegian message to show.
 */
export function interpretImportResponse(status: number, body: unknown): ImportOutcome {
  const report = parseImportReport(body);
  if (report) return { kind: 'report', report };
  const message = messageIn(body);
  const failure = (reason: ImportFailureReason): ImportOutcome => ({
    kind: 'failure',
    reason,
    message,
  });
  if (status === 404 || status === 405 || status === 501) return failure('NOT_AVAILABLE');
  if (status === 401) return failure('UNAUTHENTICATED');
  if (status === 403) return failure('FORBIDDEN');
  if (status === 413) return failure('TOO_LARGE');
  return failure('SERVER');
}

const ACCEPTED_EXTENSIONS = ['.csv', '.xlsx'];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The Content-Type to send, from the file name: browsers label CSV files in
 * many ways (`application/vnd.ms-excel` on Windows, nothing at all
 * elsewhere). The API reads the content either way; the label only sharpens
 * its messages.
 */
export function contentTypeFor(fileName: string): string {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.csv')) return 'text/csv';
  return 'application/octet-stream';
}

/** The client-side check of a chosen file: the type by its name (the API checks the content). */
export function fileProblem(
  file: { name: string; size: number } | null,
): 'import.fileRequired' | 'import.fileType' | 'import.fileEmpty' | null {
  if (!file) return 'import.fileRequired';
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'import.fileType';
  if (file.size === 0) return 'import.fileEmpty';
  return null;
}
