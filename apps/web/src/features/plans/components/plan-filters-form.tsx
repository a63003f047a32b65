import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopeOptions } from '@web/features/gaps';
import { FiltersForm, SelectField, useFilterValues } from '@web/shared/forms';
import {
  halfYearChoices,
  halfYearSlug,
  parseHalfYear,
  sameHalfYear,
  type HalfYear,
} from '../utils/half-year';
import type { PlanFilters } from '../utils/plan-paths';

interface PlanFiltersFormProps {
  /** The filters in effect (the scope as resolved, the half-year always set). */
  initial: PlanFilters & { period: HalfYear };
  current: HalfYear;
  options: ScopeOptions;
  onApply: (filters: PlanFilters) => void;
}

/** Whose plan and which half-year; applied with "Vis", so the page does not redraw at every change. */
export function PlanFiltersForm({ initial, current, options, onApply }: PlanFiltersFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { values, setValues, set, apply } = useFilterValues<PlanFilters>(initial, {
    onApply: (filters) =>
      // The current half-year is the default: the address stays short.
      onApply({
        ...filters,
        period: filters.period && sameHalfYear(filters.period, current) ? null : filters.period,
      }),
  });
  const municipality = options.municipalities.find((m) => m.id === values.municipalityId);
  const period = values.period ?? current;
  const choices = halfYearChoices(current);
  if (!choices.some((choice) => sameHalfYear(choice, period))) choices.push(period);

  const chooseMunicipality = (municipalityId: string) => {
    const chosen = options.municipalities.find((m) => m.id === municipalityId);
    // A leader's municipality cannot be chosen whole: start at their first unit.
    const unitId = chosen && !chosen.whole ? (chosen.units[0]?.id ?? '') : '';
    setValues((current) => ({ ...current, municipalityId, unitId }));
  };

  return (
    <FiltersForm
      label={t('plans.filters.label')}
      applyLabel={t('plans.filters.apply')}
      onApply={apply}
    >
      <SelectField
        id={`${id}-municipality`}
        label={t('plans.filters.municipality')}
        name="kommune"
        value={values.municipalityId}
        onChange={chooseMunicipality}
        placeholder={options.region ? t('plans.filters.region') : undefined}
        options={options.municipalities.map((option) => ({ value: option.id, label: option.name }))}
      />
      {municipality ? (
        <SelectField
          id={`${id}-unit`}
          label={t('plans.filters.unit')}
          name="enhet"
          value={values.unitId}
          onChange={(unitId) => set('unitId', unitId)}
          placeholder={municipality.whole ? t('plans.filters.wholeMunicipality') : undefined}
          options={municipality.units.map((unit) => ({ value: unit.id, label: unit.label }))}
        />
      ) : null}
      <SelectField
        id={`${id}-period`}
        label={t('plans.filters.period')}
        name="halvar"
        value={halfYearSlug(period)}
        onChange={(slug) => set('period', parseHalfYear(slug))}
        options={choices.map((choice) => ({
          value: halfYearSlug(choice),
          label: sameHalfYear(choice, current)
            ? t('plans.halfYearCurrent', { half: choice.half, year: choice.year })
            : t('plans.halfYear', { half: choice.half, year: choice.year }),
        }))}
      />
    </FiltersForm>
  );
}
