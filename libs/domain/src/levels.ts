// The competence level scale. Levels are small whole numbers so requirements ("at least level
// 3") and assessments compare with >=; each level has a Norwegian name and a description a
// leader can read aloud in a medarbeidersamtale.

export interface LevelDefinition {
  level: number;
  /** Short name for tables and charts. */
  name: string;
  /** What a person at this level can do, for the assessment form. */
  description: string;
}

export interface LevelScale {
  id: string;
  /** Consecutive whole levels, lowest first. */
  levels: readonly LevelDefinition[];
}

// The default 0–4 scale. It describes what a person can do rather than how much they know,
// in the spirit of Lai's definition (competence is what makes it possible to carry out tasks),
// and level 4 includes being able to teach others, which the regional directory of people
// who can teach builds on.
export const DEFAULT_LEVEL_SCALE: LevelScale = {
  id: 'default-0-4',
  levels: [
    { level: 0, name: 'Ingen', description: 'Har ikke denne kompetansen.' },
    {
      level: 1,
      name: 'Kjennskap',
      description: 'Kjenner til temaet og vet hva oppgaven krever, men utfører den ikke selv.',
    },
    {
      level: 2,
      name: 'Utfører med veiledning',
      description: 'Kan utføre oppgaven med veiledning og støtte fra en mer erfaren kollega.',
    },
    {
      level: 3,
      name: 'Selvstendig',
      description: 'Utfører oppgaven selvstendig og trygt i vanlige situasjoner.',
    },
    {
      level: 4,
      name: 'Ekspert',
      description:
        'Håndterer også kompliserte situasjoner, holder seg faglig oppdatert og kan veilede og lære opp andre.',
    },
  ],
};

export function lowestLevel(scale: LevelScale): number {
  return scale.levels[0]?.level ?? 0;
}

export function highestLevel(scale: LevelScale): number {
  return scale.levels[scale.levels.length - 1]?.level ?? 0;
}

/** True when the level is a whole number within the scale's range. */
export function isLevelOnScale(level: number, scale: LevelScale = DEFAULT_LEVEL_SCALE): boolean {
  return (
    Number.isInteger(level) &&
    scale.levels.length > 0 &&
    level >= lowestLevel(scale) &&
    level <= highestLevel(scale)
  );
}

export function levelDefinition(
  level: number,
  scale: LevelScale = DEFAULT_LEVEL_SCALE,
): LevelDefinition | null {
  return scale.levels.find((definition) => definition.level === level) ?? null;
}

/**
 * A scale is usable when it has at least two levels, they are whole numbers counting up by
 * one (so "at least level n" means the same on every scale), and every level has a name.
 */
export function isValidLevelScale(scale: LevelScale): boolean {
  if (scale.levels.length < 2) return false;
  return scale.levels.every(
    (definition, index) =>
      Number.isInteger(definition.level) &&
      definition.name.trim() !== '' &&
      (index === 0 || definition.level === scale.levels[index - 1].level + 1),
  );
}
