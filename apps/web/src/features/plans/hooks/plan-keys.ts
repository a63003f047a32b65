import type {
  ActionPlanFilter,
  ExpiringCertificatesDraftInput,
  MobilisationDraftInput,
} from '@web/gql/graphql';

/**
 * Query keys of plans and measures. A change to a measure moves the gap figures too
 * ("expected"), so writes invalidate `all` and the derived figures.
 */
export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (filter: ActionPlanFilter) => [...planKeys.lists(), filter] as const,
  plan: (id: string) => [...planKeys.all, 'plan', id] as const,
  measures: () => [...planKeys.all, 'measure'] as const,
  measure: (id: string) => [...planKeys.measures(), id] as const,
  signUps: (measureId: string) => [...planKeys.measures(), measureId, 'signUps'] as const,
  participants: (measureId: string) => [...planKeys.measures(), measureId, 'participants'] as const,
  drafts: () => [...planKeys.all, 'draft'] as const,
  gapDraft: (requirementId: string) => [...planKeys.drafts(), 'gap', requirementId] as const,
  mobilisationDraft: (input: MobilisationDraftInput) =>
    [...planKeys.drafts(), 'mobilisation', input] as const,
  certificatesDraft: (input: ExpiringCertificatesDraftInput) =>
    [...planKeys.drafts(), 'certificates', input] as const,
};
