import { useTranslation } from 'react-i18next';
import {
  CompetenceSelect as SharedCompetenceSelect,
  type ControlAttributes,
} from '@web/shared/forms';
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

/**
 * The shared competence select fed from the talk's competence index: a retired competence
 * stays choosable (marked as such) only on the row that has it.
 */
export function CompetenceSelect({ control, index, value, ...rest }: CompetenceSelectProps) {
  const { t } = useTranslation();
  return (
    <SharedCompetenceSelect
      {...control}
      {...rest}
      value={value}
      groups={competenceChoices(index, value)}
      retiredLabel={(name) => t('appraisals.form.retiredCompetence', { name })}
    />
  );
}
