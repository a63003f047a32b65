import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopeOptions } from '@web/features/gaps';
import { FiltersForm, SelectField, useFilterValues } from '@web/shared/forms';
import type { RequirementListSelection } from '../utils/requirement-filters';

interface RequirementSelectionFormProps {
  initial: RequirementListSelection;
  options: ScopeOptions;
  onApply: (selection: RequirementListSelection) => void;
}

/** Which unit's (or municipality's) requirements to list; applies on "Vis". */
export function RequirementSelectionForm({
  initial,
  options,
  onApply,
}: RequirementSelectionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { values, setValues, set, apply } = useFilterValues(initial, { onApply });
  const municipality = options.municipalities.find((m) => m.id === values.municipalityId);

  return (
    <FiltersForm
      label={t('requirements.selection.label')}
      applyLabel={t('requirements.selection.apply')}
      onApply={apply}
    >
      <SelectField
        id={`${id}-municipality`}
        label={t('requirements.selection.municipality')}
        name="kommune"
        value={values.municipalityId}
        onChange={(municipalityId) => setValues({ municipalityId, unitId: '' })}
        placeholder={t('requirements.selection.wholeRegion')}
        options={options.municipalities.map((option) => ({ value: option.id, label: option.name }))}
      />
      {municipality ? (
        <SelectField
          id={`${id}-unit`}
          label={t('requirements.selection.unit')}
          name="enhet"
          value={values.unitId}
          onChange={(unitId) => set('unitId', unitId)}
          placeholder={t('requirements.selection.wholeMunicipality')}
          options={municipality.units.map((unit) => ({ value: unit.id, label: unit.label }))}
        />
      ) : null}
    </FiltersForm>
  );
}
