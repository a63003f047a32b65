import type { ImportKind } from '@web/gql/graphql';

/** Query keys of the imports feature (the history names people: dropped on sign-out). */
export const importKeys = {
  all: ['imports'] as const,
  columns: (kind: ImportKind) => [...importKeys.all, 'columns', kind] as const,
  runs: () => [...importKeys.all, 'runs'] as const,
  runsOf: (municipalityId: string) => [...importKeys.runs(), municipalityId] as const,
};
