import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
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
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(appraisalsPath(value || null));
  };
  return (
    <form
      className="filters cycle-picker"
      onSubmit={onSubmit}
      aria-label={t('appraisals.cyclePicker.label')}
    >
      <div className="field field--inline">
        <label htmlFor={`${id}-cycle`}>{t('appraisals.cyclePicker.cycle')}</label>
        <select id={`${id}-cycle`} value={value} onChange={(event) => setValue(event.target.value)}>
          <option value="">{t('appraisals.cyclePicker.current')}</option>
          {cycles.map((cycle) => (
            <option key={cycle.id} value={cycle.id}>
              {t('appraisals.cyclePicker.option', {
                name: cycle.name,
                municipality: cycle.municipality.name,
              })}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t('appraisals.cyclePicker.show')}
        </button>
      </div>
    </form>
  );
}
