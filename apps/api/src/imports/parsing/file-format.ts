// CSV or XLSX? Decided from the first bytes, which cannot lie, with the file name and content
// type only to give a better message when they disagree. Formats we cannot read (the old
// binary .xls, OpenDocument, PDF, UTF-16 text) get a message that says what to do instead.

import type { ImportIssue } from '@kp/domain';

export type FileFormat = 'csv' | 'xlsx';

export interface FormatHint {
  fileName?: string | null;
  contentType?: string | null;
}

/** The largest file an import reads: bigger ones are refused before they are read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(head: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => head[index] === byte);
}

function extension(fileName: string | null | undefined): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName ?? '');
  return match ? match[1].toLowerCase() : '';
}

function fileIssue(code: string, message: string): ImportIssue {
  return { row: null, column: null, code, message };
}

export function fileTooLarge(size: number | null): ImportIssue {
  const megabytes = size === null ? null : Math.ceil(size / (1024 * 1024));
  return fileIssue(
    'FILE_TOO_LARGE',
    `Filen er for stor${megabytes === null ? '' : ` (${megabytes} MB)`}. Største tillatte størrelse er ${MAX_IMPORT_BYTES / (1024 * 1024)} MB. Del filen opp, eller fjern kolonner som ikke skal importeres.`,
  );
}

export function emptyFile(): ImportIssue {
  return fileIssue('EMPTY_FILE', 'Filen er tom.');
}

export function sniffFormat(
  head: Uint8Array,
  hint: FormatHint = {},
): { format: FileFormat } | { issue: ImportIssue } {
  if (head.length === 0) return { issue: emptyFile() };
  const ext = extension(hint.fileName);
  if (startsWith(head, ZIP)) {
    if (ext === 'ods') {
      return {
        issue: fileIssue(
          'UNSUPPORTED_FORMAT',
          'OpenDocument-regneark (.ods) kan ikke importeres. Lagre filen som Excel-arbeidsbok (.xlsx) eller CSV.',
        ),
      };
    }
    return { format: 'xlsx' };
  }
  if (startsWith(head, OLE2)) {
    return {
      issue: fileIssue(
        'UNSUPPORTED_FORMAT',
        'Filen er i det gamle Excel-formatet (.xls). Lagre den som Excel-arbeidsbok (.xlsx) eller CSV og prøv igjen.',
      ),
    };
  }
  if (startsWith(head, PDF)) {
    return {
      issue: fileIssue(
        'UNSUPPORTED_FORMAT',
        'Filen er en PDF. Eksporter ansattlisten fra HR-systemet som CSV eller Excel (.xlsx).',
      ),
    };
  }
  const xlsxByName = ext === 'xlsx' || hint.contentType?.includes('spreadsheetml.sheet') === true;
  if (xlsxByName) {
    return {
      issue: fileIssue(
        'UNREADABLE_FILE',
        'Filen er merket som Excel-arbeidsbok (.xlsx), men innholdet er ikke en gyldig .xlsx-fil. Åpne den i Excel og lagre den på nytt.',
      ),
    };
  }
  return { format: 'csv' };
}
