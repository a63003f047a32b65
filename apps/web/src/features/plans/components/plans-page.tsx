import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { halfYearOf } from '@kp/domain';
import { hasAnyRole, useMe, type CurrentUser } from '@web/features/auth';
import {
  resolveScope,
  scopeName,
  scopeOptions,
  type GapScope,
  type ScopeMunicipality,
} from '@web/features/gaps';
import { FUNDING_REPORT_ROLES, FundingReportDownload } from '@web/features/exports';
import { useMunicipalities } from '@web/features/organisation';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { localIsoDate } from '@web/shared/format';
import { useUrlFilters } from '@web/shared/forms';
import { EmptyState, PageHeading, QueryPending } from '@web/shared/ui';
import { useActionPlans } from '../hooks/use-plans';
import type { HalfYear } from '../utils/half-year';
import { mayWritePlan } from '../utils/plan-access';
import { parsePlanFilters, planFiltersToParams } from '../utils/plan-filters';
import { isPlanOf, planFilter, planPlace } from '../utils/plan-scope';
import { CreatePlanPanel } from './create-plan-panel';
import { PlanDetails } from './plan-details';
import { PlanFiltersForm } from './plan-filters-form';
import { RegionalProgrammeSection } from './regional-programme-section';

const PLAN_FILTERS_IN_ADDRESS = { parse: parsePlanFilters, toParams: planFiltersToParams };

/**
 * `/planer`: the action plan of a scope for a half-year — the region's programme for the
 * coordinator, a municipality's plan for HR, a unit's plan for its leader; board members
 * read. The scope and half-year are in the address, the current half-year by default.
 */
export function PlansPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('plans.title'));
  const { filters, apply, formKey } = useUrlFilters(PLAN_FILTERS_IN_ADDRESS);
  const me = useMe();
  const municipalities = useMunicipalities();
  const list = municipalities.data;
  const options = useMemo(() => scopeOptions(me.data, list ?? []), [me.data, list]);
  const resolved = useMemo(
    () => (list ? resolveScope(filters, options) : null),
    [filters, options, list],
  );
  const current = halfYearOf(localIsoDate());
  const period = filters.period ?? current;

  const heading = <PageHeading lead={t('plans.lead')}>{t('plans.title')}</PageHeading>;
  if (!list || !resolved) {
    return (
      <>
        {heading}
        <QueryPending query={municipalities} loadingLabel={t('plans.loading')} />
      </>
    );
  }
  if (!resolved.scope) {
    return (
      <>
        {heading}
        <EmptyState>{t('plans.noScope')}</EmptyState>
      </>
    );
  }
  const scope = resolved.scope;
  return (
    <>
      {heading}
      <PlanFiltersForm
        key={formKey}
        initial={{
          municipalityId: scope.level === 'REGION' ? '' : scope.municipalityId,
          unitId: scope.level === 'UNIT' ? scope.unitId : '',
          period,
        }}
        current={current}
        options={options}
        onApply={apply}
      />
      {resolved.adjusted ? (
        <p className="notice notice--warning" role="status">
          {t('plans.adjusted')}
        </p>
      ) : null}
      <PlanScopeView
        scope={scope}
        period={period}
        name={scopeName(scope, list, t('plans.region'))}
        municipalities={list}
        user={me.data}
      />
      {hasAnyRole(me.data, FUNDING_REPORT_ROLES) ? (
        <section aria-labelledby="funding-report-heading" className="section">
          <h2 id="funding-report-heading">{t('exports.fundingReport.heading')}</h2>
          <FundingReportDownload
            period={period}
            municipality={
              scope.level === 'REGION'
                ? null
                : (list.find((m) => m.id === scope.municipalityId) ?? null)
            }
          />
        </section>
      ) : null}
    </>
  );
}

interface PlanScopeViewProps {
  scope: GapScope;
  period: HalfYear;
  /** The scope's name ("Gjøvik", "Hjemmetjenesten Gjøvik", the region). */
  name: string;
  municipalities: readonly ScopeMunicipality[];
  user: CurrentUser | null | undefined;
}

function PlanScopeView({ scope, period, name, municipalities, user }: PlanScopeViewProps) {
  const { t } = useTranslation();
  const filter = useMemo(() => planFilter(scope, period), [scope, period]);
  const plans = useActionPlans(filter);
  const plan = plans.data?.find((candidate) => isPlanOf(candidate, scope));
  const place = planPlace(scope);
  const canWrite = mayWritePlan(user, place, municipalities);
  const periodLabel = t('plans.halfYear', { half: period.half, year: period.year });
  const title =
    scope.level === 'REGION'
      ? t('plans.programmeTitle', { period: periodLabel })
      : t('plans.planTitle', { name, period: periodLabel });

  let content;
  if (!plans.data) {
    content = <QueryPending query={plans} loadingLabel={t('plans.loading')} />;
  } else if (!plan) {
    content = <CreatePlanPanel place={place} period={period} title={title} canWrite={canWrite} />;
  } else {
    content = (
      <PlanDetails
        plan={plan}
        measures={plan.measures}
        title={plan.title || title}
        canWrite={canWrite}
      />
    );
  }
  return (
    <>
      <div aria-busy={plans.isFetching || undefined}>{content}</div>
      {scope.level !== 'REGION' ? <RegionalProgrammeSection period={period} /> : null}
    </>
  );
}
