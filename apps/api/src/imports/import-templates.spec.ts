import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { csvTemplate, templateFileName, xlsxTemplate } from './import-templates';
import { importFields, type ImportKind, mapHeaders } from '@kp/domain';

const KINDS: ImportKind[] = ['employees', 'qualifications'];

describe('import templates', () => {
  it.each(KINDS)('%s.csv: a BOM, the exact headers with ";", CRLF, no rows', (kind) => {
    const bytes = csvTemplate(kind);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const headers = text.trimEnd().split(';');
    expect(headers).toEqual(importFields(kind).map((spec) => spec.label));
    // the parser reads every column of its own template, with nothing left over
    const mapped = mapHeaders(headers, importFields(kind));
    expect('map' in mapped && mapped.map.uses.length).toBe(importFields(kind).length);
    expect(mapped.hints).toEqual([]);
  });

  it('names the files in Norwegian', () => {
    expect(templateFileName('employees', 'xlsx')).toBe('importmal-ansatte.xlsx');
    expect(templateFileName('qualifications', 'csv')).toBe('importmal-kvalifikasjoner.csv');
  });

  it.each(KINDS)(
    '%s.xlsx: the headers on the first sheet (typed columns), a guide on the second',
    async (kind) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.read(Readable.from(await xlsxTemplate(kind)));
      const [data, guide] = workbook.worksheets;
      const fields = importFields(kind);
      expect(data.actualRowCount).toBe(1);
      expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(
        fields.map((spec) => spec.label),
      );
      // employee numbers as text keep their leading zeros
      expect(data.getColumn(1).numFmt).toBe('@');
      expect(guide.name).toBe('Veiledning');
      expect(guide.getRow(2).getCell(1).value).toBe(fields[0].label);
      expect(guide.getRow(2).getCell(2).value).toBe('ja');
      expect(guide.getRow(2).getCell(3).value).toBe(fields[0].description);
    },
  );
});
