import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '@web/features/auth';
import type { ScopeMunicipality } from '@web/features/gaps';
import { useMunicipalities } from '@web/features/organisation';
import type { MeasureDraftFieldsFragment, PlanFieldsFragment } from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatDate, localIsoDate } from '@web/shared/format';
import { Breadcrumbs, EmptyState, PageHeading, QueryPending } from '@web/shared/ui';
import { useCreateActionPlan, useSaveMeasure } from '../hooks/use-plan-mutations';
import { useActionPlan, useMeasureDraft, usePlanMeasure } from '../hooks/use-plans';
import {
  blankMeasureValues,
  storedMeasureValues,
  toCreateMeasureInput,
  toUpdateMeasureInput,
  type MeasureFormValues,
} from '../utils/measure-form-values';
import { mayWritePlan } from '../utils/plan-access';
import {
  measurePath,
  parseMeasureSource,
  plansPath,
  type MeasureSource,
} from '../utils/plan-paths';
import { MeasureForm } from './measure-form';
import { MeasureStatusPanel } from './measure-status-panel';
import { MeasureSummary } from './measure-summary';
import { ParticipantsSection } from './participants-section';

/** Where a plan's page is: its scope and half-year. */
function planPagePath(plan: {
  municipalityId?: string | null;
  unitId?: string | null;
  year: number;
  half: number;
}): string {
  return plansPath({
    municipalityId: plan.municipalityId ?? '',
    unitId: plan.unitId ?? '',
    period: { year: plan.year, half: plan.half as 1 | 2 },
  });
}

interface SavedState {
  saved?: 'created';
}

/** `/planer/tiltak/:id`: a measure — its status, its details (the editor for those who plan it). */
export function MeasurePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const measure = usePlanMeasure(id);
  const me = useMe();
  const municipalities = useMunicipalities();
  const location = useLocation();
  const justCreated = (location.state as SavedState | null)?.saved === 'created';
  // Bumped by "Bruk lagret versjon": the form starts again from what is stored.
  const [generation, setGeneration] = useState(0);
  const data = measure.data;
  const title = data
    ? data.title
    : data === null
      ? t('plans.measure.notFound')
      : t('plans.measure.pending');
  useDocumentTitle(title);
  const list = municipalities.data;

  const crumbs = (
    <Breadcrumbs
      items={[
        { label: t('plans.title'), to: data ? planPagePath(data.plan) : plansPath() },
        { label: title },
      ]}
    />
  );
  if (data === null) {
    return (
      <>
        {crumbs}
        <PageHeading lead={t('plans.measure.notFoundBody')}>{title}</PageHeading>
        <p>
          <Link to={plansPath()}>{t('plans.measure.back')}</Link>
        </p>
      </>
    );
  }
  if (!data || !list || me.data === undefined) {
    return (
      <>
        {crumbs}
        <PageHeading>{title}</PageHeading>
        <QueryPending
          query={measure.isError ? measure : municipalities.isError ? municipalities : measure}
          loadingLabel={t('plans.loading')}
        />
      </>
    );
  }
  const plan = data.plan;
  const canWrite = mayWritePlan(me.data, plan, list);
  const regional = plan.level === 'REGION';
  return (
    <>
      {crumbs}
      <PageHeading
        lead={t('plans.measure.lead', {
          plan: plan.title || plan.periodLabel,
          level: t(`plans.level.${plan.level}`),
          from: formatDate(data.startsOn),
          to: formatDate(data.endsOn),
        })}
      >
        {title}
      </PageHeading>
      {justCreated ? (
        <p className="notice notice--success" role="status">
          {t('plans.measure.created')}
        </p>
      ) : null}
      <MeasureStatusPanel measure={data} canWrite={canWrite} />
      <ParticipantsSection measure={data} user={me.data} />
      {canWrite ? (
        <section className="section" aria-labelledby="measure-edit-heading">
          <h2 id="measure-edit-heading">{t('plans.measure.editHeading')}</h2>
          <EditMeasure
            key={`${generation}`}
            measure={data}
            regional={regional}
            municipalities={list}
            cancelTo={planPagePath(plan)}
            load={async () => (await measure.refetch()).data}
            onReload={() => void measure.refetch().then(() => setGeneration((n) => n + 1))}
          />
        </section>
      ) : (
        <MeasureSummary measure={data} regional={regional} />
      )}
    </>
  );
}

function EditMeasure({
  measure,
  regional,
  municipalities,
  cancelTo,
  load,
  onReload,
}: {
  measure: NonNullable<ReturnType<typeof usePlanMeasure>['data']>;
  regional: boolean;
  municipalities: readonly ScopeMunicipality[];
  cancelTo: string;
  load: () => Promise<NonNullable<ReturnType<typeof usePlanMeasure>['data']> | null | undefined>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveMeasure();
  // The form starts from the version it was opened with; later refetches do not reset it.
  const [initial] = useState(() =>
    storedMeasureValues(measure, regional ? municipalities.map((m) => m.id) : []),
  );
  const [version, setVersion] = useState(measure.version);
  const [saved, setSaved] = useState(false);
  return (
    <>
      <MeasureForm
        initial={initial}
        regional={regional}
        municipalities={municipalities}
        submitLabel={t('plans.measureForm.save')}
        cancelTo={cancelTo}
        save={async (values, overVersion) => {
          setSaved(false);
          const result = await save.mutateAsync({
            kind: 'update',
            input: toUpdateMeasureInput(measure.id, overVersion ?? version, values),
          });
          setVersion(result.version);
          setSaved(true);
          return result;
        }}
        stored={{ load }}
        onReload={onReload}
      />
      <p role="status" className="form__status">
        {saved ? t('plans.measureForm.saved') : ''}
      </p>
    </>
  );
}

/**
 * `/planer/tiltak/ny?fra=…`: a new measure, in a plan (`fra=plan&plan=…`) or drafted by the
 * API from a gap row, a mobilisation pair or expiring certificates. A drafted measure goes
 * into the plan the API suggests; that plan is created on saving if it does not exist yet.
 */
export function NewMeasurePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const source = useMemo(() => parseMeasureSource(params), [params]);
  const title = t('plans.newMeasure.title');
  useDocumentTitle(title);
  const crumbs = (
    <Breadcrumbs items={[{ label: t('plans.title'), to: plansPath() }, { label: title }]} />
  );
  return (
    <>
      {crumbs}
      <PageHeading lead={t('plans.newMeasure.lead')}>{title}</PageHeading>
      {source === null ? (
        <EmptyState>{t('plans.newMeasure.noSource')}</EmptyState>
      ) : source.kind === 'plan' ? (
        <NewMeasureInPlan planId={source.planId} />
      ) : (
        <NewMeasureFromDraft source={source} />
      )}
    </>
  );
}

function NewMeasureInPlan({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const plan = useActionPlan(planId);
  const me = useMe();
  const municipalities = useMunicipalities();
  if (plan.data === null) return <EmptyState>{t('plans.newMeasure.planGone')}</EmptyState>;
  if (!plan.data || !municipalities.data || me.data === undefined) {
    return (
      <QueryPending
        query={plan.isError ? plan : municipalities.isError ? municipalities : plan}
        loadingLabel={t('plans.loading')}
      />
    );
  }
  const data = plan.data;
  if (!mayWritePlan(me.data, data, municipalities.data)) {
    return <EmptyState>{t('plans.newMeasure.mayNotWrite')}</EmptyState>;
  }
  const today = localIsoDate();
  return (
    <CreateMeasure
      plan={data}
      municipalities={municipalities.data}
      initial={{
        ...blankMeasureValues({
          startsOn: today > data.startsOn && today <= data.endsOn ? today : data.startsOn,
          endsOn: data.endsOn,
          municipalityIds: data.level === 'REGION' ? municipalities.data.map((m) => m.id) : [],
        }),
        owner: me.data?.name ?? '',
      }}
    />
  );
}

function NewMeasureFromDraft({ source }: { source: Exclude<MeasureSource, { kind: 'plan' }> }) {
  const { t } = useTranslation();
  const draft = useMeasureDraft(source);
  const me = useMe();
  const municipalities = useMunicipalities();
  if (draft.data === null) return <EmptyState>{t('plans.newMeasure.sourceGone')}</EmptyState>;
  if (!draft.data || !municipalities.data || me.data === undefined) {
    return (
      <QueryPending
        query={draft.isError ? draft : municipalities.isError ? municipalities : draft}
        loadingLabel={t('plans.newMeasure.drafting')}
      />
    );
  }
  const data = draft.data;
  if (!data.plan) return <EmptyState>{t('plans.newMeasure.mayNotWrite')}</EmptyState>;
  const regional = data.plan.level === 'REGION';
  return (
    <CreateMeasure
      plan={data.plan}
      draft={data}
      municipalities={municipalities.data}
      initial={{
        ...storedMeasureValues(data, regional ? municipalities.data.map((m) => m.id) : []),
        owner: me.data?.name ?? '',
      }}
    />
  );
}

type PlanForNewMeasure = PlanFieldsFragment | NonNullable<MeasureDraftFieldsFragment['plan']>;

/** The editor for a new measure, with a line saying which plan it goes into. */
function CreateMeasure({
  plan,
  draft,
  municipalities,
  initial,
}: {
  plan: PlanForNewMeasure;
  draft?: MeasureDraftFieldsFragment;
  municipalities: readonly ScopeMunicipality[];
  initial: MeasureFormValues;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveMeasure();
  const createPlan = useCreateActionPlan();
  const planId = 'planId' in plan ? plan.planId : plan.id;
  return (
    <>
      <p className="notice">
        {t(planId ? 'plans.newMeasure.inPlan' : 'plans.newMeasure.inNewPlan', {
          level: t(`plans.level.${plan.level}`),
          period: plan.periodLabel,
        })}
      </p>
      {draft?.expiringCount !== null && draft?.expiringCount !== undefined ? (
        <p>{t('plans.newMeasure.expiringCount', { count: draft.expiringCount })}</p>
      ) : null}
      <MeasureForm
        initial={initial}
        regional={plan.level === 'REGION'}
        municipalities={municipalities}
        submitLabel={t('plans.measureForm.create')}
        cancelTo={planPagePath(plan)}
        save={async (values) => {
          const id =
            planId ??
            (
              await createPlan.mutateAsync({
                level: plan.level,
                municipalityId: plan.municipalityId ?? null,
                unitId: plan.unitId ?? null,
                year: plan.year,
                half: plan.half,
              })
            ).id;
          const created = await save.mutateAsync({
            kind: 'create',
            input: toCreateMeasureInput(id, values),
          });
          void navigate(measurePath(created.id), {
            state: { saved: 'created' } satisfies SavedState,
          });
          return created;
        }}
      />
    </>
  );
}
