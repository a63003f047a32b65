import type { AdminUserFieldsFragment, AuditLogQuery } from '@web/gql/graphql';

export type AdminUser = AdminUserFieldsFragment;
export type UserRoleItem = AdminUser['roles'][number];
export type AuditEntry = AuditLogQuery['auditLog'][number];
