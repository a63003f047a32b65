import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { buildUnitTree, flattenUnitTree, useMunicipalities } from '@web/features/organisation';
import { PickerForm } from '@web/shared/forms';
import { appraisalStatisticsPath } from '../utils/appraisal-paths';
import {
  scopeChoiceValue,
  scopeFromChoice,
  scopeToSearch,
  type StatisticsScope,
} from '../utils/statistics-scope';

/** Region, a municipality or a unit; applied with a button (the address keeps the choice). */
export function StatisticsScopePicker({ scope }: { scope: StatisticsScope }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const current = scopeChoiceValue(scope);
  const [value, setValue] = useState(current);
  const [shown, setShown] = useState(current);
  // The address changed (back button, menu): the picker follows it.
  if (shown !== current) {
    setShown(current);
    setValue(current);
  }

  return (
    <PickerForm
      label={t('appraisals.statistics.scopeLabel')}
      className="scope-picker"
      select={{
        id: `${id}-scope`,
        label: t('appraisals.statistics.scope'),
        value,
        onChange: setValue,
      }}
      choices={municipalities}
      applyLabel={t('appraisals.statistics.show')}
      onApply={() => void navigate(appraisalStatisticsPath(scopeToSearch(scopeFromChoice(value))))}
    >
      <option value="region">{t('appraisals.statistics.region')}</option>
      {(municipalities.data ?? []).map((municipality) => (
        <optgroup key={municipality.id} label={municipality.name}>
          <option value={`kommune:${municipality.id}`}>
            {t('appraisals.statistics.wholeMunicipality', { name: municipality.name })}
          </option>
          {flattenUnitTree(buildUnitTree(municipality.units)).map((node) => (
            <option key={node.unit.id} value={`enhet:${node.unit.id}`}>
              {`${'\u00a0\u00a0'.repeat(node.depth + 1)}${node.unit.name}`}
            </option>
          ))}
        </optgroup>
      ))}
      {/* A scope from the address that the list does not (yet) hold stays selectable. */}
      {municipalities.data && !hasChoice(municipalities.data, value) ? (
        <option value={value}>{t('appraisals.statistics.chosenScope')}</option>
      ) : null}
    </PickerForm>
  );
}

function hasChoice(
  municipalities: ReadonlyArray<{ id: string; units: ReadonlyArray<{ id: string }> }>,
  value: string,
): boolean {
  if (value === 'region') return true;
  return municipalities.some(
    (municipality) =>
      value === `kommune:${municipality.id}` ||
      municipality.units.some((unit) => value === `enhet:${unit.id}`),
  );
}
