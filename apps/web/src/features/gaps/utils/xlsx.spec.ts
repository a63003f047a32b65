import ExcelJS from 'exceljs';
import type { ExportTable } from './export-table';
import { buildXlsx, columnName, escapeXml, sheetName, worksheetXml } from './xlsx';

const TABLE: ExportTable = {
  name: 'Kompetansegap: Gjøvik/Toten',
  headers: ['Kompetanse', 'Krav', 'Gap', 'Dekning (%)'],
  rows: [
    ['Hjerte-lungeredning (HLR)', 1128, 668, 40.8],
    ['Demens <ABC> & "mer"', 3.5, 'skjult', null],
    ['=HYPERLINK("http://x")', -2, 0, 100],
  ],
};

/** Opens the file with exceljs, an independent reader, as a spreadsheet program would. */
async function read(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  // exceljs reads an ArrayBuffer as well as a Node Buffer (JSZip underneath).
  const copy = bytes.slice().buffer;
  await workbook.xlsx.load(copy);
  return workbook;
}

describe('buildXlsx', () => {
  it('gives a workbook a spreadsheet reader opens, with text as text and numbers as numbers', async () => {
    const workbook = await read(buildXlsx(TABLE));
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Kompetansegap  Gjøvik Toten');
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Kompetanse', 'Krav', 'Gap', 'Dekning (%)']);
    expect(values(2)).toEqual(['Hjerte-lungeredning (HLR)', 1128, 668, 40.8]);
    expect(values(3)).toEqual(['Demens <ABC> & "mer"', 3.5, 'skjult']);
    expect(values(4)).toEqual(['\'=HYPERLINK("http://x")', -2, 0, 100]);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
  });

  it('opens with only a header row', async () => {
    const workbook = await read(buildXlsx({ name: 'Tom', headers: ['A', 'B'], rows: [] }));
    expect(workbook.worksheets[0].rowCount).toBe(1);
  });
});

describe('worksheetXml', () => {
  it('keeps the header row in view and leaves empty cells out', () => {
    const xml = worksheetXml({ name: 'x', headers: ['A', 'B'], rows: [[null, 1]] });
    expect(xml).toContain('state="frozen"');
    expect(xml).toContain('<row r="2"><c r="B2"><v>1</v></c></row>');
  });
});

describe('helpers', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('escapes XML and drops characters XML cannot carry', () => {
    expect(escapeXml('a & b < c > "d"\u0001')).toBe('a &amp; b &lt; c &gt; &quot;d&quot;');
  });

  it('makes a valid sheet name', () => {
    expect(sheetName('a/b:c')).toBe('a b c');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName(' [] ')).toBe('Ark1');
  });
});
