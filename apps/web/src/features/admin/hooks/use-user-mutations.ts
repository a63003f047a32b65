import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '@web/features/auth';
import type { AssignRoleInput, CreateUserInput, UpdateUserInput } from '@web/gql/graphql';
import { request } from '@web/shared/graphql';
import { AssignRoleMutation } from '../graphql/assign-role.mutation';
import { CreateUserMutation } from '../graphql/create-user.mutation';
import { RemoveRoleMutation } from '../graphql/remove-role.mutation';
import { UpdateUserMutation } from '../graphql/update-user.mutation';
import type { AdminUser } from '../utils/admin-types';
import { adminKeys } from './admin-keys';

/**
 * Every change answers with the whole user: it goes into the list at once,
 * and the list is refetched (another admin may have changed others), so the
 * change counts as done once the page shows it. The log gains an entry too,
 * and the signed-in user is read again: the admin may have changed their own roles.
 */
function useApplyUser() {
  const queryClient = useQueryClient();
  return async (user: AdminUser) => {
    queryClient.setQueryData<AdminUser[]>(adminKeys.users(), (users) =>
      users?.some((other) => other.id === user.id)
        ? users.map((other) => (other.id === user.id ? user : other))
        : [...(users ?? []), user],
    );
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
      queryClient.invalidateQueries({ queryKey: adminKeys.auditLogs() }),
      queryClient.invalidateQueries({ queryKey: authKeys.me() }),
    ]);
  };
}

export function useCreateUser() {
  const apply = useApplyUser();
  return useMutation({
    mutationFn: async (input: CreateUserInput) =>
      (await request(CreateUserMutation, { input })).createUser,
    onSuccess: apply,
  });
}

export function useUpdateUser() {
  const apply = useApplyUser();
  return useMutation({
    mutationFn: async (input: UpdateUserInput) =>
      (await request(UpdateUserMutation, { input })).updateUser,
    onSuccess: apply,
  });
}

export function useAssignRole() {
  const apply = useApplyUser();
  return useMutation({
    mutationFn: async (input: AssignRoleInput) =>
      (await request(AssignRoleMutation, { input })).assignRole,
    onSuccess: apply,
  });
}

export function useRemoveRole() {
  const apply = useApplyUser();
  return useMutation({
    mutationFn: async (roleAssignmentId: string) =>
      (await request(RemoveRoleMutation, { roleAssignmentId })).removeRole,
    onSuccess: apply,
  });
}
