import { useTranslation } from 'react-i18next';
import type { GapFilter, StaffingGapsQuery } from '@web/gql/graphql';
import { formatInteger, formatPercent } from '@web/shared/format';
import { EmptyState, QueryPending, TableScroll } from '@web/shared/ui';
import { useStaffingGaps } from '../hooks/use-gap-queries';
import { formatAmount } from '../utils/amount';
import { exportTable, figureCell, percentNumber, type ExportColumn } from '../utils/export-table';
import { hiddenReasons } from '../utils/figure';
import { ExportButtons } from './export-buttons';
import { FigureText, HiddenNote } from './figure-text';
import { GapSection } from './gap-section';

type StaffingRow = StaffingGapsQuery['staffingGaps'][number];

interface StaffingSectionProps {
  /** The scope (every horizon: a requirement shows at each horizon on or after its own). */
  filter: GapFilter;
  /** Across the region, units are named with their municipality (names repeat between them). */
  showMunicipality: boolean;
  fileParts: readonly string[];
}

const fte = (value: number) => formatAmount(value, 'FTE');

/**
 * Staffing: årsverk of each profession a unit needs against the staff still there at each
 * horizon (people reaching retirement age before it left out), biggest gaps first.
 */
export function StaffingSection({ filter, showMunicipality, fileParts }: StaffingSectionProps) {
  const { t } = useTranslation();
  const staffing = useStaffingGaps(filter);
  const rows = staffing.data;
  const hidden = t('gaps.hidden');

  const columns: ExportColumn<StaffingRow>[] = [
    { header: t('gaps.table.unit'), value: (row) => row.unit.name },
    ...(showMunicipality
      ? [
          {
            header: t('gaps.table.municipality'),
            value: (row: StaffingRow) => row.municipality.name,
          },
        ]
      : []),
    {
      header: t('gaps.staffing.profession'),
      value: (row) => row.professionName ?? row.professionCode,
    },
    { header: t('gaps.staffing.horizon'), value: (row) => t(`gaps.horizon.${row.horizon}`) },
    { header: t('gaps.table.priority'), value: (row) => t(`gaps.priority.${row.priority}`) },
    { header: t('gaps.staffing.required'), value: (row) => row.requiredFte },
    { header: t('gaps.staffing.staff'), value: (row) => figureCell(row.staffFte, hidden) },
    { header: t('gaps.table.people'), value: (row) => figureCell(row.staffHeadcount, hidden) },
    { header: t('gaps.staffing.gap'), value: (row) => figureCell(row.gap, hidden) },
    {
      header: t('gaps.staffing.coveragePercent'),
      value: (row) => figureCell(row.coverage, hidden, percentNumber),
    },
  ];

  let content;
  if (rows) {
    content =
      rows.length === 0 ? (
        <EmptyState>{t('gaps.staffing.empty')}</EmptyState>
      ) : (
        <>
          <TableScroll label={t('gaps.staffing.caption')}>
            <table className="data-table">
              <caption>{t('gaps.staffing.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('gaps.table.unit')}</th>
                  {showMunicipality ? <th scope="col">{t('gaps.table.municipality')}</th> : null}
                  <th scope="col">{t('gaps.staffing.profession')}</th>
                  <th scope="col">{t('gaps.staffing.horizon')}</th>
                  <th scope="col">{t('gaps.table.priority')}</th>
                  <th scope="col" className="data-table__numeric">
                    {t('gaps.staffing.required')}
                  </th>
                  <th scope="col" className="data-table__numeric">
                    {t('gaps.staffing.staff')}
                  </th>
                  <th scope="col" className="data-table__numeric">
                    {t('gaps.table.people')}
                  </th>
                  <th scope="col" className="data-table__numeric">
                    {t('gaps.staffing.gap')}
                  </th>
                  <th scope="col" className="data-table__numeric">
                    {t('gaps.table.coverage')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.staffingRequirementId}|${row.horizon}`}>
                    <th scope="row">{row.unit.name}</th>
                    {showMunicipality ? <td>{row.municipality.name}</td> : null}
                    <td>{row.professionName ?? row.professionCode}</td>
                    <td>{t(`gaps.horizon.${row.horizon}`)}</td>
                    <td>{t(`gaps.priority.${row.priority}`)}</td>
                    <td className="data-table__numeric">{fte(row.requiredFte)}</td>
                    <td className="data-table__numeric">
                      <FigureText figure={row.staffFte} format={fte} />
                    </td>
                    <td className="data-table__numeric">
                      <FigureText figure={row.staffHeadcount} format={formatInteger} />
                    </td>
                    <td className="data-table__numeric">
                      <FigureText figure={row.gap} format={fte} />
                    </td>
                    <td className="data-table__numeric">
                      <FigureText figure={row.coverage} format={(value) => formatPercent(value)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <HiddenNote reasons={hiddenReasons(rows.map((row) => row.staffFte))} />
        </>
      );
  } else {
    content = <QueryPending query={staffing} loadingLabel={t('gaps.loading')} />;
  }

  return (
    <GapSection
      id="gap-staffing"
      title={t('gaps.staffing.title')}
      intro={t('gaps.staffing.intro')}
      busy={staffing.isFetching}
      tools={
        rows && rows.length > 0 ? (
          <ExportButtons
            table={exportTable(t('gaps.staffing.title'), columns, rows)}
            fileParts={[t('gaps.staffing.file'), ...fileParts]}
          />
        ) : null
      }
    >
      {content}
    </GapSection>
  );
}
