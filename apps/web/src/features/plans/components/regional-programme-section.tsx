import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '@web/shared/format';
import { EmptyState, QueryPending, TableScroll } from '@web/shared/ui';
import { useActionPlans } from '../hooks/use-plans';
import type { HalfYear } from '../utils/half-year';
import { MeasureCells } from './measure-cells';

/**
 * The region's programme beside a municipality's or unit's plan: its measures are open to
 * all five municipalities, and each signs up its own people on the measure's page.
 */
export function RegionalProgrammeSection({ period }: { period: HalfYear }) {
  const { t } = useTranslation();
  const filter = useMemo(
    () => ({ level: 'REGION' as const, year: period.year, half: period.half }),
    [period],
  );
  const plans = useActionPlans(filter);
  const programme = plans.data?.find((plan) => plan.level === 'REGION');
  const measures = (programme?.measures ?? []).filter((measure) => measure.status !== 'CANCELLED');
  const caption = t('plans.regional.caption');

  let content;
  if (!plans.data) content = <QueryPending query={plans} loadingLabel={t('plans.loading')} />;
  else if (!programme) content = <EmptyState>{t('plans.regional.none')}</EmptyState>;
  else if (measures.length === 0) content = <EmptyState>{t('plans.regional.empty')}</EmptyState>;
  else {
    content = (
      <TableScroll label={caption}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.table.title')}</th>
              <th scope="col">{t('plans.table.dates')}</th>
              <th scope="col">{t('plans.table.status')}</th>
              <th scope="col" className="data-table__numeric">
                {t('plans.table.places')}
              </th>
            </tr>
          </thead>
          <tbody>
            {measures.map((measure) => (
              <tr key={measure.id}>
                <MeasureCells measure={measure} />
                <td className="data-table__numeric">{formatInteger(measure.places)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    );
  }
  return (
    <section className="section" aria-labelledby="plan-regional-heading">
      <h2 id="plan-regional-heading">
        {t('plans.regional.heading', {
          period: t('plans.halfYear', { half: period.half, year: period.year }),
        })}
      </h2>
      <p>{t('plans.regional.intro')}</p>
      {content}
    </section>
  );
}
