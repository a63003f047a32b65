import type { TeachingDirectoryTopic } from './appraisal-types';

/** Those who did not agree to be named: a count (maybe rounded), a hidden count, or none. */
export type AnonymousPart =
  | { kind: 'none' }
  | { kind: 'count'; count: number; rounded: boolean }
  | { kind: 'hidden'; reasonCode: string | null; reason: string | null };

export interface DirectoryEntry {
  competenceId: string;
  name: string;
  area: string;
  people: TeachingDirectoryTopic['people'];
  anonymous: AnonymousPart;
}

/** The directory per topic as the page shows it: named people first, then the others counted. */
export function directoryEntries(topics: readonly TeachingDirectoryTopic[]): DirectoryEntry[] {
  return topics.map((topic) => {
    const figure = topic.anonymous;
    const anonymous: AnonymousPart = figure.suppressed
      ? { kind: 'hidden', reasonCode: figure.reasonCode ?? null, reason: figure.reason ?? null }
      : figure.value
        ? { kind: 'count', count: figure.value, rounded: figure.rounded }
        : { kind: 'none' };
    return {
      competenceId: topic.competenceId,
      name: topic.competence.name,
      area: topic.competence.area,
      people: topic.people,
      anonymous,
    };
  });
}

/** The areas of the listed topics, in the API's order (by area and name), each with its topics. */
export function entriesByArea(
  entries: readonly DirectoryEntry[],
): Array<{ area: string; entries: DirectoryEntry[] }> {
  const groups: Array<{ area: string; entries: DirectoryEntry[] }> = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.area === entry.area) last.entries.push(entry);
    else groups.push({ area: entry.area, entries: [entry] });
  }
  return groups;
}
