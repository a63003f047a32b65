/** Query keys of the auth feature. */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
  /** Whether single sign-on is offered: public, the same for everyone. */
  oidcConfig: () => [...authKeys.all, 'oidcConfig'] as const,
  /** Mutation key: pages can tell that a sign-out is under way. */
  signOut: () => [...authKeys.all, 'signOut'] as const,
};

/**
 * Query-key roots whose data is public or about the user's own account; the
 * rest may hold personal data and is dropped when the user signs out.
 */
export const PUBLIC_QUERY_ROOTS: readonly string[] = ['auth', 'organisation'];
