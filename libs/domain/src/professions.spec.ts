import {
  findProfession,
  isHigherEducation,
  PROFESSION_CODES,
  PROFESSIONS,
  professionName,
} from './professions';

describe('professionName', () => {
  // Expected names as they stand in SSB's yrkeskatalog → STYRK-08 correspondence table.
  it.each([
    ['2211', 'Allmennpraktiserende leger'],
    ['2212', 'Legespesialister'],
    ['2221', 'Spesialsykepleiere'],
    ['2222', 'Jordmødre'],
    ['2223', 'Sykepleiere'],
    ['2224', 'Vernepleiere'],
    ['2264', 'Fysioterapeuter'],
    ['2267', 'Ergoterapeuter'],
    ['3412', 'Miljøarbeidere innen sosiale fagfelt'],
    ['5321', 'Helsefagarbeidere'],
    ['5322', 'Hjemmehjelper'],
    ['5329', 'Andre pleiemedarbeidere'],
    ['1342', 'Ledere av helsetjenester'],
    ['1343', 'Ledere av eldreomsorg'],
    ['2265', 'Ernæringsfysiologer'],
    ['2635', 'Rådgivere innen sosiale fagfelt'],
    ['3256', 'Helsesekretærer'],
  ])('%s → %s', (code, name) => {
    expect(professionName(code)).toBe(name);
  });

  it.each([['9999'], [''], ['22231']])('unknown code %j → null', (code) => {
    expect(professionName(code)).toBeNull();
  });

  it('accepts a numeric code and surrounding spaces, as HR exports give them', () => {
    expect(professionName(2223)).toBe('Sykepleiere');
    expect(professionName(' 5321 ')).toBe('Helsefagarbeidere');
  });
});

describe('education flags', () => {
  it.each([
    // code, health education, higher education
    ['2223', true, true],
    ['2224', true, true],
    ['2211', true, true],
    ['5321', true, false],
    ['3256', true, false],
    ['2635', false, true],
    ['3412', false, false],
    ['5322', false, false],
    ['5329', false, false],
    ['1342', false, false],
    ['0000', false, false], // unknown
  ])('%s → health %s, higher %s', (code, health, higher) => {
    expect(findProfession(code)?.healthEducation ?? false).toBe(health);
    expect(isHigherEducation(code)).toBe(higher);
  });
});

describe('the list', () => {
  it('holds each code once, in code order, as four digits', () => {
    expect(new Set(PROFESSION_CODES).size).toBe(PROFESSION_CODES.length);
    expect([...PROFESSION_CODES].sort()).toEqual(PROFESSION_CODES);
    for (const code of PROFESSION_CODES) expect(code).toMatch(/^\d{4}$/);
  });

  it('includes every code the product requires', () => {
    const required = ['2211', '2212', '2221', '2222', '2223', '2224', '2264', '2267'];
    const care = ['3412', '5321', '5322', '5329'];
    expect(PROFESSION_CODES).toEqual(expect.arrayContaining([...required, ...care]));
  });

  it('finds the full entry', () => {
    expect(findProfession('2224')).toEqual(PROFESSIONS.find((p) => p.code === '2224'));
  });
});
