import type { AppraisalCompetence, AppraisalContent } from './appraisal-types';

/** Competences by id: what the pickers offer and how a line's competence and level read. */
export type CompetenceIndex = ReadonlyMap<string, AppraisalCompetence>;

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/**
 * The active catalogue plus every competence the given records already use:
 * a line may keep a competence that has since been retired from the catalogue,
 * so its name and scale must still be known.
 */
export function buildCompetenceIndex(
  catalogue: readonly AppraisalCompetence[],
  contents: ReadonlyArray<AppraisalContent | null | undefined>,
): CompetenceIndex {
  const index = new Map<string, AppraisalCompetence>();
  for (const competence of catalogue) index.set(competence.id, competence);
  for (const content of contents) {
    if (!content) continue;
    const used = [
      ...content.selfDeclarations.map((line) => line.competence),
      ...content.leaderAssessments.map((line) => line.competence),
      ...content.developmentWishes.map((line) => line.competence),
      ...content.teachingTopics,
      ...content.agreedActions.flatMap((line) => (line.competence ? [line.competence] : [])),
    ];
    for (const competence of used) {
      if (!index.has(competence.id)) index.set(competence.id, competence);
    }
  }
  return index;
}

export interface CompetenceGroup {
  area: string;
  competences: AppraisalCompetence[];
}

/**
 * The choices of one competence picker, per area in Norwegian order: the active
 * catalogue, plus the row's own competence when it is retired (so the row can
 * keep it, as the API allows), never other retired ones.
 */
export function competenceChoices(index: CompetenceIndex, keepId = ''): CompetenceGroup[] {
  const groups = new Map<string, AppraisalCompetence[]>();
  for (const competence of index.values()) {
    if (!competence.active && competence.id !== keepId) continue;
    groups.set(competence.area, [...(groups.get(competence.area) ?? []), competence]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([area, competences]) => ({
      area,
      competences: [...competences].sort((a, b) => collator.compare(a.name, b.name)),
    }));
}

export interface LevelChoice {
  level: number;
  /** "Nivå 3 – Selvstendig" is built by the component; these are the parts. */
  name: string | null;
  description: string;
}

/** The steps of a competence's own scale, lowest first; none until a competence is chosen. */
export function levelChoices(index: CompetenceIndex, competenceId: string): LevelChoice[] {
  const competence = index.get(competenceId);
  if (!competence) return [];
  return [...competence.scale]
    .sort((a, b) => a.level - b.level)
    .map((step) => ({ level: step.level, name: step.name ?? null, description: step.description }));
}

/** The short name of a level ("Selvstendig"), or null when the scale has none. */
export function levelName(
  index: CompetenceIndex,
  competenceId: string,
  level: number,
): string | null {
  return index.get(competenceId)?.scale.find((step) => step.level === level)?.name ?? null;
}

export function competenceName(index: CompetenceIndex, competenceId: string): string | null {
  return index.get(competenceId)?.name ?? null;
}
