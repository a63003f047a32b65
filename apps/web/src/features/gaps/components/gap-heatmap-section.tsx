import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GapFilter, Horizon } from '@web/gql/graphql';
import { formatDate, formatPercent } from '@web/shared/format';
import { EmptyState, QueryPending, TableScroll } from '@web/shared/ui';
import { useGapHeatmap } from '../hooks/use-gap-queries';
import {
  exportTable,
  percentNumber,
  type ExportCell,
  type ExportColumn,
} from '../utils/export-table';
import { withScope, type GapScope, type GapViewFilters } from '../utils/gap-filters';
import { gapPath } from '../utils/gap-paths';
import { scopeAllowed, type ScopeMunicipality, type ScopeOptions } from '../utils/gap-scope';
import {
  BAND_LIMITS,
  heatmapMatrix,
  LEGEND_BANDS,
  type CoverageBand,
  type HeatmapCell,
  type HeatmapLine,
} from '../utils/heatmap-matrix';
import { ExportButtons } from './export-buttons';
import { HiddenNote, HiddenText, Value } from './figure-text';
import { GapSection } from './gap-section';

interface GapHeatmapSectionProps {
  filter: GapFilter;
  horizon: Horizon;
  scope: GapScope;
  filters: GapViewFilters;
  options: ScopeOptions;
  municipalities: readonly ScopeMunicipality[];
  fileParts: readonly string[];
}

/**
 * Coverage per competence and municipality (or unit) as a table coloured by band. Every
 * cell carries its percentage or "skjult" as text, so the colour only repeats what it says.
 */
export function GapHeatmapSection({
  filter,
  horizon,
  scope,
  filters,
  options,
  municipalities,
  fileParts,
}: GapHeatmapSectionProps) {
  const { t } = useTranslation();
  const heatmap = useGapHeatmap(filter, horizon);
  const matrix = useMemo(() => (heatmap.data ? heatmapMatrix(heatmap.data) : null), [heatmap.data]);

  const columnScope = (id: string): GapScope | null => {
    if (scope.level === 'REGION') return { level: 'MUNICIPALITY', municipalityId: id };
    const municipality = municipalities.find((m) => m.units.some((unit) => unit.id === id));
    return municipality ? { level: 'UNIT', municipalityId: municipality.id, unitId: id } : null;
  };

  const hidden = t('gaps.hidden');
  const cellValue = (cell: HeatmapCell): ExportCell =>
    cell.band === 'hidden' ? hidden : cell.coverage === null ? null : percentNumber(cell.coverage);
  const columns: ExportColumn<HeatmapLine>[] = matrix
    ? [
        { header: t('gaps.table.competence'), value: (line) => line.name },
        { header: t('gaps.table.measure'), value: (line) => t(`gaps.measure.${line.measure}`) },
        ...matrix.columns.map((column, index): ExportColumn<HeatmapLine> => ({
          header: t('gaps.heatmap.columnPercent', { name: column.name }),
          value: (line) => cellValue(line.cells[index]),
        })),
        {
          header: t('gaps.heatmap.columnPercent', { name: t('gaps.heatmap.total') }),
          value: (line) => cellValue(line.total),
        },
      ]
    : [];

  const partLabel =
    scope.level === 'REGION' ? t('gaps.heatmap.municipalities') : t('gaps.heatmap.units');
  const caption = t('gaps.heatmap.caption', {
    parts: partLabel,
    horizon: t(`gaps.horizon.${horizon}`),
    date: formatDate(heatmap.data?.horizonDate),
  });

  let content;
  if (matrix) {
    content =
      matrix.lines.length === 0 ? (
        <EmptyState>{t('gaps.empty')}</EmptyState>
      ) : (
        <>
          <HeatmapLegend />
          <TableScroll label={caption}>
            <table className="data-table heatmap">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('gaps.table.competence')}</th>
                  {matrix.columns.map((column) => {
                    const target = columnScope(column.id);
                    return (
                      <th key={column.id} scope="col" className="heatmap__column">
                        {target && scopeAllowed(target, options) ? (
                          <Link to={gapPath(withScope(filters, target))}>{column.name}</Link>
                        ) : (
                          column.name
                        )}
                      </th>
                    );
                  })}
                  <th scope="col" className="heatmap__column">
                    {t('gaps.heatmap.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {matrix.lines.map((line) => (
                  <tr key={line.key}>
                    <th scope="row">
                      {line.name}
                      {line.measure === 'FTE' ? (
                        <span className="muted"> ({t('gaps.measure.FTE')})</span>
                      ) : null}
                    </th>
                    {line.cells.map((cell, index) => (
                      <HeatmapTd key={matrix.columns[index].id} cell={cell} />
                    ))}
                    <HeatmapTd cell={line.total} total />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <HiddenNote
            reasons={[
              ...new Set(
                matrix.lines
                  .flatMap((line) => [...line.cells, line.total])
                  .map((cell) => cell.reason)
                  .filter((reason): reason is string => !!reason),
              ),
            ].sort()}
          />
        </>
      );
  } else {
    content = <QueryPending query={heatmap} loadingLabel={t('gaps.loading')} />;
  }

  return (
    <GapSection
      id="gap-heatmap"
      title={t('gaps.heatmap.title')}
      intro={t('gaps.heatmap.intro', { parts: partLabel })}
      busy={heatmap.isFetching}
      tools={
        matrix && matrix.lines.length > 0 ? (
          <ExportButtons
            table={exportTable(t('gaps.heatmap.title'), columns, matrix.lines)}
            fileParts={[t('gaps.heatmap.file'), ...fileParts, t(`gaps.horizon.${horizon}`)]}
          />
        ) : null
      }
    >
      {content}
    </GapSection>
  );
}

function HeatmapTd({ cell, total = false }: { cell: HeatmapCell; total?: boolean }) {
  const { t } = useTranslation();
  const className = `heatmap__cell heatmap__cell--${cell.band}${total ? ' heatmap__cell--total' : ''}`;
  if (cell.band === 'none') {
    return (
      <td className={className}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('gaps.heatmap.noRequirement')}</span>
      </td>
    );
  }
  if (cell.band === 'hidden') {
    return (
      <td className={className}>
        <HiddenText reason={cell.reason} />
      </td>
    );
  }
  return (
    <td className={className}>
      <Value text={formatPercent(cell.coverage)} rounded={cell.rounded} />
    </td>
  );
}

function HeatmapLegend() {
  const { t } = useTranslation();
  const label = (band: CoverageBand) => {
    switch (band) {
      case 'low':
        return t('gaps.heatmap.band.low', {
          below: formatPercent(BAND_LIMITS.medium, { decimals: 0 }),
        });
      case 'medium':
        return t('gaps.heatmap.band.medium', {
          from: formatPercent(BAND_LIMITS.medium, { decimals: 0 }),
          below: formatPercent(BAND_LIMITS.high, { decimals: 0 }),
        });
      case 'high':
        return t('gaps.heatmap.band.high', {
          from: formatPercent(BAND_LIMITS.high, { decimals: 0 }),
          below: formatPercent(BAND_LIMITS.full, { decimals: 0 }),
        });
      case 'full':
        return t('gaps.heatmap.band.full', {
          from: formatPercent(BAND_LIMITS.full, { decimals: 0 }),
        });
      default:
        return t('gaps.heatmap.band.hidden');
    }
  };
  return (
    <div className="gap-legend">
      <p className="gap-legend__title" id="heatmap-legend-title">
        {t('gaps.heatmap.legend')}
      </p>
      <ul className="gap-legend__list" aria-labelledby="heatmap-legend-title">
        {LEGEND_BANDS.map((band) => (
          <li key={band}>
            <span className={`heatmap-swatch heatmap__cell--${band}`} aria-hidden="true" />
            {label(band)}
          </li>
        ))}
      </ul>
    </div>
  );
}
