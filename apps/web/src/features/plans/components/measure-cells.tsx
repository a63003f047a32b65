import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeasureStatus } from '@web/gql/graphql';
import { formatDate } from '@web/shared/format';
import { measurePath } from '../utils/plan-paths';

/** A measure in the Norwegian way of writing a period: `10.01.2027–01.03.2027`. */
export function MeasureDates({ measure }: { measure: { startsOn: string; endsOn: string } }) {
  const { t } = useTranslation();
  return (
    <>
      {t('plans.timeline.range', {
        from: formatDate(measure.startsOn),
        to: formatDate(measure.endsOn),
      })}
    </>
  );
}

/** The cells every list of measures starts with: the title (linked), the period, the status. */
export function MeasureCells({
  measure,
  kind,
}: {
  measure: { id: string; title: string; startsOn: string; endsOn: string; status: MeasureStatus };
  /** Shown between the title and the period ("Kurs"), where the list has that column. */
  kind?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <th scope="row">
        <Link to={measurePath(measure.id)}>{measure.title}</Link>
      </th>
      {kind !== undefined ? <td>{kind}</td> : null}
      <td className="plan-timeline__dates">
        <MeasureDates measure={measure} />
      </td>
      <td>{t(`plans.measureStatus.${measure.status}`)}</td>
    </>
  );
}
