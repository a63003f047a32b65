import { buildCsv, csvCell, CSV_BOM } from './csv';
import { figureCell, percentNumber } from './export-table';

describe('csvCell', () => {
  it('quotes text and doubles quotes inside it', () => {
    expect(csvCell('Gjøvik')).toBe('"Gjøvik"');
    expect(csvCell('Sier "hei"; går')).toBe('"Sier ""hei""; går"');
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+47 999')).toBe('"\'+47 999"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('  -1+1')).toBe('"\'  -1+1"');
  });

  it('writes numbers with a decimal comma, unquoted, without float noise', () => {
    expect(csvCell(12)).toBe('12');
    expect(csvCell(40.5)).toBe('40,5');
    expect(csvCell(-3.25)).toBe('-3,25');
    expect(csvCell(0.1 + 0.2)).toBe('0,3');
    expect(csvCell(1234567)).toBe('1234567');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('leaves empty cells empty', () => {
    expect(csvCell(null)).toBe('');
  });
});

describe('buildCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = buildCsv({
      name: 'Gap',
      headers: ['Kompetanse', 'Krav', 'Gap'],
      rows: [
        ['HLR', 12, 'skjult'],
        ['Demens; ABC', 3.5, null],
      ],
    });
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe(
      '"Kompetanse";"Krav";"Gap"\r\n"HLR";12;"skjult"\r\n"Demens; ABC";3,5;\r\n',
    );
  });
});

describe('figureCell', () => {
  it('writes hidden figures as text, never as 0', () => {
    expect(figureCell({ value: null, suppressed: true }, 'skjult')).toBe('skjult');
    expect(figureCell({ value: 0, suppressed: false }, 'skjult')).toBe(0);
    expect(figureCell({ value: 0.771, suppressed: false }, 'skjult', percentNumber)).toBe(77.1);
    expect(figureCell({ value: null, suppressed: false }, 'skjult')).toBeNull();
    expect(figureCell(undefined, 'skjult')).toBeNull();
  });

  it('rounds shares to percentages with one decimal', () => {
    expect(percentNumber(0.4078)).toBe(40.8);
    expect(percentNumber(1)).toBe(100);
    expect(percentNumber(0.66666)).toBe(66.7);
  });
});
