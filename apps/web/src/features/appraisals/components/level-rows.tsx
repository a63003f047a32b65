import { useTranslation } from 'react-i18next';
import { Field } from '@web/shared/forms';
import type { CompetenceLevelRow, SelfDeclarationRow } from '../utils/appraisal-form-values';
import { competenceName } from '../utils/competence-index';
import { CompetenceSelect } from './competence-select';
import type { FormContext } from './form-context';
import { LevelSelect } from './level-select';

type LevelList = 'selfDeclarations' | 'developmentWishes' | 'leaderAssessments';

interface LevelRowsProps {
  list: LevelList;
  rows: ReadonlyArray<CompetenceLevelRow | SelfDeclarationRow>;
  context: FormContext;
  onChange: (key: string, patch: Partial<SelfDeclarationRow>) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
}

/**
 * Rows of competence + level on the competence's own scale (self-declaration
 * with the leader's confirmation, wishes with a target level, the leader's
 * assessment). Rows are added and removed with buttons; every control is a
 * native one, so the keyboard and a tablet both work.
 */
export function LevelRows({ list, rows, context, onChange, onAdd, onRemove }: LevelRowsProps) {
  const { t } = useTranslation();
  const { fieldId, errorsFor, index } = context;
  return (
    <>
      {rows.length === 0 ? <p className="muted">{t(`appraisals.form.${list}.empty`)}</p> : null}
      <ol className="appraisal-rows">
        {rows.map((row, position) => {
          const n = position + 1;
          const name = competenceName(index, row.competenceId);
          const competenceField = `${list}.${row.key}.competenceId`;
          const levelField = `${list}.${row.key}.level`;
          return (
            <li key={row.key} className="appraisal-row">
              <Field
                id={fieldId(competenceField)}
                label={
                  <>
                    {t('appraisals.form.competence')}
                    <span className="visually-hidden">{t('appraisals.form.rowSuffix', { n })}</span>
                  </>
                }
                errors={errorsFor(competenceField)}
              >
                {(control) => (
                  <CompetenceSelect
                    control={control}
                    index={index}
                    value={row.competenceId}
                    required
                    placeholder={t('appraisals.form.chooseCompetence')}
                    onChange={(competenceId) => onChange(row.key, { competenceId })}
                  />
                )}
              </Field>
              <Field
                id={fieldId(levelField)}
                label={
                  <>
                    {t(`appraisals.form.${list}.level`)}
                    <span className="visually-hidden">{t('appraisals.form.rowSuffix', { n })}</span>
                  </>
                }
                errors={errorsFor(levelField)}
              >
                {(control) => (
                  <LevelSelect
                    control={control}
                    index={index}
                    competenceId={row.competenceId}
                    value={row.level}
                    descriptionId={`${fieldId(levelField)}-description`}
                    onChange={(level) => onChange(row.key, { level })}
                  />
                )}
              </Field>
              {'leaderConfirms' in row ? (
                <div className="check appraisal-row__check">
                  <input
                    id={fieldId(`${list}.${row.key}.leaderConfirms`)}
                    type="checkbox"
                    checked={row.leaderConfirms}
                    onChange={(event) =>
                      onChange(row.key, { leaderConfirms: event.target.checked })
                    }
                  />
                  <label htmlFor={fieldId(`${list}.${row.key}.leaderConfirms`)}>
                    {t('appraisals.form.selfDeclarations.confirm')}
                    <span className="visually-hidden">{t('appraisals.form.rowSuffix', { n })}</span>
                  </label>
                </div>
              ) : null}
              <button
                type="button"
                className="button button--secondary button--small appraisal-row__remove"
                onClick={() => onRemove(row.key)}
              >
                {t('appraisals.form.remove')}{' '}
                <span className="visually-hidden">
                  {name
                    ? t('appraisals.form.removeNamed', { n, name })
                    : t('appraisals.form.removeRow', { n })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <button
        id={fieldId(`${list}.add`)}
        type="button"
        className="button button--secondary"
        onClick={onAdd}
      >
        {t(`appraisals.form.${list}.add`)}
      </button>
    </>
  );
}
