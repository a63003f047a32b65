import { useTranslation } from 'react-i18next';
import { TableScroll } from '@web/shared/ui';
import type { MeasureStatus } from '../utils/plan-vocabulary';
import { timelineBar, timelineMonths } from '../utils/timeline';
import { MeasureCells } from './measure-cells';

export interface TimelineMeasure {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  status: MeasureStatus;
}

interface PlanTimelineProps {
  /** The half-year's first and last day. */
  period: { start: string; end: string };
  periodLabel: string;
  measures: readonly TimelineMeasure[];
}

/**
 * The half-year as a timeline: a row per measure with its dates in words and a bar for the
 * eye. The table is the accessible form (dates and status as text); the bars and month
 * scale repeat it and are hidden from screen readers.
 */
export function PlanTimeline({ period, periodLabel, measures }: PlanTimelineProps) {
  const { t } = useTranslation();
  const monthNames = t('plans.timeline.months').split(',');
  const months = timelineMonths(period);
  const caption = t('plans.timeline.caption', { period: periodLabel });
  const sorted = [...measures].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn),
  );
  return (
    <TableScroll label={caption}>
      <table className="data-table data-table--compact plan-timeline">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.timeline.measure')}</th>
            <th scope="col">{t('plans.timeline.dates')}</th>
            <th scope="col">{t('plans.timeline.status')}</th>
            <th scope="col" className="plan-timeline__scale-head">
              <span className="visually-hidden">{t('plans.timeline.bars')}</span>
              <span className="plan-timeline__track" aria-hidden="true">
                {months.map((month) => (
                  <span
                    key={month.first}
                    className="plan-timeline__month"
                    style={{ left: percent(month.offset), width: percent(month.width) }}
                  >
                    {monthNames[Number(month.first.slice(5, 7)) - 1]}
                  </span>
                ))}
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((measure) => {
            const bar = timelineBar(period, measure);
            return (
              <tr key={measure.id}>
                <MeasureCells measure={measure} />
                <td className="plan-timeline__cell">
                  <span className="plan-timeline__track" aria-hidden="true">
                    {months.map((month) => (
                      <span
                        key={month.first}
                        className="plan-timeline__gridline"
                        style={{ left: percent(month.offset) }}
                      />
                    ))}
                    {bar.outside ? null : (
                      <span
                        className={[
                          'plan-timeline__bar',
                          `plan-timeline__bar--${measure.status.toLowerCase()}`,
                          bar.startsBefore ? 'plan-timeline__bar--cut-start' : '',
                          bar.endsAfter ? 'plan-timeline__bar--cut-end' : '',
                        ]
                          .filter(Boolean)
                          .join(' ')}
                        style={{ left: percent(bar.offset), width: percent(bar.width) }}
                      />
                    )}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function percent(share: number): string {
  return `${(share * 100).toFixed(3)}%`;
}
