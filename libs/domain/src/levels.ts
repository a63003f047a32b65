import type { FieldProblem } from './input-rules';

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

/**
 * One step of a competence's own scale, as the catalogue stores it. Scales may skip numbers
 * (0, 2, 4); requirements and assessments must use one of the scale's own steps.
 */
export interface ScaleStep {
  level: number;
  /** Short name for tables ("Selvstendig"); optional. */
  name?: string | null;
  description: string;
}

/** The default 0–4 scale as a competence stores it. */
export const DEFAULT_SCALE_STEPS: readonly ScaleStep[] = DEFAULT_LEVEL_SCALE.levels.map(
  ({ level, name, description }) => ({ level, name, description }),
);

/** A scale as given in an input, in the stored shape (an empty name is no name). */
export function storedScale(
  scale: ReadonlyArray<{ level: number; name?: string | null; description: string }>,
): ScaleStep[] {
  return scale.map(({ level, name, description }) => ({ level, name: name || null, description }));
}

/**
 * Rules a form cannot check one field at a time: levels ascending and unique.
 * (Range 0–10, whole numbers and non-empty descriptions are checked on the input.)
 */
export function scaleProblems(scale: readonly Pick<ScaleStep, 'level'>[]): FieldProblem[] {
  const ascending = scale.every(
    (step, index) => index === 0 || step.level > scale[index - 1].level,
  );
  return ascending
    ? []
    : [
        {
          field: 'scale',
          code: 'LEVELS_NOT_ASCENDING',
          message: 'Nivåskala må ha nivåene i stigende rekkefølge, uten gjentakelser',
        },
      ];
}

/** A level must be one of the scale's own steps (scales may skip numbers, e.g. 0, 2, 4). */
export function isOnScale(level: number, scale: readonly Pick<ScaleStep, 'level'>[]): boolean {
  return scale.some((step) => step.level === level);
}

/** "0–4" for a consecutive scale, otherwise the levels listed: "0, 2, 4". */
export function describeScale(scale: readonly Pick<ScaleStep, 'level'>[]): string {
  return describeLevels(scale.map((step) => step.level));
}

/** describeScale for the level numbers alone (ascending). */
export function describeLevels(levels: readonly number[]): string {
  const consecutive = levels.every(
    (level, index) => index === 0 || level === levels[index - 1] + 1,
  );
  return consecutive && levels.length > 1
    ? `${levels[0]}–${levels[levels.length - 1]}`
    : levels.join(', ');
}
