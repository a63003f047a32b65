import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvaluationScopeInput, IndicatorFieldsFragment } from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatNumber } from '@web/shared/format';
import { SelectField } from '@web/shared/forms';
import { EmptyState, PageHeading, QueryPending } from '@web/shared/ui';
import { useIndicators, useIndicatorSeries } from '../hooks/use-evaluation';
import { septemberPath } from '../utils/evaluation-paths';
import { runChartRows } from '../utils/run-chart-data';
import { BaselineForm } from './baseline-form';
import { LinkedMeasures } from './linked-measures';
import { MeasurementEntryForm } from './measurement-entry-form';
import { MeasurementUploadForm } from './measurement-upload-form';
import { RunChart } from './run-chart';
import { ScopeSelect, scopeKey } from './scope-select';
import { SeriesTable } from './series-table';

function IndicatorSeriesView({
  indicator,
  scope,
}: {
  indicator: IndicatorFieldsFragment;
  scope: EvaluationScopeInput;
}) {
  const { t } = useTranslation();
  const series = useIndicatorSeries(indicator.id, scope);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  if (!series.data) {
    return <QueryPending query={series} loadingLabel={t('evaluation.loadingSeries')} />;
  }
  const data = series.data;
  const months = t('evaluation.monthsShort').split(',');
  const rows = runChartRows(data, months);
  const decimals = indicator.decimals;
  const unitSuffix = indicator.unit === '%' ? ' %' : indicator.unit ? ` ${indicator.unit}` : '';
  return (
    <section
      className="evaluation-series"
      aria-labelledby="series-heading"
      aria-busy={series.isFetching}
    >
      <h2 id="series-heading">
        {t('evaluation.seriesHeading', { name: indicator.name, scope: data.scopeName })}
      </h2>
      <dl className="evaluation-facts">
        <div>
          <dt>{t('evaluation.centreLine')}</dt>
          <dd>
            {data.median === null || data.median === undefined
              ? t('evaluation.noCentreLine')
              : `${formatNumber(data.median, { decimals })}${unitSuffix}`}
          </dd>
        </div>
        <div>
          <dt>{t('evaluation.baselineLabel')}</dt>
          <dd>
            {data.baseline?.kind === 'PERIOD'
              ? t('evaluation.baselinePeriod', {
                  from: data.baseline.fromPeriod,
                  to: data.baseline.toPeriod,
                })
              : data.baseline?.kind === 'VALUE'
                ? t('evaluation.baselineValue', {
                    value: formatNumber(data.baseline.value, { decimals }),
                  })
                : t('evaluation.noBaseline')}
          </dd>
        </div>
        {indicator.target !== null && indicator.target !== undefined ? (
          <div>
            <dt>{t('evaluation.target')}</dt>
            <dd>{`${formatNumber(indicator.target, { decimals })}${unitSuffix}`}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('evaluation.direction')}</dt>
          <dd>{t(`evaluation.directions.${indicator.direction}`)}</dd>
        </div>
      </dl>
      {data.rounded ? <p className="evaluation-note">{t('evaluation.rounded')}</p> : null}
      <h3>{t('evaluation.signalsHeading')}</h3>
      {data.signals.length === 0 ? (
        <p>{t('evaluation.noSignals', { points: data.points.length })}</p>
      ) : (
        <ul className="evaluation-signals">
          {data.signals.map((signal) => (
            <li key={`${signal.kind}-${signal.periods[0]}`}>{signal.sentence}</li>
          ))}
        </ul>
      )}
      <div className="view-toggle" role="group" aria-label={t('evaluation.viewLabel')}>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-pressed={view === 'chart'}
          onClick={() => setView('chart')}
        >
          {t('evaluation.showChart')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-pressed={view === 'table'}
          onClick={() => setView('table')}
        >
          {t('evaluation.showTable')}
        </button>
      </div>
      {data.points.length === 0 ? (
        <EmptyState>{t('evaluation.noPoints')}</EmptyState>
      ) : view === 'chart' ? (
        <RunChart
          rows={rows}
          decimals={decimals}
          unit={indicator.unit}
          target={indicator.target}
          label={t('evaluation.chart.label', {
            name: indicator.name,
            scope: data.scopeName,
            points: data.points.length,
            signals: data.signals.length,
          })}
        />
      ) : (
        <SeriesTable series={data} />
      )}
      <LinkedMeasures measures={indicator.measures} />
      {data.canEnter ? (
        <div className="evaluation-entry">
          <MeasurementEntryForm
            indicatorId={indicator.id}
            scope={scope}
            decimals={decimals}
            unit={indicator.unit}
          />
          <MeasurementUploadForm indicatorId={indicator.id} scope={scope} />
        </div>
      ) : null}
      <BaselineSection series={data} scope={scope} />
    </section>
  );
}

function BaselineSection({
  series,
  scope,
}: {
  series: NonNullable<ReturnType<typeof useIndicatorSeries>['data']>;
  scope: EvaluationScopeInput;
}) {
  if (!series.canSetBaseline) return null;
  return (
    <BaselineForm
      key={`${series.indicator.id}-${scopeKey(scope)}`}
      indicatorId={series.indicator.id}
      scope={scope}
      baseline={series.baseline}
    />
  );
}

/** Indicators of a place: a run chart per indicator, its baseline, entries and measures. */
export function EvaluationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('evaluation.title'));
  const indicators = useIndicators();
  const [scope, setScope] = useState<EvaluationScopeInput>({ level: 'REGION', id: null });
  const [chosen, setChosen] = useState<string>('');
  const list = indicators.data ?? [];
  const indicator = list.find((i) => i.id === chosen) ?? list[0] ?? null;

  return (
    <>
      <PageHeading lead={t('evaluation.lead')}>{t('evaluation.title')}</PageHeading>
      <p>
        <Link to={septemberPath()}>{t('evaluation.toSeptember')}</Link>
      </p>
      {!indicators.data ? (
        <QueryPending query={indicators} loadingLabel={t('evaluation.loading')} />
      ) : list.length === 0 ? (
        <EmptyState>{t('evaluation.noIndicators')}</EmptyState>
      ) : (
        <>
          <div className="filters evaluation-filters">
            <ScopeSelect value={scope} onChange={setScope} />
            <SelectField
              id="evaluation-indicator"
              label={t('evaluation.indicator')}
              value={indicator?.id ?? ''}
              onChange={setChosen}
              groups={(['COMPUTED', 'ENTERED', 'KOSTRA'] as const)
                .map((source) => ({
                  label: t(`evaluation.sources.${source}`),
                  options: list
                    .filter((i) => i.source === source)
                    .map((i) => ({ value: i.id, label: i.name })),
                }))
                .filter((group) => group.options.length > 0)}
            />
          </div>
          {indicator ? <IndicatorSeriesView indicator={indicator} scope={scope} /> : null}
        </>
      )}
    </>
  );
}
