import { useTranslation } from 'react-i18next';
import { Field } from '@web/shared/forms';
import type { ActionRow } from '../utils/appraisal-form-values';
import { CompetenceSelect } from './competence-select';
import type { FormContext } from './form-context';

interface ActionRowsProps {
  rows: readonly ActionRow[];
  context: FormContext;
  onChange: (key: string, patch: Partial<ActionRow>) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
}

/** What the leader and the employee agreed to do, by when, and for which competence. */
export function ActionRows({ rows, context, onChange, onAdd, onRemove }: ActionRowsProps) {
  const { t } = useTranslation();
  const { fieldId, errorsFor, index } = context;
  return (
    <>
      {rows.length === 0 ? (
        <p className="muted">{t('appraisals.form.agreedActions.empty')}</p>
      ) : null}
      <ol className="appraisal-rows">
        {rows.map((row, position) => {
          const n = position + 1;
          const suffix = (
            <span className="visually-hidden">{t('appraisals.form.rowSuffix', { n })}</span>
          );
          const field = (name: string) => `agreedActions.${row.key}.${name}`;
          return (
            <li key={row.key} className="appraisal-row appraisal-row--action">
              <Field
                id={fieldId(field('description'))}
                className="appraisal-row__wide"
                label={
                  <>
                    {t('appraisals.form.agreedActions.description')}
                    {suffix}
                  </>
                }
                errors={errorsFor(field('description'))}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    maxLength={1000}
                    aria-required="true"
                    value={row.description}
                    onChange={(event) => onChange(row.key, { description: event.target.value })}
                  />
                )}
              </Field>
              <Field
                id={fieldId(field('dueOn'))}
                label={
                  <>
                    {t('appraisals.form.agreedActions.dueOn')}
                    {suffix}
                  </>
                }
                errors={errorsFor(field('dueOn'))}
              >
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={row.dueOn}
                    onChange={(event) => onChange(row.key, { dueOn: event.target.value })}
                  />
                )}
              </Field>
              <Field
                id={fieldId(field('competenceId'))}
                label={
                  <>
                    {t('appraisals.form.agreedActions.competence')}
                    {suffix}
                  </>
                }
                errors={errorsFor(field('competenceId'))}
              >
                {(control) => (
                  <CompetenceSelect
                    control={control}
                    index={index}
                    value={row.competenceId}
                    placeholder={t('appraisals.form.agreedActions.noCompetence')}
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
                  {row.description.trim()
                    ? t('appraisals.form.removeNamed', { n, name: row.description.trim() })
                    : t('appraisals.form.removeRow', { n })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <button
        id={fieldId('agreedActions.add')}
        type="button"
        className="button button--secondary"
        onClick={onAdd}
      >
        {t('appraisals.form.agreedActions.add')}
      </button>
    </>
  );
}
