import { useTranslation } from 'react-i18next';
import { formatDate } from '@web/shared/format';
import { EmptyState } from '@web/shared/ui';
import type { QualificationItem } from '../utils/employee-types';
import { expiryState } from '../utils/expiry';
import { ExpiryBadge } from './expiry-badge';

interface FormalCompetenceProps {
  qualifications: readonly QualificationItem[];
  today: string;
}

/** Education, certificates and courses with their dates and the competences they document. */
export function FormalCompetence({ qualifications, today }: FormalCompetenceProps) {
  const { t } = useTranslation();
  if (qualifications.length === 0) {
    return <EmptyState>{t('employee.formal.empty')}</EmptyState>;
  }
  return (
    <ul className="record-list">
      {qualifications.map((qualification) => (
        <li key={qualification.id} className="record-list__item">
          <p className="record-list__title">
            {qualification.title}{' '}
            <span className="tag tag--neutral">
              {t(`people.qualificationKind.${qualification.kind}`)}
            </span>
          </p>
          <dl className="record-list__facts">
            {qualification.issuer ? (
              <div>
                <dt>{t('employee.formal.issuer')}</dt>
                <dd>{qualification.issuer}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('employee.formal.obtained')}</dt>
              <dd>{formatDate(qualification.obtainedOn)}</dd>
            </div>
            <div>
              <dt>{t('employee.formal.expires')}</dt>
              <dd>
                <ExpiryBadge
                  expiresOn={qualification.expiresOn}
                  state={expiryState(qualification.expiresOn, today)}
                />
              </dd>
            </div>
            {qualification.competences.length > 0 ? (
              <div>
                <dt>{t('employee.formal.documents')}</dt>
                <dd>
                  {qualification.competences
                    .map((mapping) =>
                      t('employee.formal.mapping', {
                        name: mapping.competence.name,
                        level: mapping.level,
                      }),
                    )
                    .join(', ')}
                </dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
