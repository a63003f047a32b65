import type { ReactNode } from 'react';
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
import type { DeleteTarget } from '../hooks/use-requirement-mutations';
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

/** What both kinds of requirement row have. */
interface SharedRow {
  id: string;
  version: number;
  unitId: string;
  municipalityId: string;
  unit: { name: string };
  horizon: string;
  horizonDate: string;
  priority: 'CRITICAL' | 'IMPORTANT' | 'DESIRABLE';
  rationaleKind: 'LAW' | 'NATIONAL_GUIDELINE' | 'LOCAL_GOAL';
  rationale: string;
  reference: string | null;
}

/** What sets one kind of requirement table apart from the other. */
interface TableKind<Row> {
  caption: string;
  nameHeader: string;
  /** What the row asks for: a competence, or a profession. */
  name: (row: Row) => string;
  /** The amounts, after the unit column. */
  amounts: ReadonlyArray<{ header: string; value: (row: Row) => ReactNode }>;
  editPath: (id: string) => string;
  deleteKind: DeleteTarget['kind'];
}

/** A table of requirements of one kind, with actions where the user may change them. */
function RequirementRowsTable<Row extends SharedRow>({
  rows,
  changeOptions,
  onDeleted,
  unitLabel,
  selectedUnitId,
  kind,
}: TableProps<Row> & { kind: TableKind<Row> }) {
  const { t } = useTranslation();
  const showUnit = rows.some((row) => row.unitId !== selectedUnitId);
  const anyChangeable = rows.some((row) => canChangeUnit(changeOptions, row.unitId));
  return (
    <TableScroll label={kind.caption}>
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{kind.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{kind.nameHeader}</th>
            {showUnit ? <th scope="col">{t('requirements.table.unit')}</th> : null}
            {kind.amounts.map((amount) => (
              <th key={amount.header} scope="col" className="data-table__numeric">
                {amount.header}
              </th>
            ))}
            <th scope="col">{t('requirements.table.horizon')}</th>
            <th scope="col">{t('requirements.table.priority')}</th>
            <th scope="col">{t('requirements.table.rationale')}</th>
            {anyChangeable ? <th scope="col">{t('requirements.table.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = kind.name(row);
            const label = t('requirements.list.rowLabel', {
              competence: name,
              unit: row.unit.name,
            });
            return (
              <tr key={row.id}>
                <th scope="row">{name}</th>
                {showUnit ? <td>{unitLabel(row.unit, row.municipalityId)}</td> : null}
                {kind.amounts.map((amount) => (
                  <td key={amount.header} className="data-table__numeric">
                    {amount.value(row)}
                  </td>
                ))}
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
                          to={kind.editPath(row.id)}
                          className="button button--small button--secondary"
                          aria-label={t('requirements.list.editLabel', { label })}
                        >
                          {t('requirements.list.edit')}
                        </Link>
                        <DeleteRequirementButton
                          target={{ kind: kind.deleteKind, id: row.id, version: row.version }}
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

/** The competence requirements, with actions where the user may change them. */
export function RequirementTable(props: TableProps<RequirementFieldsFragment>) {
  const { t } = useTranslation();
  return (
    <RequirementRowsTable
      {...props}
      kind={{
        caption: t('requirements.list.competenceCaption'),
        nameHeader: t('requirements.table.competence'),
        name: (row) => row.competence.name,
        amounts: [
          { header: t('requirements.table.minLevel'), value: (row) => row.minLevel },
          {
            header: t('requirements.table.required'),
            value: (row) =>
              t(`requirements.amount.${row.measure}`, {
                amount: formatAmount(row.required, row.measure),
              }),
          },
        ],
        editPath: editRequirementPath,
        deleteKind: 'requirement',
      }}
    />
  );
}

/** Staffing requirements (årsverk per profession), with the same actions. */
export function StaffingTable(props: TableProps<StaffingRequirementFieldsFragment>) {
  const { t } = useTranslation();
  return (
    <RequirementRowsTable
      {...props}
      kind={{
        caption: t('requirements.list.staffingCaption'),
        nameHeader: t('requirements.table.profession'),
        name: (row) =>
          t('requirements.professionOption', {
            code: row.professionCode,
            name: row.professionName ?? row.professionCode,
          }),
        amounts: [
          {
            header: t('requirements.table.fte'),
            value: (row) => formatAmount(row.requiredFte, 'FTE'),
          },
        ],
        editPath: editStaffingPath,
        deleteKind: 'staffing',
      }}
    />
  );
}
