interface Grouped {
  name: string;
  area: string;
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** Competences per area, areas and names in Norwegian alphabetical order (for <optgroup>s). */
export function groupCompetencesByArea<C extends Grouped>(
  competences: readonly C[],
): Array<{ area: string; competences: C[] }> {
  const groups = new Map<string, C[]>();
  for (const competence of competences) {
    groups.set(competence.area, [...(groups.get(competence.area) ?? []), competence]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([area, entries]) => ({
      area,
      competences: [...entries].sort((a, b) => collator.compare(a.name, b.name)),
    }));
}
