import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@web/shared/graphql';
import { LoginMutation } from '../graphql/login.mutation';
import { authKeys, PUBLIC_QUERY_ROOTS } from './auth-keys';

export interface SignInValues {
  email: string;
  password: string;
}

/** Signs in; the API sets the session and CSRF cookies, the user goes into the cache. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ email, password }: SignInValues) =>
      (await request(LoginMutation, { email, password })).login.me,
    onSuccess: (me) => {
      // Anything fetched as someone else (or as nobody) must not be shown to this user.
      queryClient.removeQueries({
        predicate: (query) => !PUBLIC_QUERY_ROOTS.includes(String(query.queryKey[0])),
      });
      queryClient.setQueryData(authKeys.me(), me);
    },
  });
}
