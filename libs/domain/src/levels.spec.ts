import {
  DEFAULT_LEVEL_SCALE,
  DEFAULT_SCALE_STEPS,
  describeLevels,
  describeScale,
  isOnScale,
  scaleProblems,
  storedScale,
} from './levels';

const steps = (...levels: number[]) => levels.map((level) => ({ level, description: 'x' }));

describe('DEFAULT_LEVEL_SCALE', () => {
  it('runs from 0 to 4 with Norwegian names', () => {
    expect(DEFAULT_LEVEL_SCALE.levels.map((l) => [l.level, l.name])).toEqual([
      [0, 'Ingen'],
      [1, 'Kjennskap'],
      [2, 'Utfører med veiledning'],
      [3, 'Selvstendig'],
      [4, 'Ekspert'],
    ]);
  });

  it('describes every level', () => {
    for (const level of DEFAULT_LEVEL_SCALE.levels)
      expect(level.description.length).toBeGreaterThan(10);
  });

  it('is stored step by step with the same names and descriptions', () => {
    expect(DEFAULT_SCALE_STEPS).toEqual(
      DEFAULT_LEVEL_SCALE.levels.map(({ level, name, description }) => ({
        level,
        name,
        description,
      })),
    );
    expect(scaleProblems(DEFAULT_SCALE_STEPS)).toEqual([]);
  });
});

describe('storedScale', () => {
  it.each([
    ['a name is kept', 'Selvstendig', 'Selvstendig'],
    ['an empty name is no name', '', null],
    ['a missing name is no name', undefined, null],
    ['null stays null', null, null],
  ])('%s', (_label, name, stored) => {
    expect(storedScale([{ level: 3, name, description: 'Utfører selv' }])).toEqual([
      { level: 3, name: stored, description: 'Utfører selv' },
    ]);
  });
});

describe('scaleProblems', () => {
  it.each([
    ['0–4', [0, 1, 2, 3, 4], false],
    ['skipping numbers', [0, 2, 4], false],
    ['one level', [3], false],
    ['no levels', [], false],
    ['descending', [2, 1, 0], true],
    ['a level twice', [0, 1, 1, 2], true],
    ['out of order at the end', [0, 2, 1], true],
  ])('%s → problem: %s', (_label, levels, problem) => {
    expect(scaleProblems(steps(...levels))).toEqual(
      problem
        ? [
            {
              field: 'scale',
              code: 'LEVELS_NOT_ASCENDING',
              message: 'Nivåskala må ha nivåene i stigende rekkefølge, uten gjentakelser',
            },
          ]
        : [],
    );
  });
});

describe('isOnScale', () => {
  it.each([
    [[0, 1, 2, 3, 4], 0, true],
    [[0, 1, 2, 3, 4], 4, true],
    [[0, 1, 2, 3, 4], 5, false],
    [[0, 2, 4], 2, true],
    [[0, 2, 4], 1, false],
    [[0, 2, 4], 2.5, false],
    [[], 0, false],
  ])('scale %j, level %s → %s', (levels, level, expected) => {
    expect(isOnScale(level, steps(...levels))).toBe(expected);
  });
});

describe('describeLevels and describeScale', () => {
  it.each([
    [[0, 1, 2, 3, 4], '0–4'],
    [[1, 2, 3], '1–3'],
    [[0, 2, 4], '0, 2, 4'],
    [[0, 1, 3], '0, 1, 3'],
    [[2], '2'],
    [[], ''],
  ])('%j → «%s»', (levels, text) => {
    expect(describeLevels(levels)).toBe(text);
    expect(describeScale(steps(...levels))).toBe(text);
  });
});
