import { UserError } from '../common/errors/user-error';

/** The download formats every export offers. */
export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The `format` query parameter: csv (the default) or xlsx. */
export function readExportFormat(value: string | null): ExportFormat {
  if (value === null || value === '' || value === 'csv') return 'csv';
  if (value === 'xlsx') return 'xlsx';
  throw UserError.field('format', 'INVALID_CHOICE', 'format må være csv eller xlsx.');
}
