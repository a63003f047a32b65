import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@web/shared/forms';
import { competenceName } from '../utils/competence-index';
import { CompetenceSelect } from './competence-select';
import type { FormContext } from './form-context';

/** The appraisal's lists of rows; each has its own empty text and add button. */
export type AppraisalList =
  | 'selfDeclarations'
  | 'developmentWishes'
  | 'leaderAssessments'
  | 'agreedActions'
  | 'teachingTopics';

interface AppraisalRowListProps<R extends { key: string }> {
  list: AppraisalList;
  rows: readonly R[];
  context: FormContext;
  /** Classes of each row beside "appraisal-row" (its grid). */
  rowClassName?: string;
  /** What the remove button names the row by (its competence, its description), if anything. */
  rowName: (row: R) => string;
  onAdd: () => void;
  onRemove: (key: string) => void;
  /** The row's fields. */
  children: (row: R, n: number) => ReactNode;
}

/**
 * One list of the appraisal form: numbered rows, each with a remove button that names it,
 * and an add button. Every control is a native one, so the keyboard and a tablet both work.
 */
export function AppraisalRowList<R extends { key: string }>({
  list,
  rows,
  context,
  rowClassName,
  rowName,
  onAdd,
  onRemove,
  children,
}: AppraisalRowListProps<R>) {
  const { t } = useTranslation();
  return (
    <>
      {rows.length === 0 ? <p className="muted">{t(`appraisals.form.${list}.empty`)}</p> : null}
      <ol className="appraisal-rows">
        {rows.map((row, position) => {
          const n = position + 1;
          const name = rowName(row);
          return (
            <li
              key={row.key}
              className={rowClassName ? `appraisal-row ${rowClassName}` : 'appraisal-row'}
            >
              {children(row, n)}
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
        id={context.fieldId(`${list}.add`)}
        type="button"
        className="button button--secondary"
        onClick={onAdd}
      >
        {t(`appraisals.form.${list}.add`)}
      </button>
    </>
  );
}

/** A row's label: what it is, and for screen readers which row ("rad 2"). */
export function RowLabel({ text, n }: { text: string; n: number }) {
  const { t } = useTranslation();
  return (
    <>
      {text}
      <span className="visually-hidden">{t('appraisals.form.rowSuffix', { n })}</span>
    </>
  );
}

/** The competence of a row, chosen from the catalogue grouped by area. */
export function RowCompetenceField({
  context,
  field,
  label,
  n,
  value,
  required = false,
  placeholder,
  onChange,
}: {
  context: FormContext;
  field: string;
  label: string;
  n: number;
  value: string;
  required?: boolean;
  placeholder: string;
  onChange: (competenceId: string) => void;
}) {
  return (
    <Field
      id={context.fieldId(field)}
      label={<RowLabel text={label} n={n} />}
      errors={context.errorsFor(field)}
    >
      {(control) => (
        <CompetenceSelect
          control={control}
          index={context.index}
          value={value}
          required={required}
          placeholder={placeholder}
          onChange={onChange}
        />
      )}
    </Field>
  );
}

/** The competence's name, for a remove button; '' when none is chosen. */
export function rowCompetenceName(context: FormContext, competenceId: string): string {
  return competenceName(context.index, competenceId) ?? '';
}
