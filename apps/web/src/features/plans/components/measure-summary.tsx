import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanMeasureFieldsFragment } from '@web/gql/graphql';
import { formatInteger, formatKroner, formatNumber } from '@web/shared/format';
import { MeasureDates } from './measure-cells';

/**
 * A measure for those who read it (board members, other scopes): the facts, the money, what
 * it develops, the places per municipality and who teaches. Names are the API's to hide.
 */
export function MeasureSummary({
  measure,
  regional,
}: {
  measure: PlanMeasureFieldsFragment;
  regional: boolean;
}) {
  const { t } = useTranslation();
  const none = '–';
  const rows: Array<[string, ReactNode]> = [
    [t('plans.measureForm.strategy'), t(`plans.strategy.${measure.strategy}`)],
    [t('plans.measureForm.kind'), t(`plans.kind.${measure.kind}`)],
    [
      t('plans.measureForm.provider'),
      measure.providerName
        ? `${t(`plans.provider.${measure.provider}`)} (${measure.providerName})`
        : t(`plans.provider.${measure.provider}`),
    ],
    [t('plans.measureForm.targetGroup'), measure.targetGroup || none],
    [t('plans.measureForm.owner'), measure.owner ?? none],
    [t('plans.table.dates'), <MeasureDates key="dates" measure={measure} />],
    [t('plans.measureForm.places'), formatInteger(measure.places)],
    [t('plans.measureForm.hours'), formatNumber(measure.hours, { decimals: 1 })],
    [
      t('plans.measureForm.awardsCertificate'),
      measure.awardsCertificate ? t('plans.conflict.yes') : t('plans.conflict.no'),
    ],
    ...measure.funding.map((line): [string, ReactNode] => [
      t(`plans.funding.${line.source}`),
      formatKroner(line.amount),
    ]),
    [t('plans.figures.total'), formatKroner(measure.cost)],
  ];
  return (
    <section className="section" aria-labelledby="measure-summary-heading">
      <h2 id="measure-summary-heading">{t('plans.measure.summaryHeading')}</h2>
      <div className="panel">
        <dl className="facts">
          {rows.map(([label, value]) => (
            <div key={label} className="facts__item">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {measure.description ? <p>{measure.description}</p> : null}
        <h3>{t('plans.measureForm.targets')}</h3>
        {measure.targets.length === 0 ? (
          <p>{t('plans.measure.noTargets')}</p>
        ) : (
          <ul>
            {measure.targets.map((target) => (
              <li key={target.competenceId}>
                {t('plans.measure.targetLine', {
                  competence: target.competence.name,
                  level: target.level,
                })}
              </li>
            ))}
          </ul>
        )}
        {regional ? (
          <>
            <h3>{t('plans.measureForm.shares')}</h3>
            {measure.shares.length === 0 ? (
              <p>{t('plans.measure.noShares')}</p>
            ) : (
              <ul>
                {measure.shares.map((share) => (
                  <li key={share.municipalityId}>
                    {t('plans.measure.shareLine', {
                      municipality: share.municipality.name,
                      places: formatInteger(share.places),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : null}
        <h3>{t('plans.measureForm.teachers')}</h3>
        {measure.teachers.length === 0 ? (
          <p>{t('plans.measureForm.noTeachers')}</p>
        ) : (
          <ul>
            {measure.teachers.map((teacher, index) => (
              <li key={index}>
                {teacher.name
                  ? t('plans.measureForm.teacherLine', {
                      name: teacher.name,
                      municipality: teacher.municipality.name,
                      topic: teacher.competence.name,
                    })
                  : t('plans.measure.teacherUnnamed', {
                      municipality: teacher.municipality.name,
                      topic: teacher.competence.name,
                    })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
