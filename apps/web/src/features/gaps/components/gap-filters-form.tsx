import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompetences } from '@web/features/competences';
import { Field } from '@web/shared/forms';
import { EMPTY_GAP_FILTERS, HORIZONS, PRIORITIES, type GapViewFilters } from '../utils/gap-filters';
import type { ScopeOptions } from '../utils/gap-scope';
import { filterChoices } from '../utils/filter-choices';

interface GapFiltersFormProps {
  /** The filters in effect (the scope as resolved, not as the address may have asked). */
  initial: GapViewFilters;
  options: ScopeOptions;
  onApply: (filters: GapViewFilters) => void;
}

/**
 * Scope, horizon and the narrowing filters. They apply when the form is sent ("Vis"), so
 * the charts do not redraw under a screen reader at every change.
 */
export function GapFiltersForm({ initial, options, onApply }: GapFiltersFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof GapViewFilters>(key: K, value: GapViewFilters[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const competences = useCompetences();
  const choices = useMemo(() => filterChoices(competences.data ?? []), [competences.data]);
  const municipality = options.municipalities.find((m) => m.id === values.municipalityId);

  const chooseMunicipality = (municipalityId: string) => {
    const chosen = options.municipalities.find((m) => m.id === municipalityId);
    // A leader's municipality cannot be chosen whole: start at their first unit.
    const unitId = chosen && !chosen.whole ? (chosen.units[0]?.id ?? '') : '';
    setValues((current) => ({ ...current, municipalityId, unitId }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };

  const reset = () => {
    // Back to the default view: the widest scope and no narrowing.
    setValues({ ...EMPTY_GAP_FILTERS });
    onApply(EMPTY_GAP_FILTERS);
  };

  return (
    <form
      role="search"
      className="filters panel"
      aria-label={t('gaps.filters.label')}
      onSubmit={onSubmit}
    >
      <div className="filters__grid">
        <Field id={`${id}-municipality`} label={t('gaps.filters.municipality')}>
          {(control) => (
            <select
              {...control}
              name="kommune"
              value={values.municipalityId}
              onChange={(event) => chooseMunicipality(event.target.value)}
            >
              {options.region ? <option value="">{t('gaps.filters.wholeRegion')}</option> : null}
              {options.municipalities.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>

        {municipality ? (
          <Field id={`${id}-unit`} label={t('gaps.filters.unit')}>
            {(control) => (
              <select
                {...control}
                name="enhet"
                value={values.unitId}
                onChange={(event) => set('unitId', event.target.value)}
              >
                {municipality.whole ? (
                  <option value="">{t('gaps.filters.wholeMunicipality')}</option>
                ) : null}
                {municipality.units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}

        <Field
          id={`${id}-horizon`}
          label={t('gaps.filters.horizon')}
          hint={t('gaps.filters.horizonHint')}
        >
          {(control) => (
            <select
              {...control}
              name="horisont"
              value={values.horizon}
              onChange={(event) => set('horizon', event.target.value as GapViewFilters['horizon'])}
            >
              {HORIZONS.map((horizon) => (
                <option key={horizon} value={horizon}>
                  {t(`gaps.horizon.${horizon}`)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field id={`${id}-area`} label={t('gaps.filters.area')}>
          {(control) => (
            <select
              {...control}
              name="omrade"
              value={values.area}
              onChange={(event) => set('area', event.target.value)}
            >
              <option value="">{t('gaps.filters.allAreas')}</option>
              {withCurrent(choices.areas, values.area).map((area) => (
                <option key={area} value={area}>
                  {area}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field id={`${id}-tag`} label={t('gaps.filters.tag')}>
          {(control) => (
            <select
              {...control}
              name="fokus"
              value={values.tag}
              onChange={(event) => set('tag', event.target.value)}
            >
              <option value="">{t('gaps.filters.allTags')}</option>
              {withCurrent(choices.tags, values.tag).map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <fieldset className="filters__checks filters__fieldset">
        <legend>{t('gaps.filters.priority')}</legend>
        {PRIORITIES.map((priority) => (
          <div key={priority} className="check">
            <input
              id={`${id}-priority-${priority}`}
              type="checkbox"
              name="prioritet"
              value={priority}
              checked={values.priorities.includes(priority)}
              onChange={(event) =>
                set(
                  'priorities',
                  event.target.checked
                    ? PRIORITIES.filter((p) => p === priority || values.priorities.includes(p))
                    : values.priorities.filter((p) => p !== priority),
                )
              }
            />
            <label htmlFor={`${id}-priority-${priority}`}>{t(`gaps.priority.${priority}`)}</label>
          </div>
        ))}
      </fieldset>

      <div className="filters__actions">
        <button type="submit" className="button">
          {t('gaps.filters.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={reset}>
          {t('gaps.filters.reset')}
        </button>
      </div>
    </form>
  );
}

/** A value from the address that the catalogue lacks still shows as chosen. */
function withCurrent(choices: readonly string[], current: string): string[] {
  return current && !choices.includes(current) ? [current, ...choices] : [...choices];
}
