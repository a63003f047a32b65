import type { FieldProblem } from './input-rules';
import { describeScale, isOnScale, type ScaleStep } from './levels';

/** What recording a level needs to know about a catalogue entry. */
export interface CompetenceOnScale {
  name: string;
  active: boolean;
  /** The competence's own scale, ascending. */
  scale: readonly Pick<ScaleStep, 'level'>[];
}

/**
 * A level recorded against a catalogue entry: the competence must exist in the caller's
 * region, still be in use, and the level must be a step on its scale.
 */
export function competenceLevelProblems(
  competence: CompetenceOnScale | undefined,
  level: number,
  fields: { competenceId: string; level: string },
): FieldProblem[] {
  if (!competence) {
    return [
      {
        field: fields.competenceId,
        code: 'UNKNOWN_COMPETENCE',
        message: 'Kompetansen finnes ikke',
      },
    ];
  }
  if (!competence.active) {
    return [
      {
        field: fields.competenceId,
        code: 'INACTIVE_COMPETENCE',
        message: `Kompetansen «${competence.name}» er ikke lenger i bruk`,
      },
    ];
  }
  if (!isOnScale(level, competence.scale)) {
    return [
      {
        field: fields.level,
        code: 'LEVEL_NOT_ON_SCALE',
        message: `Nivå ${level} finnes ikke på skalaen for «${competence.name}» (${describeScale(competence.scale)})`,
      },
    ];
  }
  return [];
}
