import { useId, useMemo, useState } from 'react';
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
import type { RetirementWaveFilter } from '@web/gql/graphql';
import { formatInteger } from '@web/shared/format';
import { EmptyState, QueryPending, TableScroll } from '@web/shared/ui';
import { useRetirementWave } from '../hooks/use-gap-queries';
import { exportTable, figureCell, type ExportColumn } from '../utils/export-table';
import { hiddenReasons } from '../utils/figure';
import {
  retirementChartData,
  retirementLines,
  type RetirementDatum,
  type RetirementLine,
} from '../utils/retirement-series';
import { BAR_COLOR } from './chart-patterns';
import { ExportButtons } from './export-buttons';
import { FigureText, HiddenNote } from './figure-text';
import { GapSection } from './gap-section';
import { ChartOrTable } from './view-toggle';

interface RetirementWaveSectionProps {
  filter: RetirementWaveFilter;
  fileParts: readonly string[];
}

/** Holders of each critical competence, and staff of each profession, leaving by year. */
export function RetirementWaveSection({ filter, fileParts }: RetirementWaveSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const wave = useRetirementWave(filter);
  const lines = useMemo(() => (wave.data ? retirementLines(wave.data) : []), [wave.data]);
  const years = wave.data?.years ?? [];
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const chosen = lines.find((line) => line.key === chosenKey) ?? lines[0];

  const lineName = (line: RetirementLine) =>
    line.kind === 'competence' && line.minLevel !== null
      ? t('gaps.retirement.competenceName', { name: line.name, level: line.minLevel })
      : line.kind === 'profession' && line.professionCode
        ? t('gaps.retirement.professionName', { name: line.name, code: line.professionCode })
        : line.name;

  const columns = useMemo<ExportColumn<RetirementLine>[]>(() => {
    const hidden = t('gaps.hidden');
    return [
      { header: t('gaps.retirement.series'), value: lineName },
      {
        header: t('gaps.retirement.kind'),
        value: (line) => t(`gaps.retirement.kindName.${line.kind}`),
      },
      { header: t('gaps.retirement.current'), value: (line) => figureCell(line.current, hidden) },
      ...years.map((year, index): ExportColumn<RetirementLine> => ({
        header: String(year),
        value: (line) => figureCell(line.years[index], hidden),
      })),
      { header: t('gaps.retirement.total'), value: (line) => figureCell(line.total, hidden) },
    ];
    // lineName only depends on t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, years]);

  let content;
  if (wave.data) {
    content =
      lines.length === 0 || !chosen ? (
        <EmptyState>{t('gaps.retirement.empty')}</EmptyState>
      ) : (
        <>
          <div className="field field--inline">
            <label htmlFor={`${id}-series`}>{t('gaps.retirement.choose')}</label>
            <select
              id={`${id}-series`}
              value={chosen.key}
              onChange={(event) => setChosenKey(event.target.value)}
            >
              {(['competence', 'profession'] as const).map((kind) => {
                const group = lines.filter((line) => line.kind === kind);
                return group.length > 0 ? (
                  <optgroup key={kind} label={t(`gaps.retirement.group.${kind}`)}>
                    {group.map((line) => (
                      <option key={line.key} value={line.key}>
                        {lineName(line)}
                      </option>
                    ))}
                  </optgroup>
                ) : null;
              })}
            </select>
          </div>
          <ChartOrTable
            chart={
              <RetirementChart
                name={lineName(chosen)}
                line={chosen}
                data={retirementChartData(chosen, years)}
              />
            }
            table={<RetirementTable lines={lines} years={years} lineName={lineName} />}
          />
        </>
      );
  } else {
    content = <QueryPending query={wave} loadingLabel={t('gaps.loading')} />;
  }

  return (
    <GapSection
      id="gap-retirement"
      title={t('gaps.retirement.title')}
      intro={
        wave.data
          ? t('gaps.retirement.intro', { age: wave.data.retirementAge })
          : t('gaps.retirement.introPending')
      }
      busy={wave.isFetching}
      tools={
        lines.length > 0 ? (
          <ExportButtons
            table={exportTable(t('gaps.retirement.title'), columns, lines)}
            fileParts={[t('gaps.retirement.file'), ...fileParts]}
          />
        ) : null
      }
    >
      {content}
    </GapSection>
  );
}

function RetirementChart({
  name,
  line,
  data,
}: {
  name: string;
  line: RetirementLine;
  data: RetirementDatum[];
}) {
  const { t } = useTranslation();
  return (
    <figure className="gap-chart">
      <figcaption className="gap-chart__caption">
        {t('gaps.retirement.chartCaption', { name })}{' '}
        <span className="muted">
          {t('gaps.retirement.today')}: <FigureText figure={line.current} format={formatInteger} />
        </span>
      </figcaption>
      <div
        role="img"
        aria-label={t('gaps.retirement.chartLabel', { name })}
        className="gap-chart__plot"
      >
        <ResponsiveContainer width="100%" height={280}>
          <BarChart
            data={data}
            margin={{ top: 24, right: 16, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="#d5dce3" />
            <XAxis dataKey="year" stroke="#4a5563" />
            <YAxis
              allowDecimals={false}
              tickFormatter={formatInteger}
              stroke="#4a5563"
              width={48}
            />
            <Bar dataKey="leaving" fill={BAR_COLOR} isAnimationActive={false}>
              <LabelList
                dataKey="leaving"
                content={({ x, y, width, index }) => {
                  const datum = typeof index === 'number' ? data[index] : undefined;
                  if (!datum) return null;
                  return (
                    <text
                      x={Number(x) + Number(width) / 2}
                      y={Number(y) - 6}
                      textAnchor="middle"
                      fill="#1f2933"
                      fontSize={12}
                    >
                      {datum.hidden ? t('gaps.hidden') : formatInteger(datum.leaving)}
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

function RetirementTable({
  lines,
  years,
  lineName,
}: {
  lines: readonly RetirementLine[];
  years: readonly number[];
  lineName: (line: RetirementLine) => string;
}) {
  const { t } = useTranslation();
  const caption = t('gaps.retirement.tableCaption');
  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.retirement.series')}</th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.retirement.current')}
              </th>
              {years.map((year) => (
                <th key={year} scope="col" className="data-table__numeric">
                  {year}
                </th>
              ))}
              <th scope="col" className="data-table__numeric">
                {t('gaps.retirement.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.key}>
                <th scope="row">{lineName(line)}</th>
                <td className="data-table__numeric">
                  <FigureText figure={line.current} format={formatInteger} />
                </td>
                {line.years.map((figure, index) => (
                  <td key={years[index]} className="data-table__numeric">
                    <FigureText figure={figure} format={formatInteger} />
                  </td>
                ))}
                <td className="data-table__numeric">
                  <FigureText figure={line.total} format={formatInteger} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <HiddenNote
        reasons={hiddenReasons(lines.flatMap((line) => [line.current, ...line.years, line.total]))}
      />
    </>
  );
}
