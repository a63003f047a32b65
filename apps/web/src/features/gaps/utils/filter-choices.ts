const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** The competence areas and focus-area tags of the catalogue, each once, in Norwegian order. */
export function filterChoices(
  competences: ReadonlyArray<{ area: string; tags: readonly string[] }>,
): { areas: string[]; tags: string[] } {
  const areas = new Set<string>();
  const tags = new Set<string>();
  for (const competence of competences) {
    if (competence.area.trim()) areas.add(competence.area.trim());
    for (const tag of competence.tags) if (tag.trim()) tags.add(tag.trim());
  }
  return {
    areas: [...areas].sort(collator.compare),
    tags: [...tags].sort(collator.compare),
  };
}
