import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { personalDataScope, useMe } from '@web/features/auth';
import { useCompetences } from '@web/features/competences';
import { useMunicipalities } from '@web/features/organisation';
import {
  CheckboxField,
  FiltersForm,
  SelectField,
  SearchField,
  UnitField,
  useFilterValues,
} from '@web/shared/forms';
import { useProfessions } from '../hooks/use-professions';
import {
  EMPTY_EMPLOYEE_FILTERS,
  EXPIRING_WITHIN_DAYS,
  type EmployeeListFilters,
} from '../utils/employee-filters';
import { unitChoices } from '../utils/unit-choices';

interface EmployeeFiltersFormProps {
  /** The filters in the address; the form starts from them. */
  initial: EmployeeListFilters;
  onApply: (filters: EmployeeListFilters) => void;
}

/** Search and filters, applied when the form is sent ("Søk"). */
export function EmployeeFiltersForm({ initial, onApply }: EmployeeFiltersFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { values, setValues, set, apply, reset } = useFilterValues(initial, {
    empty: EMPTY_EMPLOYEE_FILTERS,
    onApply,
  });

  const me = useMe();
  const municipalities = useMunicipalities();
  const groups = useMemo(
    () => unitChoices(personalDataScope(me.data), municipalities.data ?? []),
    [me.data, municipalities.data],
  );
  const professions = useProfessions();
  const competences = useCompetences();
  const chosenCompetence = competences.data?.find((entry) => entry.id === values.competenceId);

  return (
    <FiltersForm
      label={t('employees.filters.label')}
      applyLabel={t('employees.filters.apply')}
      onApply={apply}
      reset={{ label: t('employees.filters.reset'), onReset: reset }}
      checks={
        <div className="filters__checks">
          <CheckboxField
            id={`${id}-expiring`}
            name="utloper"
            label={t('employees.filters.expiring', { days: EXPIRING_WITHIN_DAYS })}
            checked={values.expiringSoon}
            onChange={(checked) => set('expiringSoon', checked)}
          />
          <CheckboxField
            id={`${id}-inactive`}
            name="inaktive"
            label={t('employees.filters.includeInactive')}
            checked={values.includeInactive}
            onChange={(checked) => set('includeInactive', checked)}
          />
        </div>
      }
    >
      <SearchField
        id={`${id}-search`}
        label={t('employees.filters.search')}
        value={values.search}
        onChange={(search) => set('search', search)}
      />

      <UnitField
        id={`${id}-unit`}
        label={t('employees.filters.unit')}
        name="enhet"
        groups={groups}
        value={values.unitId}
        onChange={(unitId) => set('unitId', unitId)}
        placeholder={t('employees.filters.allUnits')}
        choices={municipalities}
      />

      <SelectField
        id={`${id}-profession`}
        label={t('employees.filters.profession')}
        name="yrke"
        value={values.professionCode}
        onChange={(code) => set('professionCode', code)}
        placeholder={t('employees.filters.allProfessions')}
        options={(professions.data ?? []).map((profession) => ({
          value: profession.code,
          label: t('employees.professionOption', { code: profession.code, name: profession.name }),
        }))}
        choices={professions}
      />

      <SelectField
        id={`${id}-competence`}
        label={t('employees.filters.competence')}
        name="kompetanse"
        value={values.competenceId}
        onChange={(competenceId) =>
          setValues((current) => ({ ...current, competenceId, minLevel: null }))
        }
        placeholder={t('employees.filters.anyCompetence')}
        options={(competences.data ?? []).map((competence) => ({
          value: competence.id,
          label: competence.name,
        }))}
        choices={competences}
      />

      {chosenCompetence ? (
        <SelectField
          id={`${id}-level`}
          label={t('employees.filters.minLevel')}
          name="niva"
          value={values.minLevel === null ? '' : String(values.minLevel)}
          onChange={(level) => set('minLevel', level === '' ? null : Number(level))}
          placeholder={t('employees.filters.anyLevel')}
          options={chosenCompetence.scale.map((step) => ({
            value: String(step.level),
            label: t('employees.filters.atLeastLevel', { level: step.level }),
          }))}
        />
      ) : null}
    </FiltersForm>
  );
}
