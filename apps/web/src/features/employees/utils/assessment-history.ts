import type { AssessmentSource } from '@web/gql/graphql';

interface HistoryEntry {
  id: string;
  competence: { id: string; name: string };
  source: AssessmentSource;
  confirmedAt?: string | null;
}

export interface CompetenceHistory<A extends HistoryEntry> {
  competenceId: string;
  competenceName: string;
  /** Newest first, as the API gives them. */
  entries: A[];
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** The assessment history grouped per competence, competences in Norwegian alphabetical order. */
export function historyByCompetence<A extends HistoryEntry>(
  assessments: readonly A[],
): CompetenceHistory<A>[] {
  const groups = new Map<string, CompetenceHistory<A>>();
  for (const assessment of assessments) {
    const { id, name } = assessment.competence;
    const group = groups.get(id) ?? { competenceId: id, competenceName: name, entries: [] };
    group.entries.push(assessment);
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => collator.compare(a.competenceName, b.competenceName));
}

/**
 * The self-declaration a leader can confirm for a competence: the newest
 * self-declared entry, if it is not confirmed yet (older declarations were
 * replaced by it). `assessments` are newest first.
 */
export function unconfirmedSelfDeclaration<A extends HistoryEntry>(
  assessments: readonly A[],
  competenceId: string,
): A | null {
  const newest = assessments.find(
    (assessment) =>
      assessment.competence.id === competenceId && assessment.source === 'SELF_DECLARED',
  );
  return newest && !newest.confirmedAt ? newest : null;
}
