// Empty files with exactly the headers an import reads, built from the same column
// definitions as the parser: CSV as Norwegian Excel opens it (UTF-8 with BOM, ';', CRLF), and
// XLSX with the columns typed (employee numbers as text, dates as dates) and a guide sheet.
// The templates hold no example rows: a forgotten example would be imported as a person.

import ExcelJS from 'exceljs';
import { type FieldSpec, importFields, type ImportKind } from '@kp/domain';

export type TemplateFormat = 'csv' | 'xlsx';

const FILE_NAMES: Record<ImportKind, string> = {
  employees: 'importmal-ansatte',
  qualifications: 'importmal-kvalifikasjoner',
};

const SHEET_NAMES: Record<ImportKind, string> = {
  employees: 'Ansatte',
  qualifications: 'Kvalifikasjoner',
};

export const TEMPLATE_CONTENT_TYPES: Record<TemplateFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function templateFileName(kind: ImportKind, format: TemplateFormat): string {
  return `${FILE_NAMES[kind]}.${format}`;
}

function csvCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line only, with a byte-order mark so Excel reads æøå as UTF-8. */
export function csvTemplate(kind: ImportKind): Buffer {
  const header = importFields(kind)
    .map((spec) => csvCell(spec.label))
    .join(';');
  return Buffer.from(`\uFEFF${header}\r\n`, 'utf8');
}

const DATE_FIELDS = new Set(['startDate', 'obtainedOn', 'expiresOn']);
const TEXT_FIELDS = new Set(['employeeNumber', 'professionCode']);

function columnFormat(spec: FieldSpec): string | undefined {
  if (TEXT_FIELDS.has(spec.field)) return '@'; // keeps leading zeros
  if (DATE_FIELDS.has(spec.field)) return 'dd.mm.yyyy';
  return undefined;
}

export async function xlsxTemplate(kind: ImportKind): Promise<Buffer> {
  const fields = importFields(kind);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kompetanseplan';
  // the import reads the first worksheet: the data sheet must come first
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = fields.map((spec) => ({
    header: spec.label,
    key: spec.field,
    width: Math.max(14, spec.label.length + 4),
    style: columnFormat(spec) ? { numFmt: columnFormat(spec) } : {},
  }));
  sheet.getRow(1).font = { bold: true };

  const guide = workbook.addWorksheet('Veiledning');
  guide.columns = [
    { header: 'Kolonne', key: 'header', width: 20 },
    { header: 'Påkrevd', key: 'required', width: 10 },
    { header: 'Innhold', key: 'description', width: 80 },
    { header: 'Eksempel', key: 'example', width: 20 },
    { header: 'Også godtatt som overskrift', key: 'aliases', width: 50 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const spec of fields) {
    guide.addRow({
      header: spec.label,
      required: spec.required ? 'ja' : 'nei',
      description: spec.description,
      example: spec.example,
      aliases: spec.aliases.filter((alias) => alias !== spec.label).join(', '),
    });
  }
  guide.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
  guide.addRow([]);
  guide.addRow([
    'Fyll inn arket «' +
      SHEET_NAMES[kind] +
      '» med én rad per ' +
      (kind === 'employees' ? 'ansatt' : 'kvalifikasjon og kompetanse') +
      '. Dette arket leses ikke av importen.',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function template(kind: ImportKind, format: TemplateFormat): Promise<Buffer> {
  return format === 'csv' ? Promise.resolve(csvTemplate(kind)) : xlsxTemplate(kind);
}
