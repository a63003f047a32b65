import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PickerForm, SelectOptions } from '@web/shared/forms';
import { appraisalsPath } from '../utils/appraisal-paths';
import type { AppraisalCycle } from '../utils/appraisal-types';

interface CyclePickerProps {
  cycles: readonly AppraisalCycle[];
  /** The cycle in the address; null for the current one. */
  selected: string | null;
}

/**
 * Another cycle than the current one (last year's, to follow up). Applied
 * with a button rather than on change, so moving through the list with the
 * arrow keys does not load page after page.
 */
export function CyclePicker({ cycles, selected }: CyclePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [value, setValue] = useState(selected ?? '');
  return (
    <PickerForm
      label={t('appraisals.cyclePicker.label')}
      className="cycle-picker"
      select={{
        id: `${id}-cycle`,
        label: t('appraisals.cyclePicker.cycle'),
        value,
        onChange: setValue,
      }}
      applyLabel={t('appraisals.cyclePicker.show')}
      onApply={() => void navigate(appraisalsPath(value || null))}
    >
      <SelectOptions
        placeholder={t('appraisals.cyclePicker.current')}
        options={cycles.map((cycle) => ({
          value: cycle.id,
          label: t('appraisals.cyclePicker.option', {
            name: cycle.name,
            municipality: cycle.municipality.name,
          }),
        }))}
      />
    </PickerForm>
  );
}
