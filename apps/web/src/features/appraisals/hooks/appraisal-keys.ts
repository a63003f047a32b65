/** Query keys of the appraisal feature (personal data: dropped from the cache on sign-out). */
export const appraisalKeys = {
  all: ['appraisals'] as const,
  catalogue: () => [...appraisalKeys.all, 'catalogue'] as const,
  cycles: (municipalityId: string | null) =>
    [...appraisalKeys.all, 'cycles', municipalityId] as const,
  progress: (cycleId: string | null) => [...appraisalKeys.all, 'progress', cycleId] as const,
  lists: () => [...appraisalKeys.all, 'list'] as const,
  list: (filter: { cycleId: string | null; unitId: string | null; status: string | null }) =>
    [...appraisalKeys.lists(), filter] as const,
  drafts: () => [...appraisalKeys.all, 'draft'] as const,
  draft: (employeeId: string, cycleId: string | null) =>
    [...appraisalKeys.drafts(), employeeId, cycleId] as const,
  summary: (id: string) => [...appraisalKeys.all, 'summary', id] as const,
  statistics: (scope: { unitId: string | null; municipalityId: string | null }) =>
    [...appraisalKeys.all, 'statistics', scope] as const,
  directory: (filter: { competenceId: string | null; municipalityId: string | null }) =>
    [...appraisalKeys.all, 'directory', filter] as const,
};
