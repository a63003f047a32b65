import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { request } from '@web/shared/graphql';
import { UsersQuery } from '../graphql/users.query';
import type { AdminUser } from '../utils/admin-types';
import { adminKeys } from './admin-keys';

function usersQueryOptions() {
  return queryOptions({
    queryKey: adminKeys.users(),
    queryFn: async ({ signal }) => (await request(UsersQuery, undefined, { signal })).users,
  });
}

/** The region's users with their roles (the API sorts them by name). */
export function useUsers() {
  return useQuery(usersQueryOptions());
}

/**
 * One user, read from the same list (the API has no single-user query):
 * `data` is null when no user has that id.
 */
export function useUser(id: string) {
  const select = useCallback(
    (users: AdminUser[]) => users.find((user) => user.id === id) ?? null,
    [id],
  );
  return useQuery({ ...usersQueryOptions(), select });
}
