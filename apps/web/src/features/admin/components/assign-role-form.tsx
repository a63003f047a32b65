import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '@web/features/organisation';
import type { Role } from '@web/gql/graphql';
import {
  FormFooter,
  onSubmitUnlessPending,
  SelectField,
  UnitField,
  useFormValues,
} from '@web/shared/forms';
import { QueryPending } from '@web/shared/ui';
import { useAssignRole } from '../hooks/use-user-mutations';
import { useRoleText } from '../hooks/use-role-text';
import type { AdminUser } from '../utils/admin-types';
import {
  ASSIGN_ROLE_FIELDS,
  findAssignedRole,
  missingRoleFields,
  ROLES,
  roleScopeKind,
  toAssignRoleInput,
  type AssignRoleValues,
} from '../utils/roles';
import { unitOptionGroups } from '../utils/unit-options';

const EMPTY: AssignRoleValues = { role: '', municipalityId: '', unitId: '' };

/**
 * Gives the user a role in a scope: the role decides what to choose next (a
 * municipality for HR, a unit for a leader, nothing for the regional roles).
 */
export function AssignRoleForm({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const assign = useAssignRole();
  const roleText = useRoleText();
  const municipalities = useMunicipalities();
  const [status, setStatus] = useState('');
  const { id, values, setValues, set, bind, form, stopIf } = useFormValues({
    initial: EMPTY,
    fields: ASSIGN_ROLE_FIELDS,
    onChange: () => setStatus(''),
  });
  const unitGroups = useMemo(
    () => unitOptionGroups(municipalities.data ?? []),
    [municipalities.data],
  );
  const scopeKind = values.role === '' ? null : roleScopeKind(values.role);

  const onSubmit = onSubmitUnlessPending(assign.isPending, () => {
    setStatus('');
    if (stopIf(missingRoleFields(values))) return;
    form.reset();
    const input = toAssignRoleInput(user.id, values);
    assign.mutate(input, {
      onSuccess: (saved) => {
        const added = findAssignedRole(saved.roles, input);
        setStatus(
          t('admin.assignRole.assigned', {
            name: saved.name,
            role: roleText(input.role, added?.scopeName),
          }),
        );
        setValues(EMPTY);
      },
      onError: (error) => form.showError(error),
    });
  });

  let scopeField = null;
  if (scopeKind === 'region') {
    scopeField = <p className="field__hint">{t('admin.assignRole.regionScope')}</p>;
  } else if (scopeKind !== null && !municipalities.data) {
    scopeField = (
      <QueryPending
        query={municipalities}
        loadingLabel={t('admin.assignRole.loadingOrganisation')}
      />
    );
  } else if (scopeKind === 'municipality') {
    scopeField = (
      <SelectField
        {...bind('municipalityId')}
        label={t('admin.assignRole.municipality')}
        required
        placeholder={t('admin.assignRole.chooseMunicipality')}
        options={(municipalities.data ?? []).map((municipality) => ({
          value: municipality.id,
          label: municipality.name,
        }))}
      />
    );
  } else if (scopeKind === 'unit') {
    scopeField = (
      <UnitField
        {...bind('unitId')}
        label={t('admin.assignRole.unit')}
        hint={t('admin.assignRole.unitHint')}
        required
        groups={unitGroups}
        placeholder={t('admin.assignRole.chooseUnit')}
      />
    );
  }

  return (
    <form className="form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{t('admin.assignRole.heading')}</h3>
      <SelectField
        {...bind('role')}
        label={t('admin.assignRole.role')}
        hint={values.role === '' ? undefined : t(`admin.roleHints.${values.role}`)}
        required
        onChange={(role) => set('role', role as Role | '')}
        placeholder={t('admin.assignRole.chooseRole')}
        options={ROLES.map((role) => ({ value: role, label: t(`admin.roles.${role}`) }))}
      />
      {scopeField}

      <FormFooter
        errors={form.problems.general}
        pending={assign.isPending}
        submitLabel={t('admin.assignRole.submit')}
        pendingLabel={t('admin.assignRole.submitting')}
        status={status}
      />
    </form>
  );
}
