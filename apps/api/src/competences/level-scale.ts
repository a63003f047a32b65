import { DEFAULT_LEVEL_SCALE } from '@kp/domain';
import type { FieldProblem } from '../common/validation/messages';
import type { StoredLevel } from './competence.rows';

/** The domain's 0–4 scale, stored as the demo catalogue stores it. */
export const DEFAULT_SCALE: StoredLevel[] = DEFAULT_LEVEL_SCALE.levels.map((definition) => ({
  level: definition.level,
  name: definition.name,
  description: definition.description,
}));

/** A scale as given in an input, in the stored shape (an empty name is no name). */
export function storedScale(
  scale: ReadonlyArray<{ level: number; name?: string | null; description: string }>,
): StoredLevel[] {
  return scale.map(({ level, name, description }) => ({ level, name: name || null, description }));
}

/**
 * Rules the validation pipe cannot see one field at a time: levels ascending and unique.
 * (Range 0–10, whole numbers and non-empty descriptions are checked on the input.)
 */
export function scaleProblems(scale: readonly StoredLevel[]): FieldProblem[] {
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
export function isOnScale(level: number, scale: readonly StoredLevel[]): boolean {
  return scale.some((step) => step.level === level);
}

/** "0–4" for a consecutive scale, otherwise the levels listed: "0, 2, 4". */
export function describeScale(scale: readonly StoredLevel[]): string {
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
