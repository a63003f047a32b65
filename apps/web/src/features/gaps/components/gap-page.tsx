import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '@web/features/auth';
import { useMunicipalities } from '@web/features/organisation';
import type { ExpiringCertificatesFilter, GapFilter, RetirementWaveFilter } from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatDate, localIsoDate } from '@web/shared/format';
import { useUrlFilters } from '@web/shared/forms';
import { EmptyState, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useGapAnalysis } from '../hooks/use-gap-queries';
import {
  gapFiltersToParams,
  parseGapFilters,
  toGapFilter,
  withScope,
  type GapScope,
  type GapViewFilters,
} from '../utils/gap-filters';
import { gapPath } from '../utils/gap-paths';
import { resolveScope, scopeName, scopeOptions, scopeTrail } from '../utils/gap-scope';
import { ExpiringCertificatesSection } from './expiring-certificates-section';
import { GapBarsSection } from './gap-bars-section';
import { GapBreakdownSection } from './gap-breakdown-section';
import { GapFiltersForm } from './gap-filters-form';
import { GapHeatmapSection } from './gap-heatmap-section';
import { MobilisationSection } from './mobilisation-section';
import { RetirementWaveSection } from './retirement-wave-section';
import { StaffingSection } from './staffing-section';

/** The scope alone, for the views whose API takes no other filters. */
function scopeFilter(scope: GapScope): { unitId?: string; municipalityId?: string } {
  if (scope.level === 'UNIT') return { unitId: scope.unitId };
  if (scope.level === 'MUNICIPALITY') return { municipalityId: scope.municipalityId };
  return {};
}

const SECTIONS = [
  'gap-bars',
  'gap-breakdown',
  'gap-heatmap',
  'gap-mobilisation',
  'gap-staffing',
  'gap-retirement',
  'gap-expiring',
] as const;

/**
 * `/gap`: the competence gap for a scope, the views a board reviews and a leader acts on.
 * The address holds the scope and filters, so a view can be shared; a scope the user's
 * roles do not cover gives their own view instead.
 */
const GAP_FILTERS_IN_ADDRESS = { parse: parseGapFilters, toParams: gapFiltersToParams };

export function GapPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('gaps.title'));
  const { filters, apply, formKey } = useUrlFilters(GAP_FILTERS_IN_ADDRESS);
  const me = useMe();
  const municipalities = useMunicipalities();
  const list = municipalities.data;
  const options = useMemo(() => scopeOptions(me.data, list ?? []), [me.data, list]);
  const resolved = useMemo(
    () => (list ? resolveScope(filters, options) : null),
    [filters, options, list],
  );

  const heading = <PageHeading lead={t('gaps.lead')}>{t('gaps.title')}</PageHeading>;
  if (!list || !resolved) {
    return (
      <>
        {heading}
        {municipalities.isError ? (
          <ErrorState
            error={municipalities.error}
            retrying={municipalities.isFetching}
            onRetry={() => void municipalities.refetch()}
          />
        ) : (
          <LoadingState label={t('gaps.loading')} />
        )}
      </>
    );
  }
  if (!resolved.scope) {
    return (
      <>
        {heading}
        <EmptyState>{t('gaps.noScope')}</EmptyState>
      </>
    );
  }

  const scope = resolved.scope;
  const effective = withScope(filters, scope);
  return (
    <>
      {heading}
      <GapFiltersForm key={formKey} initial={effective} options={options} onApply={apply} />
      {resolved.adjusted ? (
        <p className="notice notice--warning" role="status">
          {t('gaps.adjusted')}
        </p>
      ) : null}
      <GapViews
        scope={scope}
        filters={effective}
        options={options}
        municipalities={list}
        name={scopeName(scope, list, t('gaps.scope.region'))}
      />
    </>
  );
}

interface GapViewsProps {
  scope: GapScope;
  filters: GapViewFilters;
  options: ReturnType<typeof scopeOptions>;
  municipalities: NonNullable<ReturnType<typeof useMunicipalities>['data']>;
  name: string;
}

function GapViews({ scope, filters, options, municipalities, name: fallbackName }: GapViewsProps) {
  const { t } = useTranslation();
  const me = useMe();
  const gapFilter = useMemo<GapFilter>(() => toGapFilter(scope, filters), [scope, filters]);
  const horizonFilter = useMemo<GapFilter>(
    () => toGapFilter(scope, filters, [filters.horizon]),
    [scope, filters],
  );
  const waveFilter = useMemo<RetirementWaveFilter>(() => scopeFilter(scope), [scope]);
  const expiringFilter = useMemo<ExpiringCertificatesFilter>(
    () => ({ ...scopeFilter(scope), months: 12 }),
    [scope],
  );
  const analysis = useGapAnalysis(gapFilter);
  // The region's own name comes with the analysis ("Gjøvikregionen (ReKs)").
  const name =
    scope.level === 'REGION' && analysis.data?.scopeLevel === 'REGION'
      ? analysis.data.scopeName
      : fallbackName;
  const municipalityNames = useMemo(
    () => new Map(municipalities.map((m) => [m.id, m.name])),
    [municipalities],
  );
  const today = analysis.data?.today ?? localIsoDate();
  const fileParts = [name, today];
  const trail = scopeTrail(scope, options, municipalities, t('gaps.scope.region'));
  const requirementsLink =
    scope.level === 'UNIT'
      ? `/krav?enhet=${encodeURIComponent(scope.unitId)}`
      : scope.level === 'MUNICIPALITY'
        ? `/krav?kommune=${encodeURIComponent(scope.municipalityId)}`
        : '/krav';

  return (
    <>
      <div className="gap-scope panel">
        {trail.length > 1 ? (
          <nav aria-label={t('gaps.scope.trail')} className="breadcrumbs">
            <ol>
              {trail.map((crumb, index) =>
                index < trail.length - 1 ? (
                  <li key={index}>
                    <Link to={gapPath(withScope(filters, crumb.scope))}>{crumb.label}</Link>
                  </li>
                ) : (
                  <li key={index} aria-current="page">
                    {crumb.label}
                  </li>
                ),
              )}
            </ol>
          </nav>
        ) : null}
        <h2 className="gap-scope__name">{t('gaps.scope.heading', { name })}</h2>
        <p>{t('gaps.scope.asOf', { date: formatDate(today) })}</p>
        {analysis.data?.suppressionApplied ? (
          <p>
            {t('gaps.scope.rounded', {
              k: analysis.data.minGroupSize,
              twice: analysis.data.minGroupSize * 2,
            })}
          </p>
        ) : null}
        <p>
          <Link to={requirementsLink}>{t('gaps.scope.requirementsLink')}</Link>
        </p>
        <nav aria-label={t('gaps.contents')} className="gap-contents">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section}>
                <a href={`#${section}`}>{t(`gaps.contentsLink.${section}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <GapBarsSection filter={gapFilter} fileParts={fileParts} />
      <GapBreakdownSection
        filter={gapFilter}
        horizon={filters.horizon}
        scope={scope}
        filters={filters}
        options={options}
        municipalities={municipalities}
        user={me.data}
        fileParts={fileParts}
      />
      <GapHeatmapSection
        filter={gapFilter}
        horizon={filters.horizon}
        scope={scope}
        filters={filters}
        options={options}
        municipalities={municipalities}
        fileParts={fileParts}
      />
      <MobilisationSection
        filter={horizonFilter}
        horizon={filters.horizon}
        municipalities={municipalities}
        fileParts={fileParts}
      />
      <StaffingSection
        filter={gapFilter}
        showMunicipality={scope.level === 'REGION'}
        fileParts={fileParts}
      />
      <RetirementWaveSection filter={waveFilter} fileParts={fileParts} />
      <ExpiringCertificatesSection
        filter={expiringFilter}
        municipalityNames={scope.level === 'REGION' ? municipalityNames : null}
        fileParts={fileParts}
      />
    </>
  );
}
