import { useTranslation } from 'react-i18next';
import { Field } from '@web/shared/forms';
import type { TeachingTopicRow } from '../utils/appraisal-form-values';
import { competenceName } from '../utils/competence-index';
import { CompetenceSelect } from './competence-select';
import type { FormContext } from './form-context';

interface TeachingRowsProps {
  rows: readonly TeachingTopicRow[];
  context: FormContext;
  onChange: (key: string, patch: Partial<TeachingTopicRow>) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
}

/** Topics (catalogue competences) the employee could teach or guide others in. */
export function TeachingRows({ rows, context, onChange, onAdd, onRemove }: TeachingRowsProps) {
  const { t } = useTranslation();
  const { fieldId, errorsFor, index } = context;
  return (
    <>
      {rows.length === 0 ? (
        <p className="muted">{t('appraisals.form.teachingTopics.empty')}</p>
      ) : null}
      <ol className="appraisal-rows">
        {rows.map((row, position) => {
          const n = position + 1;
          const field = `teachingTopics.${row.key}.competenceId`;
          const name = competenceName(index, row.competenceId);
          return (
            <li key={row.key} className="appraisal-row appraisal-row--single">
              <Field
                id={fieldId(field)}
                label={
                  <>
                    {t('appraisals.form.teachingTopics.topic')}
                    <span className="visually-hidden">{t('appraisals.form.rowSuffix', { n })}</span>
                  </>
                }
                errors={errorsFor(field)}
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
        id={fieldId('teachingTopics.add')}
        type="button"
        className="button button--secondary"
        onClick={onAdd}
      >
        {t('appraisals.form.teachingTopics.add')}
      </button>
    </>
  );
}
