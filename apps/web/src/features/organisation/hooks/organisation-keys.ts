/** Query keys of the organisation feature; invalidate `all` to refetch everything it shows. */
export const organisationKeys = {
  all: ['organisation'] as const,
  municipalities: () => [...organisationKeys.all, 'municipalities'] as const,
};
