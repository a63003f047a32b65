import { EncodingSniffer, looksLikeUtf16, sniffEncoding } from './text-encoding';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
// æ ø å Æ Ø Å in Windows-1252 (the same bytes as ISO-8859-1 for these letters)
const cp1252 = (text: string) =>
  new Uint8Array(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in the test table: ${char}`);
      return code;
    }),
  );

describe('sniffEncoding', () => {
  it('reads a BOM as UTF-8', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Fødselsår;Enhet')]))).toEqual({
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('reads valid UTF-8 without a BOM as UTF-8', () => {
    expect(sniffEncoding(utf8('Etternavn;Fornavn\nBjørgum;Åse\n'))).toEqual({
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(sniffEncoding(utf8('a;b\n1;2\n'))).toEqual({ encoding: 'utf-8', bom: false });
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(sniffEncoding(cp1252('Etternavn;Fornavn\nBjørgum;Åse\n'))).toEqual({
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('looks at the whole file, not a sample at the start', () => {
    const sniffer = new EncodingSniffer();
    for (let i = 0; i < 1000; i += 1) sniffer.push(utf8('Nordmann;Kari;80\n'));
    sniffer.push(cp1252('Sæther;Øyvind;100\n'));
    expect(sniffer.finish()).toEqual({ encoding: 'windows-1252', bom: false });
  });

  it('accepts a character split between two chunks', () => {
    const bytes = utf8('Bjørg');
    const sniffer = new EncodingSniffer();
    sniffer.push(bytes.subarray(0, 4)); // ends inside 'ø'
    sniffer.push(bytes.subarray(4));
    expect(sniffer.finish()).toEqual({ encoding: 'utf-8', bom: false });
  });

  it('treats a character cut off at the end as not UTF-8', () => {
    expect(sniffEncoding(utf8('Bjø').subarray(0, 3))).toEqual({
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('refuses a BOM followed by bytes that are not UTF-8', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...cp1252('Bjørg')]))).toEqual({
      problem: 'INVALID_UTF8_AFTER_BOM',
    });
  });

  it('recognises UTF-16 with and without a BOM', () => {
    const le = new Uint8Array(Buffer.from('Ansattnummer;Fornavn\n', 'utf16le'));
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ problem: 'UTF16' });
    expect(sniffEncoding(le)).toEqual({ problem: 'UTF16' });
  });

  it('recognises binary content by its NUL bytes', () => {
    expect(sniffEncoding(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x91, 0x92]))).toEqual(
      { problem: 'BINARY' },
    );
  });
});

describe('looksLikeUtf16', () => {
  it('is false for ordinary text', () => {
    expect(looksLikeUtf16(utf8('Ansattnummer;Fornavn;Etternavn'))).toBe(false);
  });
});
