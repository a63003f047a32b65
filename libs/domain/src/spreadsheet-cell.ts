// CSV / formula injection: a cell that starts with '=', '+', '-' or '@' (or a tab or carriage
// return, which some spreadsheet programs skip before looking for those) is run as a formula
// when an exported file is opened in Excel or LibreOffice. A name or a free-text field from an
// HR import or an appraisal could carry '=HYPERLINK(...)' into a leader's spreadsheet. The
// OWASP remedy is a leading apostrophe, which spreadsheets show as text and do not display.
//
// Apply this when writing an export, to every text cell, after which the CSV writer still has
// to quote the cell as usual. Stored data is left as entered.

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@']);
const LEADING_WHITESPACE = /^[\s\u00A0]*/;

// A plain negative number stays a number: '-5' and '-5,5' cannot run anything, and prefixing
// them would turn every negative figure in an export into text. Anything more ('-5+1',
// '-1e5', '- 5') does not match and is neutralised. A leading '+' is always neutralised: no
// Norwegian export writes '+5', and '+47 …' phone numbers are text anyway.
const PLAIN_NEGATIVE_NUMBER = /^-\d+(?:[.,]\d+)?$/;

export function neutraliseSpreadsheetCell(value: string): string {
  if (PLAIN_NEGATIVE_NUMBER.test(value)) return value;
  const first = value[0];
  if (first === '\t' || first === '\r') return `'${value}`;
  // Programs differ in whether they skip leading spaces before looking for a formula, so a
  // trigger after leading whitespace is treated as a trigger: an extra apostrophe on a cell
  // that began with a space costs nothing.
  const firstVisible = value.slice(LEADING_WHITESPACE.exec(value)![0].length)[0];
  if (firstVisible !== undefined && FORMULA_TRIGGERS.has(firstVisible)) return `'${value}`;
  return value;
}
