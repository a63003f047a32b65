import { useTranslation } from 'react-i18next';
import type { SeriesFieldsFragment } from '@web/gql/graphql';
import { formatDate, formatNumber } from '@web/shared/format';
import { TableScroll } from '@web/shared/ui';
import { formatPeriod } from '../utils/run-chart-data';

/** The run chart as a table: every month, its value and where it comes from. */
export function SeriesTable({ series }: { series: SeriesFieldsFragment }) {
  const { t } = useTranslation();
  const months = t('evaluation.monthsShort').split(',');
  const decimals = series.indicator.decimals;
  return (
    <TableScroll label={t('evaluation.table.caption', { name: series.indicator.name })}>
      <table className="table">
        <caption>{t('evaluation.table.caption', { name: series.indicator.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.table.month')}</th>
            <th scope="col" className="number">
              {t('evaluation.table.value')}
            </th>
            <th scope="col">{t('evaluation.table.source')}</th>
            <th scope="col">{t('evaluation.table.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((point) => (
            <tr key={point.period}>
              <th scope="row">{formatPeriod(point.period, months)}</th>
              <td className="number">{formatNumber(point.value, { decimals })}</td>
              <td>
                {t(`evaluation.source.${point.source}`)}
                {point.enteredBy ? ` (${point.enteredBy}, ${formatDate(point.measuredOn)})` : ''}
              </td>
              <td>
                {[
                  point.inBaseline ? t('evaluation.table.inBaseline') : null,
                  point.inSignal ? t('evaluation.table.inSignal') : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
