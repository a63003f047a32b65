import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { personalDataScope, useMe } from '@web/features/auth';
import { useCompetences } from '@web/features/competences';
import { useMunicipalities } from '@web/features/organisation';
import { Field } from '@web/shared/forms';
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

/**
 * Search and filters. They apply when the form is sent ("Søk"), not on every
 * keystroke, so screen-reader users are not interrupted by a changing table.
 */
export function EmployeeFiltersForm({ initial, onApply }: EmployeeFiltersFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof EmployeeListFilters>(key: K, value: EmployeeListFilters[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const me = useMe();
  const municipalities = useMunicipalities();
  const groups = useMemo(
    () => unitChoices(personalDataScope(me.data), municipalities.data ?? []),
    [me.data, municipalities.data],
  );
  const professions = useProfessions();
  const competences = useCompetences();
  const chosenCompetence = competences.data?.find((entry) => entry.id === values.competenceId);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };

  return (
    <form
      role="search"
      className="filters panel"
      aria-label={t('employees.filters.label')}
      onSubmit={onSubmit}
    >
      <div className="filters__grid">
        <Field id={`${id}-search`} label={t('employees.filters.search')} className="filters__wide">
          {(control) => (
            <input
              {...control}
              type="search"
              name="sok"
              autoComplete="off"
              value={values.search}
              onChange={(event) => set('search', event.target.value)}
            />
          )}
        </Field>

        <Field id={`${id}-unit`} label={t('employees.filters.unit')}>
          {(control) => (
            <select
              {...control}
              name="enhet"
              value={values.unitId}
              onChange={(event) => set('unitId', event.target.value)}
            >
              <option value="">{t('employees.filters.allUnits')}</option>
              {groups.map((group) => (
                <optgroup key={group.municipalityId} label={group.municipalityName}>
                  {group.units.map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {unit.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>

        <Field id={`${id}-profession`} label={t('employees.filters.profession')}>
          {(control) => (
            <select
              {...control}
              name="yrke"
              value={values.professionCode}
              onChange={(event) => set('professionCode', event.target.value)}
            >
              <option value="">{t('employees.filters.allProfessions')}</option>
              {(professions.data ?? []).map((profession) => (
                <option key={profession.code} value={profession.code}>
                  {t('employees.professionOption', {
                    code: profession.code,
                    name: profession.name,
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field id={`${id}-competence`} label={t('employees.filters.competence')}>
          {(control) => (
            <select
              {...control}
              name="kompetanse"
              value={values.competenceId}
              onChange={(event) => {
                const competenceId = event.target.value;
                setValues((current) => ({ ...current, competenceId, minLevel: null }));
              }}
            >
              <option value="">{t('employees.filters.anyCompetence')}</option>
              {(competences.data ?? []).map((competence) => (
                <option key={competence.id} value={competence.id}>
                  {competence.name}
                </option>
              ))}
            </select>
          )}
        </Field>

        {chosenCompetence ? (
          <Field id={`${id}-level`} label={t('employees.filters.minLevel')}>
            {(control) => (
              <select
                {...control}
                name="niva"
                value={values.minLevel === null ? '' : String(values.minLevel)}
                onChange={(event) =>
                  set('minLevel', event.target.value === '' ? null : Number(event.target.value))
                }
              >
                <option value="">{t('employees.filters.anyLevel')}</option>
                {chosenCompetence.scale.map((step) => (
                  <option key={step.level} value={step.level}>
                    {t('employees.filters.atLeastLevel', { level: step.level })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>

      <div className="filters__checks">
        <div className="check">
          <input
            id={`${id}-expiring`}
            type="checkbox"
            name="utloper"
            checked={values.expiringSoon}
            onChange={(event) => set('expiringSoon', event.target.checked)}
          />
          <label htmlFor={`${id}-expiring`}>
            {t('employees.filters.expiring', { days: EXPIRING_WITHIN_DAYS })}
          </label>
        </div>
        <div className="check">
          <input
            id={`${id}-inactive`}
            type="checkbox"
            name="inaktive"
            checked={values.includeInactive}
            onChange={(event) => set('includeInactive', event.target.checked)}
          />
          <label htmlFor={`${id}-inactive`}>{t('employees.filters.includeInactive')}</label>
        </div>
      </div>

      <div className="filters__actions">
        <button type="submit" className="button">
          {t('employees.filters.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setValues(EMPTY_EMPLOYEE_FILTERS);
            onApply(EMPTY_EMPLOYEE_FILTERS);
          }}
        >
          {t('employees.filters.reset')}
        </button>
      </div>
    </form>
  );
}
