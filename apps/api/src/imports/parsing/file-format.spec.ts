import { sniffFormat } from './file-format';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));

describe('sniffFormat', () => {
  it('reads a zip container as XLSX whatever it is called', () => {
    expect(sniffFormat(bytes(0x50, 0x4b, 0x03, 0x04, 0x14), { fileName: 'ansatte.csv' })).toEqual({
      format: 'xlsx',
    });
  });

  it('reads text as CSV', () => {
    expect(sniffFormat(text('Ansattnummer;Fornavn'), { fileName: 'ansatte.txt' })).toEqual({
      format: 'csv',
    });
    expect(sniffFormat(text('Ansattnummer;Fornavn'))).toEqual({ format: 'csv' });
  });

  it.each([
    ['an empty file', bytes(), {}, 'EMPTY_FILE'],
    [
      'the old .xls format',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      {},
      'UNSUPPORTED_FORMAT',
    ],
    [
      'OpenDocument',
      bytes(0x50, 0x4b, 0x03, 0x04),
      { fileName: 'liste.ods' },
      'UNSUPPORTED_FORMAT',
    ],
    ['a PDF', text('%PDF-1.7'), {}, 'UNSUPPORTED_FORMAT'],
    ['text named .xlsx', text('Ansattnummer;Fornavn'), { fileName: 'a.XLSX' }, 'UNREADABLE_FILE'],
    [
      'text sent as XLSX',
      text('a;b'),
      { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      'UNREADABLE_FILE',
    ],
  ])('refuses %s', (_case, head, hint, code) => {
    const result = sniffFormat(head, hint);
    expect(Object.keys(result)).toEqual(['issue']);
    expect('issue' in result ? result.issue : null).toMatchObject({
      code,
      row: null,
      column: null,
    });
    if ('issue' in result) expect(result.issue.message).toMatch(/\S/);
  });
});
