import { useTranslation } from 'react-i18next';
import type { ControlAttributes } from '@web/shared/forms';
import { competenceChoices, type CompetenceIndex } from '../utils/competence-index';

interface CompetenceSelectProps {
  control: ControlAttributes;
  index: CompetenceIndex;
  value: string;
  onChange: (competenceId: string) => void;
  /** Text of the empty choice: "Velg kompetanse" or "Ingen" for an optional one. */
  placeholder: string;
  required?: boolean;
}

/** The catalogue per area; a retired competence stays choosable only on the row that has it. */
export function CompetenceSelect({
  control,
  index,
  value,
  onChange,
  placeholder,
  required = false,
}: CompetenceSelectProps) {
  const { t } = useTranslation();
  return (
    <select
      {...control}
      value={value}
      aria-required={required || undefined}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{placeholder}</option>
      {competenceChoices(index, value).map((group) => (
        <optgroup key={group.area} label={group.area}>
          {group.competences.map((competence) => (
            <option key={competence.id} value={competence.id}>
              {competence.active
                ? competence.name
                : t('appraisals.form.retiredCompetence', { name: competence.name })}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
