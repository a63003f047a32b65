import { neutraliseSpreadsheetCell } from '@kp/domain';
import type { ExportCell, ExportTable } from './export-table';
import { createZip } from './zip';

/**
 * A minimal XLSX workbook (Office Open XML, ECMA-376) with one sheet: text as inline
 * strings, numbers as numbers, a bold header row that stays in view, and column widths
 * from the content. Written by hand because exceljs is a Node library too heavy for the
 * browser bundle; the five XML parts below are all a spreadsheet program needs.
 */
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Characters XML 1.0 cannot carry at all (control characters other than tab, LF and CR).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Sheet names: at most 31 characters, none of `[]:*?/\`, not empty. */
export function sheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned || 'Ark1';
}

function cellXml(cell: ExportCell, reference: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (cell === null) return '';
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? `<c r="${reference}"${s}><v>${cell}</v></c>` : '';
  }
  // Inline strings are never formulas; neutralising anyway keeps the file safe if it is
  // saved on as CSV, and matches the CSV export cell for cell.
  const text = escapeXml(neutraliseSpreadsheetCell(cell));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${reference}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

function rowXml(cells: readonly ExportCell[], rowNumber: number, style: number): string {
  const inner = cells.map((cell, i) => cellXml(cell, `${columnName(i)}${rowNumber}`, style));
  return `<row r="${rowNumber}">${inner.join('')}</row>`;
}

function columnWidths(table: ExportTable): number[] {
  return table.headers.map((header, i) => {
    const longest = Math.max(
      header.length,
      ...table.rows.map((row) => {
        const cell = row[i];
        return cell === null || cell === undefined ? 0 : String(cell).length;
      }),
    );
    return Math.min(Math.max(longest + 2, 8), 60);
  });
}

export function worksheetXml(table: ExportTable): string {
  const widths = columnWidths(table);
  const cols = widths
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const rows = [
    rowXml(table.headers, 1, 1),
    ...table.rows.map((row, i) => rowXml(row, i + 2, 0)),
  ].join('');
  return (
    `${XML_HEADER}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '</sheetView></sheetViews>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData></worksheet>`
  );
}

const CONTENT_TYPES =
  `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

const WORKBOOK_RELS =
  `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
  '</Relationships>';

// Style 0 is the default, style 1 bold (the header row).
const STYLES =
  `${XML_HEADER}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function workbookXml(name: string): string {
  return (
    `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheets><sheet name="${escapeXml(sheetName(name))}" sheetId="1" r:id="rId1"/></sheets>` +
    '</workbook>'
  );
}

export function buildXlsx(
  table: ExportTable,
  modified: Date = new Date(),
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const part = (path: string, xml: string) => ({ path, data: encoder.encode(xml) });
  return createZip(
    [
      part('[Content_Types].xml', CONTENT_TYPES),
      part('_rels/.rels', ROOT_RELS),
      part('xl/workbook.xml', workbookXml(table.name)),
      part('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
      part('xl/styles.xml', STYLES),
      part('xl/worksheets/sheet1.xml', worksheetXml(table)),
    ],
    modified,
  );
}
