import { useTranslation } from 'react-i18next';
import { CheckboxField, Field } from '@web/shared/forms';
import type { CompetenceLevelRow, SelfDeclarationRow } from '../utils/appraisal-form-values';
import {
  AppraisalRowList,
  RowCompetenceField,
  RowLabel,
  rowCompetenceName,
} from './appraisal-row-list';
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
 * assessment).
 */
export function LevelRows({ list, rows, context, onChange, onAdd, onRemove }: LevelRowsProps) {
  const { t } = useTranslation();
  const { fieldId, errorsFor, index } = context;
  return (
    <AppraisalRowList
      list={list}
      rows={rows}
      context={context}
      rowName={(row) => rowCompetenceName(context, row.competenceId)}
      onAdd={onAdd}
      onRemove={onRemove}
    >
      {(row, n) => {
        const levelField = `${list}.${row.key}.level`;
        const confirmId = fieldId(`${list}.${row.key}.leaderConfirms`);
        return (
          <>
            <RowCompetenceField
              context={context}
              field={`${list}.${row.key}.competenceId`}
              label={t('appraisals.form.competence')}
              n={n}
              value={row.competenceId}
              required
              placeholder={t('appraisals.form.chooseCompetence')}
              onChange={(competenceId) => onChange(row.key, { competenceId })}
            />
            <Field
              id={fieldId(levelField)}
              label={<RowLabel text={t(`appraisals.form.${list}.level`)} n={n} />}
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
              <CheckboxField
                id={confirmId}
                className="appraisal-row__check"
                label={<RowLabel text={t('appraisals.form.selfDeclarations.confirm')} n={n} />}
                checked={row.leaderConfirms}
                onChange={(leaderConfirms) => onChange(row.key, { leaderConfirms })}
              />
            ) : null}
          </>
        );
      }}
    </AppraisalRowList>
  );
}
