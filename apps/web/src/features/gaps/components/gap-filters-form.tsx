import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompetences } from '@web/features/competences';
import { CheckboxField, FiltersForm, SelectField, useFilterValues } from '@web/shared/forms';
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
  const { values, setValues, set, apply, reset } = useFilterValues(initial, {
    empty: EMPTY_GAP_FILTERS,
    onApply,
  });

  const competences = useCompetences();
  const choices = useMemo(() => filterChoices(competences.data ?? []), [competences.data]);
  const municipality = options.municipalities.find((m) => m.id === values.municipalityId);

  const chooseMunicipality = (municipalityId: string) => {
    const chosen = options.municipalities.find((m) => m.id === municipalityId);
    // A leader's municipality cannot be chosen whole: start at their first unit.
    const unitId = chosen && !chosen.whole ? (chosen.units[0]?.id ?? '') : '';
    setValues((current) => ({ ...current, municipalityId, unitId }));
  };

  return (
    <FiltersForm
      label={t('gaps.filters.label')}
      applyLabel={t('gaps.filters.apply')}
      onApply={apply}
      // Back to the default view: the widest scope and no narrowing.
      reset={{ label: t('gaps.filters.reset'), onReset: reset }}
      checks={
        <fieldset className="filters__checks filters__fieldset">
          <legend>{t('gaps.filters.priority')}</legend>
          {PRIORITIES.map((priority) => (
            <CheckboxField
              key={priority}
              id={`${id}-priority-${priority}`}
              name="prioritet"
              value={priority}
              label={t(`gaps.priority.${priority}`)}
              checked={values.priorities.includes(priority)}
              onChange={(checked) =>
                set(
                  'priorities',
                  checked
                    ? PRIORITIES.filter((p) => p === priority || values.priorities.includes(p))
                    : values.priorities.filter((p) => p !== priority),
                )
              }
            />
          ))}
        </fieldset>
      }
    >
      <SelectField
        id={`${id}-municipality`}
        label={t('gaps.filters.municipality')}
        name="kommune"
        value={values.municipalityId}
        onChange={chooseMunicipality}
        placeholder={options.region ? t('gaps.filters.wholeRegion') : undefined}
        options={options.municipalities.map((option) => ({ value: option.id, label: option.name }))}
      />

      {municipality ? (
        <SelectField
          id={`${id}-unit`}
          label={t('gaps.filters.unit')}
          name="enhet"
          value={values.unitId}
          onChange={(unitId) => set('unitId', unitId)}
          placeholder={municipality.whole ? t('gaps.filters.wholeMunicipality') : undefined}
          options={municipality.units.map((unit) => ({ value: unit.id, label: unit.label }))}
        />
      ) : null}

      <SelectField
        id={`${id}-horizon`}
        label={t('gaps.filters.horizon')}
        hint={t('gaps.filters.horizonHint')}
        name="horisont"
        value={values.horizon}
        onChange={(horizon) => set('horizon', horizon as GapViewFilters['horizon'])}
        options={HORIZONS.map((horizon) => ({
          value: horizon,
          label: t(`gaps.horizon.${horizon}`),
        }))}
      />

      <SelectField
        id={`${id}-area`}
        label={t('gaps.filters.area')}
        name="omrade"
        value={values.area}
        onChange={(area) => set('area', area)}
        placeholder={t('gaps.filters.allAreas')}
        options={withCurrent(choices.areas, values.area).map(asOption)}
        choices={competences}
      />

      <SelectField
        id={`${id}-tag`}
        label={t('gaps.filters.tag')}
        name="fokus"
        value={values.tag}
        onChange={(tag) => set('tag', tag)}
        placeholder={t('gaps.filters.allTags')}
        options={withCurrent(choices.tags, values.tag).map(asOption)}
        choices={competences}
      />
    </FiltersForm>
  );
}

/** A value from the address that the catalogue lacks still shows as chosen. */
function withCurrent(choices: readonly string[], current: string): string[] {
  return current && !choices.includes(current) ? [current, ...choices] : [...choices];
}

function asOption(text: string) {
  return { value: text, label: text };
}
