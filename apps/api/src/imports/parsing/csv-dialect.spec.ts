import { detectDelimiter, firstLine, sepDirective } from './csv-dialect';

describe('detectDelimiter', () => {
  it.each([
    ['Ansattnummer;Fornavn;Etternavn;Stillingsprosent', ';'],
    ['Ansattnummer,Fornavn,Etternavn,Stillingsprosent', ','],
    ['Ansattnummer\tFornavn\tEtternavn', '\t'],
    // commas inside quoted headers do not count
    ['"Navn, fornavn";"Navn, etternavn";Enhet', ';'],
    ['"Etternavn; fornavn",Enhet,Stilling', ','],
    // a single column, or a tie, falls back to the Norwegian default
    ['Ansattnummer', ';'],
    ['a;b,c', ';'],
  ])('%j → %j', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});

describe('firstLine', () => {
  it('stops at the first line break outside quotes', () => {
    expect(firstLine('"Enhet\nnavn";Fornavn\r\n1;2')).toBe('"Enhet\nnavn";Fornavn');
    expect(firstLine('a;b')).toBe('a;b');
  });
});

describe('sepDirective', () => {
  it('reads Excel\'s "sep=" line', () => {
    expect(sepDirective('sep=;')).toBe(';');
    expect(sepDirective('SEP=,')).toBe(',');
    expect(sepDirective('\uFEFFsep=;')).toBe(';');
  });

  it('ignores anything else', () => {
    expect(sepDirective('Ansattnummer;sep=;')).toBeNull();
    expect(sepDirective('sep=|')).toBeNull();
  });
});
