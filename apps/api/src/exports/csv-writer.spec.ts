import { csvLine } from './csv-writer';

describe('csvLine', () => {
  it('quotes text, writes numbers with a decimal comma and leaves empty cells empty', () => {
    expect(csvLine(['S-1001', 'Nordmann', 80, 66.67, null, 3])).toBe(
      '"S-1001";"Nordmann";80;66,67;;3\r\n',
    );
  });

  it('neutralises cells that would start a formula, and doubles quotes', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1+1', '@SUM(A1)', '-2+3', 'Bjørg "Bia" Ås'])).toBe(
      `"'=HYPERLINK(""x"")";"'+1+1";"'@SUM(A1)";"'-2+3";"Bjørg ""Bia"" Ås"\r\n`,
    );
  });

  it('keeps semicolons and line breaks inside the quotes', () => {
    expect(csvLine(['a;b', 'c\nd'])).toBe('"a;b";"c\nd"\r\n');
  });
});
