import { useTranslation } from 'react-i18next';
import type { Role } from '@web/gql/graphql';
import { roleScopeKind } from '../utils/roles';

/** A role's scope in words: the unit or municipality the API names, or the whole region. */
export function useScopeText() {
  const { t } = useTranslation();
  return (role: Role, scopeName: string | null | undefined): string =>
    roleScopeKind(role) === 'region' || !scopeName ? t('admin.scope.region') : scopeName;
}

/** "HR i kommunen – Gjøvik": a role with where it is held. */
export function useRoleText() {
  const { t } = useTranslation();
  const scopeText = useScopeText();
  return (role: Role, scopeName: string | null | undefined): string =>
    t('admin.roleWithScope', { role: t(`admin.roles.${role}`), scope: scopeText(role, scopeName) });
}
