import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAmount, type ScopeOptions } from '@web/features/gaps';
import type {
  RequirementFieldsFragment,
  StaffingRequirementFieldsFragment,
} from '@web/gql/graphql';
import { formatDate } from '@web/shared/format';
import { TableScroll } from '@web/shared/ui';
import { canChangeUnit } from '../utils/requirement-access';
import { editRequirementPath, editStaffingPath } from '../utils/requirement-paths';
import { DeleteRequirementButton } from './delete-requirement-button';

interface TableProps<Row> {
  rows: readonly Row[];
  changeOptions: ScopeOptions;
  onDeleted: (label: string) => void;
  /** The unit as the table names it (with its municipality when the list spans several). */
  unitLabel: (unit: { name: string }, municipalityId: string) => string;
  /** The unit the list is for; its own rows need no unit column. */
  selectedUnitId: string;
}

function HorizonText({ horizon, date }: { horizon: string; date: string }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`gaps.horizon.${horizon as 'NOW'}`)}
      <span className="muted"> ({formatDate(date)})</span>
    </>
  );
}

function Rationale({
  kind,
  text,
  reference,
}: {
  kind: 'LAW' | 'NATIONAL_GUIDELINE' | 'LOCAL_GOAL';
  text: string;
  reference: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span className="requirement-rationale__kind">{t(`requirements.rationaleKind.${kind}`)}</span>
      {reference ? <span className="requirement-rationale__reference">{reference}</span> : null}
      {text ? <span className="requirement-rationale__text">{text}</span> : null}
    </>
  );
}

/** The competence requirements, with actions where the user may change them. */
export function RequirementTable({
  rows,
  changeOptions,
  onDeleted,
  unitLabel,
  selectedUnitId,
}: TableProps<RequirementFieldsFragment>) {
  const { t } = useTranslation();
  const showUnit = rows.some((row) => row.unitId !== selectedUnitId);
  const anyChangeable = rows.some((row) => canChangeUnit(changeOptions, row.unitId));
  const caption = t('requirements.list.competenceCaption');
  return (
    <TableScroll label={caption}>
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('requirements.table.competence')}</th>
            {showUnit ? <th scope="col">{t('requirements.table.unit')}</th> : null}
            <th scope="col" className="data-table__numeric">
              {t('requirements.table.minLevel')}
            </th>
            <th scope="col" className="data-table__numeric">
              {t('requirements.table.required')}
            </th>
            <th scope="col">{t('requirements.table.horizon')}</th>
            <th scope="col">{t('requirements.table.priority')}</th>
            <th scope="col">{t('requirements.table.rationale')}</th>
            {anyChangeable ? <th scope="col">{t('requirements.table.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const label = t('requirements.list.rowLabel', {
              competence: row.competence.name,
              unit: row.unit.name,
            });
            return (
              <tr key={row.id}>
                <th scope="row">{row.competence.name}</th>
                {showUnit ? <td>{unitLabel(row.unit, row.municipalityId)}</td> : null}
                <td className="data-table__numeric">{row.minLevel}</td>
                <td className="data-table__numeric">
                  {t(`requirements.amount.${row.measure}`, {
                    amount: formatAmount(row.required, row.measure),
                  })}
                </td>
                <td>
                  <HorizonText horizon={row.horizon} date={row.horizonDate} />
                </td>
                <td>{t(`gaps.priority.${row.priority}`)}</td>
                <td className="requirement-rationale">
                  <Rationale
                    kind={row.rationaleKind}
                    text={row.rationale}
                    reference={row.reference}
                  />
                </td>
                {anyChangeable ? (
                  <td>
                    {canChangeUnit(changeOptions, row.unitId) ? (
                      <div className="row-actions">
                        <Link
                          to={editRequirementPath(row.id)}
                          className="button button--small button--secondary"
                          aria-label={t('requirements.list.editLabel', { label })}
                        >
                          {t('requirements.list.edit')}
                        </Link>
                        <DeleteRequirementButton
                          target={{ kind: 'requirement', id: row.id, version: row.version }}
                          label={label}
                          onDeleted={() => onDeleted(label)}
                        />
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Staffing requirements (årsverk per profession), with the same actions. */
export function StaffingTable({
  rows,
  changeOptions,
  onDeleted,
  unitLabel,
  selectedUnitId,
}: TableProps<StaffingRequirementFieldsFragment>) {
  const { t } = useTranslation();
  const showUnit = rows.some((row) => row.unitId !== selectedUnitId);
  const anyChangeable = rows.some((row) => canChangeUnit(changeOptions, row.unitId));
  const caption = t('requirements.list.staffingCaption');
  return (
    <TableScroll label={caption}>
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('requirements.table.profession')}</th>
            {showUnit ? <th scope="col">{t('requirements.table.unit')}</th> : null}
            <th scope="col" className="data-table__numeric">
              {t('requirements.table.fte')}
            </th>
            <th scope="col">{t('requirements.table.horizon')}</th>
            <th scope="col">{t('requirements.table.priority')}</th>
            <th scope="col">{t('requirements.table.rationale')}</th>
            {anyChangeable ? <th scope="col">{t('requirements.table.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const profession = t('requirements.professionOption', {
              code: row.professionCode,
              name: row.professionName ?? row.professionCode,
            });
            const label = t('requirements.list.rowLabel', {
              competence: profession,
              unit: row.unit.name,
            });
            return (
              <tr key={row.id}>
                <th scope="row">{profession}</th>
                {showUnit ? <td>{unitLabel(row.unit, row.municipalityId)}</td> : null}
                <td className="data-table__numeric">{formatAmount(row.requiredFte, 'FTE')}</td>
                <td>
                  <HorizonText horizon={row.horizon} date={row.horizonDate} />
                </td>
                <td>{t(`gaps.priority.${row.priority}`)}</td>
                <td className="requirement-rationale">
                  <Rationale
                    kind={row.rationaleKind}
                    text={row.rationale}
                    reference={row.reference}
                  />
                </td>
                {anyChangeable ? (
                  <td>
                    {canChangeUnit(changeOptions, row.unitId) ? (
                      <div className="row-actions">
                        <Link
                          to={editStaffingPath(row.id)}
                          className="button button--small button--secondary"
                          aria-label={t('requirements.list.editLabel', { label })}
                        >
                          {t('requirements.list.edit')}
                        </Link>
                        <DeleteRequirementButton
                          target={{ kind: 'staffing', id: row.id, version: row.version }}
                          label={label}
                          onDeleted={() => onDeleted(label)}
                        />
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
