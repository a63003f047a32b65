import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '@web/features/auth';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatPercent } from '@web/shared/format';
import { ErrorState, LoadingState, PageHeading, StatusIcon, TableScroll } from '@web/shared/ui';
import { useAppraisalStatistics } from '../hooks/use-appraisal-queries';
import type { AppraisalStatistics } from '../utils/appraisal-types';
import { scopeFromParams } from '../utils/statistics-scope';
import {
  breakdownRows,
  shareSeries,
  teachingRows,
  wayRows,
  wishRows,
} from '../utils/statistics-series';
import { AppraisalsSubnav } from './appraisals-subnav';
import { FigureBarChart } from './figure-bar-chart';
import { FigureList } from './figure-list';
import { FigureValue, HiddenFigure } from './figure-value';
import { StatisticsScopePicker } from './statistics-scope-picker';

/**
 * `/samtaler/oversikt`: what this cycle's talks say, for a unit, a municipality
 * or the region. Small groups are hidden for those without personal-data
 * access to the scope, and every hidden figure says why.
 */
export function AppraisalStatisticsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('appraisals.statistics.title'));
  const [params] = useSearchParams();
  const me = useMe();
  const scope = scopeFromParams(params, me.data);
  const statistics = useAppraisalStatistics(scope);

  return (
    <>
      <PageHeading lead={t('appraisals.statistics.lead')}>
        {t('appraisals.statistics.title')}
      </PageHeading>
      <AppraisalsSubnav />
      <StatisticsScopePicker scope={scope} />
      {statistics.data ? (
        <StatisticsView statistics={statistics.data} />
      ) : statistics.isError ? (
        <ErrorState
          error={statistics.error}
          retrying={statistics.isFetching}
          onRetry={() => void statistics.refetch()}
        />
      ) : (
        <LoadingState label={t('appraisals.statistics.loading')} />
      )}
    </>
  );
}

function StatisticsView({ statistics }: { statistics: AppraisalStatistics }) {
  const { t } = useTranslation();
  const id = useId();
  const k = statistics.minGroupSize;
  const breakdown = breakdownRows(statistics);
  const cycleNames = [...new Set(statistics.cycles.map((cycle) => cycle.name))];

  return (
    <>
      <h2 className="statistics-scope">{statistics.scopeName}</h2>
      <p className="muted">
        {cycleNames.length > 0
          ? t('appraisals.statistics.cycles', { names: cycleNames.join(', ') })
          : t('appraisals.statistics.noCycles')}
      </p>
      {statistics.exact ? (
        <p className="notice">{t('appraisals.statistics.exact')}</p>
      ) : (
        <p className="notice notice--warning with-icon">
          <StatusIcon kind="info" />
          <span>{t('appraisals.statistics.rounded', { k, twice: k * 2 })}</span>
        </p>
      )}

      <section aria-labelledby={`${id}-completion`} className="section panel">
        <h2 id={`${id}-completion`}>{t('appraisals.statistics.completion')}</h2>
        <dl className="counts">
          <div className="counts__item">
            <dt>{t('appraisals.statistics.employees')}</dt>
            <dd>
              <FigureValue figure={statistics.employees} minGroupSize={k} />
            </dd>
          </div>
          <div className="counts__item counts__item--created">
            <dt>{t('appraisals.statistics.completed')}</dt>
            <dd>
              <FigureValue figure={statistics.completed} minGroupSize={k} />
            </dd>
          </div>
          <div className="counts__item">
            <dt>{t('appraisals.statistics.share')}</dt>
            <dd>
              {statistics.completedShare !== null && statistics.completedShare !== undefined ? (
                formatPercent(statistics.completedShare)
              ) : statistics.completed.suppressed || statistics.employees.suppressed ? (
                <HiddenFigure
                  reasonCode={
                    statistics.completed.reasonCode ?? statistics.employees.reasonCode ?? null
                  }
                  reason={statistics.completed.reason ?? statistics.employees.reason ?? null}
                  minGroupSize={k}
                />
              ) : (
                formatPercent(null)
              )}
            </dd>
          </div>
        </dl>

        {breakdown.length > 0 ? (
          <>
            <FigureBarChart
              series={shareSeries(breakdown, t('appraisals.statistics.others'))}
              caption={t('appraisals.statistics.shareChart')}
              unit="percent"
            />
            <TableScroll label={t('appraisals.statistics.breakdownCaption')}>
              <table className="data-table">
                <caption className="visually-hidden">
                  {t('appraisals.statistics.breakdownCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      {statistics.level === 'REGION'
                        ? t('appraisals.statistics.municipality')
                        : t('appraisals.statistics.unit')}
                    </th>
                    <th scope="col" className="data-table__numeric">
                      {t('appraisals.statistics.employees')}
                    </th>
                    <th scope="col" className="data-table__numeric">
                      {t('appraisals.statistics.completed')}
                    </th>
                    <th scope="col" className="data-table__numeric">
                      {t('appraisals.statistics.share')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {breakdown.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{row.name ?? t('appraisals.statistics.others')}</th>
                      <td className="data-table__numeric">
                        <FigureValue figure={row.employees} minGroupSize={k} />
                      </td>
                      <td className="data-table__numeric">
                        <FigureValue figure={row.completed} minGroupSize={k} />
                      </td>
                      <td className="data-table__numeric">
                        {row.share !== null ? (
                          formatPercent(row.share)
                        ) : row.completed.suppressed || row.employees.suppressed ? (
                          <HiddenFigure
                            reasonCode={
                              row.completed.reasonCode ?? row.employees.reasonCode ?? null
                            }
                            reason={row.completed.reason ?? row.employees.reason ?? null}
                            minGroupSize={k}
                          />
                        ) : (
                          formatPercent(null)
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        ) : null}
      </section>

      <FigureList
        id={`${id}-wishes`}
        heading={t('appraisals.statistics.wishes')}
        intro={t('appraisals.statistics.wishesIntro')}
        rows={wishRows(statistics)}
        labelHeader={t('appraisals.statistics.competence')}
        minGroupSize={k}
        empty={t('appraisals.statistics.wishesEmpty')}
      />
      <FigureList
        id={`${id}-ways`}
        heading={t('appraisals.statistics.ways')}
        intro={t('appraisals.statistics.waysIntro')}
        rows={wayRows(statistics, (way) => t(`appraisals.ways.${way}`))}
        labelHeader={t('appraisals.statistics.way')}
        minGroupSize={k}
        empty={t('appraisals.statistics.waysEmpty')}
      />
      <FigureList
        id={`${id}-teaching`}
        heading={t('appraisals.statistics.teaching')}
        intro={t('appraisals.statistics.teachingIntro')}
        rows={teachingRows(statistics)}
        labelHeader={t('appraisals.statistics.topic')}
        minGroupSize={k}
        empty={t('appraisals.statistics.teachingEmpty')}
      />
    </>
  );
}
