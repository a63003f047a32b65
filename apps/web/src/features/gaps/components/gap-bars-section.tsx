import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapFilter, Measure } from '@web/gql/graphql';
import { formatInteger, formatPercent } from '@web/shared/format';
import { EmptyState, QueryPending, TableScroll } from '@web/shared/ui';
import { useGapAnalysis } from '../hooks/use-gap-queries';
import { formatAmount } from '../utils/amount';
import { exportTable, percentNumber, type ExportColumn } from '../utils/export-table';
import { hiddenReasons } from '../utils/figure';
import { gapBarGroups, type BarCell, type BarRow } from '../utils/gap-bars';
import { HORIZONS } from '../utils/gap-filters';
import { ExportButtons } from './export-buttons';
import { HiddenNote, HiddenText, Value } from './figure-text';
import { GapBarsChart } from './gap-bars-chart';
import { GapSection } from './gap-section';
import { ChartOrTable } from './view-toggle';

/** The chart shows this many competences per measure; the table shows them all. */
export const BARS_IN_CHART = 12;

interface GapBarsSectionProps {
  filter: GapFilter;
  fileParts: readonly string[];
}

/** Bars of gap against what is required per competence, now, in one year and in three. */
export function GapBarsSection({ filter, fileParts }: GapBarsSectionProps) {
  const { t } = useTranslation();
  const analysis = useGapAnalysis(filter);
  const groups = useMemo(() => gapBarGroups(analysis.data?.totals ?? []), [analysis.data]);

  const columns = useMemo<ExportColumn<BarRow>[]>(() => {
    const hidden = t('gaps.hidden');
    const horizonColumns = HORIZONS.flatMap((horizon): ExportColumn<BarRow>[] => {
      const label = t(`gaps.horizon.${horizon}`);
      const cell = (row: BarRow) => row.cells[horizon];
      return [
        {
          header: t('gaps.export.requiredAt', { horizon: label }),
          value: (row) => cell(row)?.required ?? null,
        },
        {
          header: t('gaps.export.gapAt', { horizon: label }),
          value: (row) => (cell(row)?.hidden ? hidden : (cell(row)?.gap ?? null)),
        },
        {
          header: t('gaps.export.coverageAt', { horizon: label }),
          value: (row) => {
            const found = cell(row);
            if (found?.hidden) return hidden;
            return found?.coverage === null || found?.coverage === undefined
              ? null
              : percentNumber(found.coverage);
          },
        },
      ];
    });
    return [
      { header: t('gaps.table.competence'), value: (row) => row.name },
      { header: t('gaps.table.measure'), value: (row) => t(`gaps.measure.${row.measure}`) },
      { header: t('gaps.table.priority'), value: (row) => t(`gaps.priority.${row.priority}`) },
      ...horizonColumns,
    ];
  }, [t]);

  const rows = groups.flatMap((group) => group.rows);
  const table = exportTable(t('gaps.bars.title'), columns, rows);

  let content;
  if (analysis.data) {
    content =
      groups.length === 0 ? (
        <EmptyState>{t('gaps.empty')}</EmptyState>
      ) : (
        groups.map((group) => (
          <div key={group.measure} className="gap-subsection">
            <h3>{t(`gaps.bars.heading.${group.measure}`)}</h3>
            {group.rows.length > BARS_IN_CHART ? (
              <p className="muted">
                {t('gaps.bars.limited', {
                  shown: formatInteger(BARS_IN_CHART),
                  total: formatInteger(group.rows.length),
                })}
              </p>
            ) : null}
            <ChartOrTable
              chart={
                <GapBarsChart rows={group.rows.slice(0, BARS_IN_CHART)} measure={group.measure} />
              }
              table={<GapBarsTable rows={group.rows} measure={group.measure} />}
            />
          </div>
        ))
      );
  } else {
    content = <QueryPending query={analysis} loadingLabel={t('gaps.loading')} />;
  }

  return (
    <GapSection
      id="gap-bars"
      title={t('gaps.bars.title')}
      intro={t('gaps.bars.intro')}
      busy={analysis.isFetching}
      tools={
        rows.length > 0 ? (
          <ExportButtons table={table} fileParts={[t('gaps.bars.file'), ...fileParts]} />
        ) : null
      }
    >
      {content}
    </GapSection>
  );
}

function GapBarsTable({ rows, measure }: { rows: readonly BarRow[]; measure: Measure }) {
  const { t } = useTranslation();
  const caption = t('gaps.bars.tableCaption', { measure: t(`gaps.measure.${measure}`) });
  const reasons = hiddenReasons(
    rows.flatMap((row) =>
      HORIZONS.map((horizon) => {
        const cell = row.cells[horizon];
        return cell?.hidden ? { value: null, suppressed: true, reason: cell.reason } : null;
      }),
    ),
  );
  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('gaps.table.competence')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('gaps.table.priority')}
              </th>
              {HORIZONS.map((horizon) => (
                <th key={horizon} scope="colgroup" colSpan={3} className="data-table__group">
                  {t(`gaps.horizon.${horizon}`)}
                </th>
              ))}
            </tr>
            <tr>
              {HORIZONS.map((horizon) => (
                <BarHeaderCells key={horizon} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <td>{t(`gaps.priority.${row.priority}`)}</td>
                {HORIZONS.map((horizon) => (
                  <BarCells key={horizon} cell={row.cells[horizon]} measure={measure} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <HiddenNote reasons={reasons} />
    </>
  );
}

function BarHeaderCells() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col" className="data-table__numeric">
        {t('gaps.table.required')}
      </th>
      <th scope="col" className="data-table__numeric">
        {t('gaps.table.gap')}
      </th>
      <th scope="col" className="data-table__numeric">
        {t('gaps.table.coverage')}
      </th>
    </>
  );
}

function BarCells({ cell, measure }: { cell: BarCell | undefined; measure: Measure }) {
  const { t } = useTranslation();
  if (!cell) {
    return (
      <td colSpan={3} className="muted">
        {t('gaps.bars.notRequired')}
      </td>
    );
  }
  return (
    <>
      <td className="data-table__numeric">{formatAmount(cell.required, measure)}</td>
      <td className="data-table__numeric">
        {cell.hidden ? (
          <HiddenText reason={cell.reason} />
        ) : (
          <Value text={formatAmount(cell.gap, measure)} rounded={cell.rounded} />
        )}
      </td>
      <td className="data-table__numeric">
        {cell.hidden ? (
          <HiddenText reason={cell.reason} />
        ) : (
          <Value text={formatPercent(cell.coverage)} rounded={cell.rounded} />
        )}
      </td>
    </>
  );
}
