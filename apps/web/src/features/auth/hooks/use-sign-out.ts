import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@web/shared/graphql';
import { LogoutMutation } from '../graphql/logout.mutation';
import { authKeys, PUBLIC_QUERY_ROOTS } from './auth-keys';

/**
 * Signs out and forgets every cached answer that may hold personal data, so
 * the next person at a shared computer cannot page back to it.
 * `onSignedOut` (typically the navigation away) completes before the cache
 * forgets the user; otherwise the page being left, if it needs a session,
 * would first send the user to sign in again with itself as the way back.
 */
export function useSignOut({ onSignedOut }: { onSignedOut?: () => void | Promise<void> } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: authKeys.signOut(),
    mutationFn: async () => (await request(LogoutMutation)).logout,
    onSuccess: async () => {
      await onSignedOut?.();
      queryClient.setQueryData(authKeys.me(), null);
      queryClient.removeQueries({
        predicate: (query) => !PUBLIC_QUERY_ROOTS.includes(String(query.queryKey[0])),
      });
    },
  });
}
