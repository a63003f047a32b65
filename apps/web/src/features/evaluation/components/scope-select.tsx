import { useTranslation } from 'react-i18next';
import type { EvaluationScopeInput } from '@web/gql/graphql';
import { flattenUnitTree, buildUnitTree, useMunicipalities } from '@web/features/organisation';
import { SelectField } from '@web/shared/forms';

/** 'REGION', 'MUNICIPALITY:<id>' or 'UNIT:<id>' as one select value. */
export function scopeKey(scope: EvaluationScopeInput): string {
  return scope.level === 'REGION' ? 'REGION' : `${scope.level}:${scope.id ?? ''}`;
}

export function scopeFromKey(key: string): EvaluationScopeInput {
  const [level, id] = key.split(':');
  if (level === 'MUNICIPALITY' || level === 'UNIT') return { level, id };
  return { level: 'REGION', id: null };
}

interface ScopeSelectProps {
  value: EvaluationScopeInput;
  onChange: (scope: EvaluationScopeInput) => void;
}

/** The region, a municipality, or a unit of it (indented under its parent). */
export function ScopeSelect({ value, onChange }: ScopeSelectProps) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  return (
    <SelectField
      id="evaluation-scope"
      label={t('evaluation.scope')}
      value={scopeKey(value)}
      onChange={(key) => onChange(scopeFromKey(key))}
      choices={municipalities}
    >
      <option value="REGION">{t('evaluation.region')}</option>
      {(municipalities.data ?? []).map((municipality) => (
        <optgroup key={municipality.id} label={municipality.name}>
          <option value={`MUNICIPALITY:${municipality.id}`}>
            {t('evaluation.wholeMunicipality', { name: municipality.name })}
          </option>
          {flattenUnitTree(buildUnitTree(municipality.units)).map((node) => (
            <option key={node.unit.id} value={`UNIT:${node.unit.id}`}>
              {`${'\u00a0\u00a0'.repeat(node.depth + 1)}${node.unit.name}`}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
