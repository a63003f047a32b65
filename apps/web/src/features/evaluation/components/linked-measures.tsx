import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '@web/gql/graphql';
import { formatDate } from '@web/shared/format';

/** The measures (tiltak) meant to move the indicator. */
export function LinkedMeasures({ measures }: { measures: IndicatorFieldsFragment['measures'] }) {
  const { t } = useTranslation();
  return (
    <section className="evaluation-measures" aria-labelledby="measures-heading">
      <h3 id="measures-heading">{t('evaluation.measures.heading')}</h3>
      {measures.length === 0 ? (
        <p>{t('evaluation.measures.none')}</p>
      ) : (
        <ul>
          {measures.map((measure) => (
            <li key={measure.id}>
              {t('evaluation.measures.item', {
                title: measure.title,
                from: formatDate(measure.startsOn),
                to: formatDate(measure.endsOn),
                status: t(`evaluation.measures.status.${measure.status}`, {
                  defaultValue: measure.status,
                }),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
