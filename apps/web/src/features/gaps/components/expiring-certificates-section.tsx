import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { ExpiringCertificatesFilter, ExpiringCertificatesQuery } from '@web/gql/graphql';
import { formatDate, formatInteger } from '@web/shared/format';
import { EmptyState, QueryPending, TableScroll } from '@web/shared/ui';
import { useExpiringCertificates } from '../hooks/use-gap-queries';
import { exportTable, figureCell, type ExportColumn } from '../utils/export-table';
import { hiddenReasons, visibleValue, type FigureLike } from '../utils/figure';
import { formatYearMonth } from '../utils/months';
import { BAR_COLOR } from './chart-patterns';
import { ExportButtons } from './export-buttons';
import { FigureText, HiddenNote } from './figure-text';
import { GapSection } from './gap-section';
import { useMeasureAction } from './measure-action';

type Expiring = ExpiringCertificatesQuery['expiringCertificates'];

interface ExportRow {
  name: string;
  cells: readonly FigureLike[];
  total: FigureLike;
}

interface ExpiringCertificatesSectionProps {
  filter: ExpiringCertificatesFilter;
  /** Across the region, units are named with their municipality (names repeat between them). */
  municipalityNames: ReadonlyMap<string, string> | null;
  fileParts: readonly string[];
}

/** Certificates of current staff expiring in each of the next twelve months, per unit. */
export function ExpiringCertificatesSection({
  filter,
  municipalityNames,
  fileParts,
}: ExpiringCertificatesSectionProps) {
  const { t } = useTranslation();
  const unitName = (unit: Expiring['rows'][number]['unit']) => {
    const municipality = municipalityNames?.get(unit.municipalityId);
    return municipality
      ? t('gaps.expiring.unitInMunicipality', { unit: unit.name, municipality })
      : unit.name;
  };
  const expiring = useExpiringCertificates(filter);
  const data = expiring.data;
  const monthNames = t('gaps.monthsShort').split(',');
  const month = (value: string) => formatYearMonth(value, monthNames);

  const exportRows = useMemo<ExportRow[]>(
    () =>
      data
        ? [
            ...data.rows.map((row) => ({
              name: unitName(row.unit),
              cells: row.cells,
              total: row.total,
            })),
            { name: t('gaps.expiring.allUnits'), cells: data.monthTotals, total: data.total },
          ]
        : [],
    // unitName depends only on t and the names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, t, municipalityNames],
  );
  const columns: ExportColumn<ExportRow>[] = data
    ? [
        { header: t('gaps.table.unit'), value: (row) => row.name },
        ...data.months.map((value, index): ExportColumn<ExportRow> => ({
          header: month(value),
          value: (row) => figureCell(row.cells[index], t('gaps.hidden')),
        })),
        {
          header: t('gaps.expiring.total'),
          value: (row) => figureCell(row.total, t('gaps.hidden')),
        },
      ]
    : [];

  let content;
  if (data) {
    content =
      data.rows.length === 0 ? (
        <EmptyState>{t('gaps.expiring.empty')}</EmptyState>
      ) : (
        <>
          <ExpiringChart data={data} month={month} />
          <ExpiringTable data={data} month={month} unitName={unitName} />
        </>
      );
  } else {
    content = <QueryPending query={expiring} loadingLabel={t('gaps.loading')} />;
  }

  return (
    <GapSection
      id="gap-expiring"
      title={t('gaps.expiring.title')}
      intro={
        data
          ? t('gaps.expiring.intro', { from: formatDate(data.from), to: formatDate(data.to) })
          : undefined
      }
      busy={expiring.isFetching}
      tools={
        data && data.rows.length > 0 ? (
          <ExportButtons
            table={exportTable(t('gaps.expiring.title'), columns, exportRows)}
            fileParts={[t('gaps.expiring.file'), ...fileParts]}
          />
        ) : null
      }
    >
      {content}
    </GapSection>
  );
}

function ExpiringChart({ data, month }: { data: Expiring; month: (value: string) => string }) {
  const { t } = useTranslation();
  const points = data.months.map((value, index) => ({
    month: month(value),
    expiring: visibleValue(data.monthTotals[index]) ?? 0,
    hidden: !!data.monthTotals[index]?.suppressed,
  }));
  return (
    <figure className="gap-chart">
      <figcaption className="gap-chart__caption">{t('gaps.expiring.chartCaption')}</figcaption>
      <div role="img" aria-label={t('gaps.expiring.chartLabel')} className="gap-chart__plot">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart
            data={points}
            margin={{ top: 24, right: 16, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="#d5dce3" />
            <XAxis dataKey="month" stroke="#4a5563" interval={0} fontSize={12} />
            <YAxis
              allowDecimals={false}
              tickFormatter={formatInteger}
              stroke="#4a5563"
              width={48}
            />
            <Bar dataKey="expiring" fill={BAR_COLOR} isAnimationActive={false}>
              <LabelList
                dataKey="expiring"
                content={({ x, y, width, index }) => {
                  const point = typeof index === 'number' ? points[index] : undefined;
                  if (!point) return null;
                  return (
                    <text
                      x={Number(x) + Number(width) / 2}
                      y={Number(y) - 6}
                      textAnchor="middle"
                      fill="#1f2933"
                      fontSize={12}
                    >
                      {point.hidden ? t('gaps.hidden') : formatInteger(point.expiring)}
                    </text>
                  );
                }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function ExpiringTable({
  data,
  month,
  unitName,
}: {
  data: Expiring;
  month: (value: string) => string;
  unitName: (unit: Expiring['rows'][number]['unit']) => string;
}) {
  const { t } = useTranslation();
  const caption = t('gaps.expiring.tableCaption');
  const makeMeasure = useMeasureAction();
  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table data-table--compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.table.unit')}</th>
              {data.months.map((value) => (
                <th key={value} scope="col" className="data-table__numeric">
                  {month(value)}
                </th>
              ))}
              <th scope="col" className="data-table__numeric">
                {t('gaps.expiring.total')}
              </th>
              {makeMeasure ? <th scope="col">{t('gaps.table.action')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.unitId}>
                <th scope="row">{unitName(row.unit)}</th>
                {row.cells.map((cell, index) => (
                  <td key={data.months[index]} className="data-table__numeric">
                    <FigureText figure={cell} format={formatInteger} />
                  </td>
                ))}
                <td className="data-table__numeric">
                  <FigureText figure={row.total} format={formatInteger} />
                </td>
                {makeMeasure ? (
                  <td>
                    {(visibleValue(row.total) ?? 0) > 0
                      ? makeMeasure(
                          {
                            kind: 'certificates',
                            unitId: row.unitId,
                            municipalityId: row.unit.municipalityId,
                          },
                          t('gaps.expiring.makeMeasureLabel', { unit: unitName(row.unit) }),
                        )
                      : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('gaps.expiring.allUnits')}</th>
              {data.monthTotals.map((cell, index) => (
                <td key={data.months[index]} className="data-table__numeric">
                  <FigureText figure={cell} format={formatInteger} />
                </td>
              ))}
              <td className="data-table__numeric">
                <FigureText figure={data.total} format={formatInteger} />
              </td>
              {makeMeasure ? <td /> : null}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <HiddenNote
        reasons={hiddenReasons([
          ...data.rows.flatMap((row) => [...row.cells, row.total]),
          ...data.monthTotals,
          data.total,
        ])}
      />
    </>
  );
}
