import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '@web/features/organisation';
import type { Role } from '@web/gql/graphql';
import {
  ErrorSummary,
  Field,
  translateFieldKeys,
  UnitPicker,
  useFormProblems,
} from '@web/shared/forms';
import { ErrorState, LoadingState } from '@web/shared/ui';
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
  type AssignRoleField,
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
  const id = useId();
  const assign = useAssignRole();
  const roleText = useRoleText();
  const municipalities = useMunicipalities();
  const [values, setValues] = useState(EMPTY);
  const [status, setStatus] = useState('');
  const fieldId = (field: AssignRoleField) => `${id}-${field}`;
  const form = useFormProblems(ASSIGN_ROLE_FIELDS, fieldId);
  const unitGroups = useMemo(
    () => unitOptionGroups(municipalities.data ?? []),
    [municipalities.data],
  );
  const scopeKind = values.role === '' ? null : roleScopeKind(values.role);

  const set = <K extends AssignRoleField>(field: K, value: AssignRoleValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
    setStatus('');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assign.isPending) return;
    setStatus('');
    const missing = missingRoleFields(values);
    if (Object.keys(missing).length > 0) {
      form.showFieldErrors(translateFieldKeys(missing, t));
      return;
    }
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
  };

  let scopeField = null;
  if (scopeKind === 'region') {
    scopeField = <p className="field__hint">{t('admin.assignRole.regionScope')}</p>;
  } else if (scopeKind !== null && !municipalities.data) {
    scopeField = municipalities.isError ? (
      <ErrorState
        error={municipalities.error}
        retrying={municipalities.isFetching}
        onRetry={() => void municipalities.refetch()}
      />
    ) : (
      <LoadingState label={t('admin.assignRole.loadingOrganisation')} />
    );
  } else if (scopeKind === 'municipality') {
    scopeField = (
      <Field
        id={fieldId('municipalityId')}
        label={t('admin.assignRole.municipality')}
        errors={form.errorsFor('municipalityId')}
      >
        {(control) => (
          <select
            {...control}
            name="municipalityId"
            aria-required="true"
            value={values.municipalityId}
            onChange={(event) => set('municipalityId', event.target.value)}
          >
            <option value="">{t('admin.assignRole.chooseMunicipality')}</option>
            {(municipalities.data ?? []).map((municipality) => (
              <option key={municipality.id} value={municipality.id}>
                {municipality.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  } else if (scopeKind === 'unit') {
    scopeField = (
      <Field
        id={fieldId('unitId')}
        label={t('admin.assignRole.unit')}
        hint={t('admin.assignRole.unitHint')}
        errors={form.errorsFor('unitId')}
      >
        {(control) => (
          <UnitPicker
            {...control}
            name="unitId"
            required
            groups={unitGroups}
            value={values.unitId}
            onChange={(unitId) => set('unitId', unitId)}
            placeholder={t('admin.assignRole.chooseUnit')}
          />
        )}
      </Field>
    );
  }

  return (
    <form className="form" aria-labelledby={`${id}-heading`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{t('admin.assignRole.heading')}</h3>
      <Field
        id={fieldId('role')}
        label={t('admin.assignRole.role')}
        hint={values.role === '' ? undefined : t(`admin.roleHints.${values.role}`)}
        errors={form.errorsFor('role')}
      >
        {(control) => (
          <select
            {...control}
            name="role"
            aria-required="true"
            value={values.role}
            onChange={(event) => set('role', event.target.value as Role | '')}
          >
            <option value="">{t('admin.assignRole.chooseRole')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`admin.roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {scopeField}

      <ErrorSummary errors={form.problems.general} />

      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={assign.isPending || undefined}>
          {assign.isPending ? t('admin.assignRole.submitting') : t('admin.assignRole.submit')}
        </button>
      </div>
      <p role="status" className="form__status">
        {status}
      </p>
    </form>
  );
}
