import { foldKey, shorten, tidyText } from './normalise-text';

describe('foldKey', () => {
  it.each([
    ['Fødselsår', 'fodselsar'],
    ['FØDSELSÅR', 'fodselsar'],
    ['Ansatt nr.', 'ansattnr'],
    ['Ansatt_nr', 'ansattnr'],
    ['Stillings-prosent', 'stillingsprosent'],
    ['Ærlig', 'aerlig'],
    ['Kompetansenivå', 'kompetanseniva'],
    ['Café', 'cafe'],
    ['\uFEFFAnsattnummer', 'ansattnummer'],
    ['  Hov   sykehjem ', 'hovsykehjem'],
    ['Stilling %', 'stillingprosent'],
    ['Stillings%', 'stillingsprosent'],
  ])('%j → %j', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });
});

describe('tidyText', () => {
  it('trims and collapses white space of every kind', () => {
    expect(tidyText('  Kari\u00A0 Nordmann\t ')).toBe('Kari Nordmann');
  });
});

describe('shorten', () => {
  it.each([
    ['Kari', 60, 'Kari'],
    ['x'.repeat(60), 60, 'x'.repeat(60)],
    ['x'.repeat(61), 60, `${'x'.repeat(59)}…`],
    ['😀'.repeat(5), 3, '😀😀…'], // never splits a character in two
  ])('%j (max %i) → %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });
});
