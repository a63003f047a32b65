import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopeOptions } from '@web/features/gaps';
import { Field } from '@web/shared/forms';
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
  const [values, setValues] = useState(initial);
  const municipality = options.municipalities.find((m) => m.id === values.municipalityId);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };

  return (
    <form
      role="search"
      className="filters panel"
      aria-label={t('requirements.selection.label')}
      onSubmit={onSubmit}
    >
      <div className="filters__grid">
        <Field id={`${id}-municipality`} label={t('requirements.selection.municipality')}>
          {(control) => (
            <select
              {...control}
              name="kommune"
              value={values.municipalityId}
              onChange={(event) => setValues({ municipalityId: event.target.value, unitId: '' })}
            >
              <option value="">{t('requirements.selection.wholeRegion')}</option>
              {options.municipalities.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {municipality ? (
          <Field id={`${id}-unit`} label={t('requirements.selection.unit')}>
            {(control) => (
              <select
                {...control}
                name="enhet"
                value={values.unitId}
                onChange={(event) =>
                  setValues((current) => ({ ...current, unitId: event.target.value }))
                }
              >
                <option value="">{t('requirements.selection.wholeMunicipality')}</option>
                {municipality.units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('requirements.selection.apply')}
        </button>
      </div>
    </form>
  );
}
