import {
  DEFAULT_LEVEL_SCALE,
  isLevelOnScale,
  isValidLevelScale,
  levelDefinition,
  type LevelScale,
  highestLevel,
  lowestLevel,
} from './levels';

const oneToFive: LevelScale = {
  id: 'one-to-five',
  levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: `Nivå ${level}`, description: '' })),
};

describe('DEFAULT_LEVEL_SCALE', () => {
  it('runs from 0 to 4 with Norwegian names', () => {
    expect(DEFAULT_LEVEL_SCALE.levels.map((l) => [l.level, l.name])).toEqual([
      [0, 'Ingen'],
      [1, 'Kjennskap'],
      [2, 'Utfører med veiledning'],
      [3, 'Selvstendig'],
      [4, 'Ekspert'],
    ]);
    expect(lowestLevel(DEFAULT_LEVEL_SCALE)).toBe(0);
    expect(highestLevel(DEFAULT_LEVEL_SCALE)).toBe(4);
  });

  it('describes every level', () => {
    for (const level of DEFAULT_LEVEL_SCALE.levels)
      expect(level.description.length).toBeGreaterThan(10);
  });

  it('is a valid scale', () => {
    expect(isValidLevelScale(DEFAULT_LEVEL_SCALE)).toBe(true);
  });
});

describe('isLevelOnScale', () => {
  it.each([
    [0, true],
    [4, true],
    [2, true],
    [-1, false],
    [5, false],
    [2.5, false],
    [Number.NaN, false],
  ])('default scale: %s → %s', (level, expected) => {
    expect(isLevelOnScale(level, DEFAULT_LEVEL_SCALE)).toBe(expected);
  });

  it('uses the default scale when none is given', () => {
    expect(isLevelOnScale(4)).toBe(true);
  });

  it.each([
    [0, false],
    [1, true],
    [5, true],
    [6, false],
  ])('1–5 scale: %s → %s', (level, expected) => {
    expect(isLevelOnScale(level, oneToFive)).toBe(expected);
  });

  it('accepts nothing on an empty scale', () => {
    expect(isLevelOnScale(0, { id: 'empty', levels: [] })).toBe(false);
  });
});

describe('levelDefinition', () => {
  it('finds the level', () => {
    expect(levelDefinition(3)?.name).toBe('Selvstendig');
  });
  it('returns null off the scale', () => {
    expect(levelDefinition(7)).toBeNull();
  });
});

describe('isValidLevelScale', () => {
  it.each([
    ['gap in the levels', [0, 2, 3], false],
    ['one level only', [0], false],
    ['descending', [2, 1, 0], false],
    ['fractional', [0, 0.5], false],
    ['1–3', [1, 2, 3], true],
  ])('%s → %s', (_label, levels, expected) => {
    const scale = {
      id: 's',
      levels: levels.map((level) => ({ level, name: 'x', description: '' })),
    };
    expect(isValidLevelScale(scale)).toBe(expected);
  });

  it('rejects a level without a name', () => {
    const scale = {
      id: 's',
      levels: [
        { level: 0, name: 'Ingen', description: '' },
        { level: 1, name: ' ', description: '' },
      ],
    };
    expect(isValidLevelScale(scale)).toBe(false);
  });
});
