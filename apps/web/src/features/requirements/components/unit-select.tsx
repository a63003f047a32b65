import { useTranslation } from 'react-i18next';
import type { ScopeOptions } from '@web/features/gaps';
import { Field } from '@web/shared/forms';

interface UnitSelectProps {
  id: string;
  options: ScopeOptions;
  value: string;
  errors: readonly string[];
  onChange: (unitId: string) => void;
  label?: string;
}

/** The units the user may put requirements on, grouped by municipality. */
export function UnitSelect({ id, options, value, errors, onChange, label }: UnitSelectProps) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={label ?? t('requirements.form.unit')} errors={errors}>
      {(control) => (
        <select
          {...control}
          name="unitId"
          aria-required="true"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t('requirements.form.chooseUnit')}</option>
          {options.municipalities.map((municipality) => (
            <optgroup key={municipality.id} label={municipality.name}>
              {municipality.units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
