import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanFieldsFragment, PlanMeasureSummaryFragment } from '@web/gql/graphql';
import { formatDate, formatInteger, formatKroner, localIsoDate } from '@web/shared/format';
import { ErrorSummary, problemsFromError, TextField } from '@web/shared/forms';
import { EmptyState, TableScroll } from '@web/shared/ui';
import { usePlanStep, type PlanStep } from '../hooks/use-plan-mutations';
import { newMeasurePath } from '../utils/plan-paths';
import { groupByStrategy, statusCounts } from '../utils/plan-totals';
import { MeasureCells } from './measure-cells';
import { PlanTimeline } from './plan-timeline';

interface PlanDetailsProps {
  plan: PlanFieldsFragment;
  measures: readonly PlanMeasureSummaryFragment[];
  /** The plan's name: its own title, or the scope and half-year. */
  title: string;
  canWrite: boolean;
}

/** One plan: its status and steps, the figures, the half-year's timeline, the measures by strategy. */
export function PlanDetails({ plan, measures, title, canWrite }: PlanDetailsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PlanHeader plan={plan} title={title} canWrite={canWrite} />
      <PlanFigures plan={plan} measures={measures} />
      <section className="section" aria-labelledby="plan-timeline-heading">
        <h2 id="plan-timeline-heading">{t('plans.timeline.heading')}</h2>
        {measures.length === 0 ? (
          <EmptyState>{t('plans.measuresEmpty')}</EmptyState>
        ) : (
          <PlanTimeline
            period={{ start: plan.startsOn, end: plan.endsOn }}
            periodLabel={plan.periodLabel}
            measures={measures}
          />
        )}
      </section>
      <StrategySections measures={measures} />
    </>
  );
}

function PlanHeader({ plan, title, canWrite }: Omit<PlanDetailsProps, 'measures'>) {
  const { t } = useTranslation();
  const id = useId();
  const step = usePlanStep();
  const [adoptedOn, setAdoptedOn] = useState(localIsoDate());
  const run = (change: PlanStep) => {
    if (!step.isPending) step.mutate(change);
  };
  const status =
    plan.status === 'DRAFT'
      ? t('plans.planStatus.DRAFT')
      : t(plan.adoptedByName ? 'plans.statusAdoptedBy' : 'plans.statusAdopted', {
          status: t(`plans.planStatus.${plan.status}`),
          date: formatDate(plan.adoptedOn),
          name: plan.adoptedByName ?? '',
        });
  return (
    <section className="panel section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{title}</h2>
      <p>
        <strong>{t('plans.statusLabel')}</strong> {status}
      </p>
      {canWrite ? (
        <>
          <ErrorSummary errors={step.isError ? problemsFromError(step.error, []).general : []} />
          <div className="button-row">
            {plan.status !== 'CLOSED' ? (
              <Link className="button" to={newMeasurePath({ kind: 'plan', planId: plan.id })}>
                {t('plans.newMeasureButton')}
              </Link>
            ) : null}
            {plan.status === 'ADOPTED' ? (
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={step.isPending || undefined}
                onClick={() => run({ step: 'close', id: plan.id, version: plan.version })}
              >
                {t('plans.close')}
              </button>
            ) : null}
            {plan.status !== 'DRAFT' ? (
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={step.isPending || undefined}
                onClick={() => run({ step: 'reopen', id: plan.id, version: plan.version })}
              >
                {plan.status === 'CLOSED' ? t('plans.reopenClosed') : t('plans.reopenAdopted')}
              </button>
            ) : null}
          </div>
          {plan.status === 'DRAFT' ? (
            <form
              className="form plan-adopt"
              aria-label={t('plans.adoptForm')}
              onSubmit={(event) => {
                event.preventDefault();
                run({ step: 'adopt', id: plan.id, version: plan.version, adoptedOn });
              }}
            >
              <TextField
                id={`${id}-adopted-on`}
                label={t('plans.adoptedOn')}
                hint={t('plans.adoptedOnHint')}
                type="date"
                inputClassName="input--short"
                value={adoptedOn}
                onChange={setAdoptedOn}
              />
              <button
                type="submit"
                className="button button--secondary"
                aria-disabled={step.isPending || undefined}
              >
                {t('plans.adopt')}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The plan's sums from the API (cancelled measures left out) and its measures per status. */
function PlanFigures({
  plan,
  measures,
}: {
  plan: PlanFieldsFragment;
  measures: readonly PlanMeasureSummaryFragment[];
}) {
  const { t } = useTranslation();
  const { totals } = plan;
  const caption = t('plans.figures.costCaption');
  return (
    <section className="section" aria-labelledby="plan-figures-heading">
      <h2 id="plan-figures-heading">{t('plans.figures.heading')}</h2>
      <div className="plan-figures">
        <div className="panel">
          <h3>{t('plans.figures.statusHeading')}</h3>
          <dl>
            {statusCounts(measures).map(({ status, count }) => (
              <div key={status} className="plan-figures__row">
                <dt>{t(`plans.measureStatus.${status}`)}</dt>
                <dd>{formatInteger(count)}</dd>
              </div>
            ))}
            <div className="plan-figures__row">
              <dt>{t('plans.figures.places')}</dt>
              <dd>{formatInteger(totals.places)}</dd>
            </div>
            <div className="plan-figures__row">
              <dt>{t('plans.figures.participants')}</dt>
              <dd>{formatInteger(totals.participants)}</dd>
            </div>
          </dl>
        </div>
        <div className="panel">
          <h3>{t('plans.figures.costHeading')}</h3>
          <TableScroll label={caption}>
            <table className="data-table data-table--compact">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.figures.source')}</th>
                  <th scope="col" className="data-table__numeric">
                    {t('plans.figures.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {totals.funding.map((line) => (
                  <tr key={line.source}>
                    <th scope="row">{t(`plans.funding.${line.source}`)}</th>
                    <td className="data-table__numeric">{formatKroner(line.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('plans.figures.total')}</th>
                  <td className="data-table__numeric">{formatKroner(totals.cost)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
          {totals.cancelledMeasures > 0 ? (
            <p className="table-note">
              {t('plans.figures.cancelledNote', { count: totals.cancelledMeasures })}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}

/** The measures under Lai's four strategies, each with its table (or a note that it has none). */
function StrategySections({ measures }: { measures: readonly PlanMeasureSummaryFragment[] }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="plan-strategies-heading">
      <h2 id="plan-strategies-heading">{t('plans.strategies.heading')}</h2>
      {groupByStrategy(measures).map(({ strategy, measures: group }) => {
        const headingId = `plan-strategy-${strategy}`;
        const name = t(`plans.strategy.${strategy}`);
        return (
          <section key={strategy} className="section" aria-labelledby={headingId}>
            <h3 id={headingId}>{name}</h3>
            <p className="muted">{t(`plans.strategyHint.${strategy}`)}</p>
            {group.length === 0 ? (
              <p>{t('plans.strategies.none')}</p>
            ) : (
              <TableScroll label={name}>
                <table className="data-table data-table--compact">
                  <caption className="visually-hidden">
                    {t('plans.strategies.caption', { strategy: name })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('plans.table.title')}</th>
                      <th scope="col">{t('plans.table.kind')}</th>
                      <th scope="col">{t('plans.table.dates')}</th>
                      <th scope="col">{t('plans.table.status')}</th>
                      <th scope="col" className="data-table__numeric">
                        {t('plans.table.places')}
                      </th>
                      <th scope="col" className="data-table__numeric">
                        {t('plans.table.participants')}
                      </th>
                      <th scope="col" className="data-table__numeric">
                        {t('plans.table.cost')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.map((measure) => (
                      <tr key={measure.id}>
                        <MeasureCells measure={measure} kind={t(`plans.kind.${measure.kind}`)} />
                        <td className="data-table__numeric">{formatInteger(measure.places)}</td>
                        <td className="data-table__numeric">
                          {measure.participantCount === null ||
                          measure.participantCount === undefined
                            ? t('plans.table.fewParticipants')
                            : formatInteger(measure.participantCount)}
                        </td>
                        <td className="data-table__numeric">{formatKroner(measure.cost)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        );
      })}
    </section>
  );
}
