import { useTranslation } from 'react-i18next';
import type { TeachingTopicRow } from '../utils/appraisal-form-values';
import { AppraisalRowList, RowCompetenceField, rowCompetenceName } from './appraisal-row-list';
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
  return (
    <AppraisalRowList
      list="teachingTopics"
      rows={rows}
      context={context}
      rowClassName="appraisal-row--single"
      rowName={(row) => rowCompetenceName(context, row.competenceId)}
      onAdd={onAdd}
      onRemove={onRemove}
    >
      {(row, n) => (
        <RowCompetenceField
          context={context}
          field={`teachingTopics.${row.key}.competenceId`}
          label={t('appraisals.form.teachingTopics.topic')}
          n={n}
          value={row.competenceId}
          required
          placeholder={t('appraisals.form.chooseCompetence')}
          onChange={(competenceId) => onChange(row.key, { competenceId })}
        />
      )}
    </AppraisalRowList>
  );
}
