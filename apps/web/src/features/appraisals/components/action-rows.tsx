import { useTranslation } from 'react-i18next';
import { Field } from '@web/shared/forms';
import type { ActionRow } from '../utils/appraisal-form-values';
import { AppraisalRowList, RowCompetenceField, RowLabel } from './appraisal-row-list';
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
  const { fieldId, errorsFor } = context;
  return (
    <AppraisalRowList
      list="agreedActions"
      rows={rows}
      context={context}
      rowClassName="appraisal-row--action"
      rowName={(row) => row.description.trim()}
      onAdd={onAdd}
      onRemove={onRemove}
    >
      {(row, n) => {
        const field = (name: string) => `agreedActions.${row.key}.${name}`;
        return (
          <>
            <Field
              id={fieldId(field('description'))}
              className="appraisal-row__wide"
              label={<RowLabel text={t('appraisals.form.agreedActions.description')} n={n} />}
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
              label={<RowLabel text={t('appraisals.form.agreedActions.dueOn')} n={n} />}
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
            <RowCompetenceField
              context={context}
              field={field('competenceId')}
              label={t('appraisals.form.agreedActions.competence')}
              n={n}
              value={row.competenceId}
              placeholder={t('appraisals.form.agreedActions.noCompetence')}
              onChange={(competenceId) => onChange(row.key, { competenceId })}
            />
          </>
        );
      }}
    </AppraisalRowList>
  );
}
