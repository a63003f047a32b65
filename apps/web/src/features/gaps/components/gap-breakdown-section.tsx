import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '@web/features/auth';
import type { GapAnalysisQuery, GapFilter, Horizon } from '@web/gql/graphql';
import { formatInteger, formatPercent } from '@web/shared/format';
import { EmptyState, QueryPending, TableScroll } from '@web/shared/ui';
import { useGapAnalysis } from '../hooks/use-gap-queries';
import { formatAmount } from '../utils/amount';
import { exportTable, figureCell, percentNumber, type ExportColumn } from '../utils/export-table';
import { hiddenReasons, visibleValue } from '../utils/figure';
import { withScope, type GapScope, type GapViewFilters } from '../utils/gap-filters';
import { gapHoldersPath, gapPath } from '../utils/gap-paths';
import {
  canSeeHolders,
  scopeAllowed,
  type ScopeMunicipality,
  type ScopeOptions,
} from '../utils/gap-scope';
import { ExportButtons } from './export-buttons';
import { ExpectedNote, FigureText, HiddenNote } from './figure-text';
import { GapSection } from './gap-section';
import { useMeasureAction } from './measure-action';

type Analysis = GapAnalysisQuery['gapAnalysis'];
type RollUp = Analysis['rows'][number];
type RequirementGap = Analysis['requirementGaps'][number];

/** Rows shown before "Vis alle". */
export const BREAKDOWN_ROWS = 25;

interface GapBreakdownSectionProps {
  filter: GapFilter;
  horizon: Horizon;
  scope: GapScope;
  filters: GapViewFilters;
  options: ScopeOptions;
  municipalities: readonly ScopeMunicipality[];
  user: CurrentUser | null | undefined;
  fileParts: readonly string[];
}

/**
 * Where the gaps are, one level down, biggest first: per municipality for the region, per
 * unit for a municipality, per requirement for a unit (with the people behind it for those
 * who may see them). Names lead one level further down.
 */
export function GapBreakdownSection(props: GapBreakdownSectionProps) {
  const { filter, horizon, scope } = props;
  const { t } = useTranslation();
  const analysis = useGapAnalysis(filter);
  const data = analysis.data;
  const perRequirement = data?.breakdown === 'REQUIREMENT';
  const title =
    scope.level === 'REGION'
      ? t('gaps.breakdown.titleRegion')
      : scope.level === 'MUNICIPALITY'
        ? t('gaps.breakdown.titleMunicipality')
        : t('gaps.breakdown.titleUnit');

  let content;
  let tools = null;
  if (data) {
    if (perRequirement) {
      const rows = data.requirementGaps.filter((row) => row.horizon === horizon);
      content =
        rows.length === 0 ? (
          <EmptyState>{t('gaps.empty')}</EmptyState>
        ) : (
          <RequirementTable {...props} rows={rows} />
        );
      tools = rows.length > 0 ? <RequirementExport {...props} rows={rows} /> : null;
    } else {
      const rows = data.rows.filter((row) => row.horizon === horizon);
      content =
        rows.length === 0 ? (
          <EmptyState>{t('gaps.empty')}</EmptyState>
        ) : (
          <RollUpTable {...props} rows={rows} />
        );
      tools = rows.length > 0 ? <RollUpExport {...props} rows={rows} /> : null;
    }
  } else {
    content = <QueryPending query={analysis} loadingLabel={t('gaps.loading')} />;
  }

  return (
    <GapSection
      id="gap-breakdown"
      title={title}
      intro={t('gaps.breakdown.intro', { horizon: t(`gaps.horizon.${horizon}`) })}
      busy={analysis.isFetching}
      tools={tools}
    >
      {content}
    </GapSection>
  );
}

function useShowAll(total: number) {
  const [all, setAll] = useState(false);
  return { limit: all ? total : BREAKDOWN_ROWS, showAll: () => setAll(true), all };
}

function ShowAll({ shown, total, onClick }: { shown: number; total: number; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="list-footer">
      <p className="list-footer__count">
        {t('gaps.showing', { shown: formatInteger(shown), total: formatInteger(total) })}
      </p>
      {shown < total ? (
        <button type="button" className="button button--secondary" onClick={onClick}>
          {t('gaps.showAll', { total: formatInteger(total) })}
        </button>
      ) : null}
    </div>
  );
}

/** The scope one level down that a roll-up row describes. */
function rowScope(row: RollUp): GapScope | null {
  if (row.scopeLevel === 'MUNICIPALITY' && row.municipalityId) {
    return { level: 'MUNICIPALITY', municipalityId: row.municipalityId };
  }
  if (row.scopeLevel === 'UNIT' && row.unitId && row.municipalityId) {
    return { level: 'UNIT', municipalityId: row.municipalityId, unitId: row.unitId };
  }
  return null;
}

function rowName(row: RollUp): string {
  return row.unit?.name ?? row.municipality?.name ?? '';
}

function useRollUpColumns(scope: GapScope): ExportColumn<RollUp>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const hidden = t('gaps.hidden');
    return [
      {
        header: scope.level === 'REGION' ? t('gaps.table.municipality') : t('gaps.table.unit'),
        value: rowName,
      },
      { header: t('gaps.table.competence'), value: (row) => row.competence.name },
      { header: t('gaps.table.measure'), value: (row) => t(`gaps.measure.${row.measure}`) },
      { header: t('gaps.table.priority'), value: (row) => t(`gaps.priority.${row.priority}`) },
      { header: t('gaps.table.required'), value: (row) => row.required },
      { header: t('gaps.table.covered'), value: (row) => figureCell(row.covered, hidden) },
      { header: t('gaps.table.expected'), value: (row) => figureCell(row.expected, hidden) },
      { header: t('gaps.table.gap'), value: (row) => figureCell(row.gap, hidden) },
      {
        header: t('gaps.export.coveragePercent'),
        value: (row) => figureCell(row.coverage, hidden, percentNumber),
      },
      { header: t('gaps.table.surplus'), value: (row) => figureCell(row.surplus, hidden) },
    ];
  }, [t, scope.level]);
}

function RollUpExport({
  rows,
  scope,
  fileParts,
  horizon,
}: GapBreakdownSectionProps & { rows: readonly RollUp[] }) {
  const { t } = useTranslation();
  const columns = useRollUpColumns(scope);
  return (
    <ExportButtons
      table={exportTable(t('gaps.breakdown.sheet'), columns, rows)}
      fileParts={[t('gaps.breakdown.file'), ...fileParts, t(`gaps.horizon.${horizon}`)]}
    />
  );
}

function RollUpTable({
  rows,
  scope,
  filters,
  options,
}: GapBreakdownSectionProps & { rows: readonly RollUp[] }) {
  const { t } = useTranslation();
  const { limit, showAll } = useShowAll(rows.length);
  const shown = rows.slice(0, limit);
  const caption =
    scope.level === 'REGION'
      ? t('gaps.breakdown.titleRegion')
      : t('gaps.breakdown.titleMunicipality');
  const amount = (row: RollUp) => (value: number) => formatAmount(value, row.measure);
  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                {scope.level === 'REGION' ? t('gaps.table.municipality') : t('gaps.table.unit')}
              </th>
              <th scope="col">{t('gaps.table.competence')}</th>
              <th scope="col">{t('gaps.table.priority')}</th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.required')}
              </th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.gap')}
              </th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.expected')}
              </th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.coverage')}
              </th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.surplus')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const target = rowScope(row);
              const name = rowName(row);
              return (
                <tr key={`${row.scopeId}|${row.competenceId}|${row.measure}`}>
                  <th scope="row">
                    {target && scopeAllowed(target, options) ? (
                      <Link to={gapPath(withScope(filters, target))}>{name}</Link>
                    ) : (
                      name
                    )}
                  </th>
                  <td>
                    {row.competence.name}
                    {row.measure === 'FTE' ? (
                      <span className="muted"> ({t('gaps.measure.FTE')})</span>
                    ) : null}
                  </td>
                  <td>{t(`gaps.priority.${row.priority}`)}</td>
                  <td className="data-table__numeric">{formatAmount(row.required, row.measure)}</td>
                  <td className="data-table__numeric">
                    <FigureText figure={row.gap} format={amount(row)} />
                  </td>
                  <td className="data-table__numeric">
                    <FigureText figure={row.expected} format={amount(row)} />
                  </td>
                  <td className="data-table__numeric">
                    <FigureText figure={row.coverage} format={(value) => formatPercent(value)} />
                  </td>
                  <td className="data-table__numeric">
                    <FigureText figure={row.surplus} format={amount(row)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <HiddenNote reasons={hiddenReasons(shown.flatMap((row) => [row.gap, row.coverage]))} />
      <ExpectedNote />
      <ShowAll shown={shown.length} total={rows.length} onClick={showAll} />
    </>
  );
}

function useRequirementColumns(): ExportColumn<RequirementGap>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const hidden = t('gaps.hidden');
    return [
      { header: t('gaps.table.unit'), value: (row) => row.unit.name },
      { header: t('gaps.table.competence'), value: (row) => row.competence.name },
      { header: t('gaps.table.minLevel'), value: (row) => row.minLevel },
      { header: t('gaps.table.measure'), value: (row) => t(`gaps.measure.${row.measure}`) },
      { header: t('gaps.table.priority'), value: (row) => t(`gaps.priority.${row.priority}`) },
      { header: t('gaps.table.required'), value: (row) => row.required },
      { header: t('gaps.table.holders'), value: (row) => figureCell(row.holders, hidden) },
      { header: t('gaps.table.expected'), value: (row) => figureCell(row.expected, hidden) },
      { header: t('gaps.table.gap'), value: (row) => figureCell(row.gap, hidden) },
      {
        header: t('gaps.export.coveragePercent'),
        value: (row) => figureCell(row.coverage, hidden, percentNumber),
      },
      { header: t('gaps.table.surplus'), value: (row) => figureCell(row.surplus, hidden) },
    ];
  }, [t]);
}

function RequirementExport({
  rows,
  fileParts,
  horizon,
}: GapBreakdownSectionProps & { rows: readonly RequirementGap[] }) {
  const { t } = useTranslation();
  const columns = useRequirementColumns();
  return (
    <ExportButtons
      table={exportTable(t('gaps.breakdown.sheet'), columns, rows)}
      fileParts={[t('gaps.breakdown.file'), ...fileParts, t(`gaps.horizon.${horizon}`)]}
    />
  );
}

function RequirementTable({
  rows,
  scope,
  filters,
  options,
  municipalities,
  user,
  horizon,
}: GapBreakdownSectionProps & { rows: readonly RequirementGap[] }) {
  const { t } = useTranslation();
  const { limit, showAll } = useShowAll(rows.length);
  const shown = rows.slice(0, limit);
  const caption = t('gaps.breakdown.titleUnit');
  const scopeUnitId = scope.level === 'UNIT' ? scope.unitId : null;
  const anyHolders = shown.some((row) => canSeeHolders(user, row.unitId, municipalities));
  const makeMeasure = useMeasureAction();
  // Where every requirement is the scope unit's own, the unit column says nothing new.
  const showUnit = rows.some((row) => row.unitId !== scopeUnitId);
  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.table.competence')}</th>
              {showUnit ? <th scope="col">{t('gaps.table.unit')}</th> : null}
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.minLevel')}
              </th>
              <th scope="col">{t('gaps.table.priority')}</th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.required')}
              </th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.holders')}
              </th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.expected')}
              </th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.gap')}
              </th>
              <th scope="col" className="data-table__numeric">
                {t('gaps.table.coverage')}
              </th>
              {anyHolders ? <th scope="col">{t('gaps.table.people')}</th> : null}
              {makeMeasure ? <th scope="col">{t('gaps.table.action')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const amount = (value: number) => formatAmount(value, row.measure);
              const unitScope: GapScope = {
                level: 'UNIT',
                municipalityId: row.municipalityId,
                unitId: row.unitId,
              };
              const linkUnit = row.unitId !== scopeUnitId && scopeAllowed(unitScope, options);
              return (
                <tr key={`${row.requirementId}|${row.horizon}`}>
                  <th scope="row">
                    {row.competence.name}
                    {row.measure === 'FTE' ? (
                      <span className="muted"> ({t('gaps.measure.FTE')})</span>
                    ) : null}
                  </th>
                  {showUnit ? (
                    <td>
                      {linkUnit ? (
                        <Link to={gapPath(withScope(filters, unitScope))}>{row.unit.name}</Link>
                      ) : (
                        row.unit.name
                      )}
                    </td>
                  ) : null}
                  <td className="data-table__numeric">{row.minLevel}</td>
                  <td>{t(`gaps.priority.${row.priority}`)}</td>
                  <td className="data-table__numeric">{amount(row.required)}</td>
                  <td className="data-table__numeric">
                    <FigureText figure={row.holders} format={amount} />
                  </td>
                  <td className="data-table__numeric">
                    <FigureText figure={row.expected} format={amount} />
                  </td>
                  <td className="data-table__numeric">
                    <FigureText figure={row.gap} format={amount} />
                  </td>
                  <td className="data-table__numeric">
                    <FigureText figure={row.coverage} format={(value) => formatPercent(value)} />
                  </td>
                  {anyHolders ? (
                    <td>
                      {canSeeHolders(user, row.unitId, municipalities) ? (
                        <Link
                          to={gapHoldersPath(row.requirementId, horizon)}
                          aria-label={t('gaps.breakdown.holdersLinkLabel', {
                            competence: row.competence.name,
                            unit: row.unit.name,
                          })}
                        >
                          {t('gaps.breakdown.holdersLink')}
                        </Link>
                      ) : null}
                    </td>
                  ) : null}
                  {makeMeasure ? (
                    <td>
                      {(visibleValue(row.gap) ?? 0) > 0
                        ? makeMeasure(
                            { kind: 'gap', requirementId: row.requirementId, horizon },
                            t('gaps.breakdown.makeMeasureLabel', {
                              competence: row.competence.name,
                              unit: row.unit.name,
                            }),
                          )
                        : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <HiddenNote reasons={hiddenReasons(shown.flatMap((row) => [row.gap, row.holders]))} />
      <ExpectedNote />
      <ShowAll shown={shown.length} total={rows.length} onClick={showAll} />
    </>
  );
}
