import { cellText, readBoolean, readDate, readDecimal, readInteger } from './cell-value';

describe('cellText', () => {
  it.each([
    [null, ''],
    ['  Kari  Nordmann ', 'Kari Nordmann'],
    [80, '80'],
    [80.5, '80,5'],
    [12345678901, '12345678901'],
    [true, 'ja'],
    [new Date(Date.UTC(2024, 1, 1)), '01.02.2024'],
  ])('%j → %j', (value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});

describe('readDecimal', () => {
  it.each([
    ['80,0', 80],
    ['80.5', 80.5],
    [' 66,67 % ', 66.67],
    [75, 75],
    ['', null],
    ['åtti', null],
    [null, null],
  ])('%j → %j', (value, expected) => {
    expect(readDecimal(value)).toBe(expected);
  });
});

describe('readInteger', () => {
  it('reads whole numbers only', () => {
    expect(readInteger('1980')).toBe(1980);
    expect(readInteger(1980)).toBe(1980);
    expect(readInteger('1980,5')).toBeNull();
  });
});

describe('readDate', () => {
  it.each([
    ['15.08.2019', '2019-08-15'],
    ['1.2.2024', '2024-02-01'],
    ['2024-02-01', '2024-02-01'],
    ['31.02.2024', null],
    ['15.08.19', null],
    ['i går', null],
    [new Date(Date.UTC(2019, 7, 15)), '2019-08-15'],
    // an Excel date serial without a date format
    [43692, '2019-08-15'],
    [12.5, null],
    [5, null],
  ])('%j → %j', (value, expected) => {
    expect(readDate(value)).toBe(expected);
  });
});

describe('readBoolean', () => {
  it.each([
    ['Ja', true],
    ['x', true],
    ['1', true],
    [true, true],
    ['Nei', false],
    ['Sluttet', false],
    [false, false],
    ['kanskje', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(readBoolean(value)).toBe(expected);
  });
});
