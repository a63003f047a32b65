import { useTranslation } from 'react-i18next';
import type { ScopeOptions } from '@web/features/gaps';
import { UnitField } from '@web/shared/forms';

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
    <UnitField
      id={id}
      label={label ?? t('requirements.form.unit')}
      errors={errors}
      name="unitId"
      required
      groups={options.municipalities}
      value={value}
      onChange={onChange}
      placeholder={t('requirements.form.chooseUnit')}
    />
  );
}
