import { neutraliseSpreadsheetCell } from './spreadsheet-cell';

describe('neutraliseSpreadsheetCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","klikk")', '\'=HYPERLINK("http://x","klikk")'],
    ['+47 912 34 567', "'+47 912 34 567"],
    ['+5', "'+5"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-', "'-"],
    ['- 5', "'- 5"],
    ['-1e5', "'-1e5"],
    ['-5,5,5', "'-5,5,5"],
    [' =1+1', "' =1+1"], // some programs skip leading spaces
    ['\u00A0@x', "'\u00A0@x"],
    ['\n=1+1', "'\n=1+1"],
  ])('%j is neutralised', (input, expected) => {
    expect(neutraliseSpreadsheetCell(input)).toBe(expected);
  });

  it.each([
    ['-5'],
    ['-5,5'],
    ['-5.5'],
    ['-0'],
    ['Kari Nordmann'],
    ['80,5'],
    [''],
    ["'=already neutralised"],
    ['Sykepleier = ansvarlig'], // '=' later in the text is harmless
    ['   '],
  ])('%j stays as it is', (input) => {
    expect(neutraliseSpreadsheetCell(input)).toBe(input);
  });
});
