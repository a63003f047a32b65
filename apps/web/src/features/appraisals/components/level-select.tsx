import { useTranslation } from 'react-i18next';
import type { ControlAttributes } from '@web/shared/forms';
import { levelChoices, type CompetenceIndex } from '../utils/competence-index';

interface LevelSelectProps {
  control: ControlAttributes;
  index: CompetenceIndex;
  competenceId: string;
  value: string;
  onChange: (level: string) => void;
  /** Id of the text describing the chosen level, tied to the control. */
  descriptionId: string;
}

/**
 * The levels of the chosen competence's own scale, each with its description,
 * and the description of the chosen level under the control (a native select
 * is keyboard- and touch-friendly; its options can be long).
 */
export function LevelSelect({
  control,
  index,
  competenceId,
  value,
  onChange,
  descriptionId,
}: LevelSelectProps) {
  const { t } = useTranslation();
  const choices = levelChoices(index, competenceId);
  const chosen = choices.find((choice) => String(choice.level) === value);
  const describedBy = [control['aria-describedby'], chosen ? descriptionId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <select
        {...control}
        aria-describedby={describedBy || undefined}
        value={value}
        disabled={choices.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">
          {choices.length === 0
            ? t('appraisals.form.chooseCompetenceFirst')
            : t('appraisals.form.chooseLevel')}
        </option>
        {choices.map((choice) => (
          <option key={choice.level} value={String(choice.level)}>
            {choice.name
              ? t('appraisals.form.levelOption', {
                  level: choice.level,
                  name: choice.name,
                  description: choice.description,
                })
              : t('appraisals.form.levelOptionUnnamed', {
                  level: choice.level,
                  description: choice.description,
                })}
          </option>
        ))}
      </select>
      {chosen ? (
        <p id={descriptionId} className="field__hint level-description">
          {chosen.description}
        </p>
      ) : null}
    </>
  );
}
