import { useTranslation } from 'react-i18next';
import { EmptyState, TableScroll } from '@web/shared/ui';
import type { CompetenceStatus } from '../utils/employee-types';
import { expiryState } from '../utils/expiry';
import { levelDescription } from '../utils/levels';
import { ExpiryBadge } from './expiry-badge';

interface RealkompetanseTableProps {
  statuses: readonly CompetenceStatus[];
  today: string;
}

/** Realkompetanse per competence today: the level that counts, where it comes from, when it lapses. */
export function RealkompetanseTable({ statuses, today }: RealkompetanseTableProps) {
  const { t } = useTranslation();
  if (statuses.length === 0) return <EmptyState>{t('employee.real.empty')}</EmptyState>;
  return (
    <TableScroll label={t('employee.real.caption')}>
      <table className="data-table" id="realkompetanse-table">
        <caption className="visually-hidden">{t('employee.real.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employee.real.competence')}</th>
            <th scope="col">{t('employee.real.level')}</th>
            <th scope="col">{t('employee.real.source')}</th>
            <th scope="col">{t('employee.real.expires')}</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => {
            const description =
              status.level === null || status.level === undefined
                ? null
                : levelDescription(status.competence.scale, status.level);
            return (
              <tr key={status.competence.id}>
                <th scope="row">{status.competence.name}</th>
                <td>
                  {status.level === null || status.level === undefined ? (
                    <span className="muted">{t('employee.real.noLevel')}</span>
                  ) : (
                    <>
                      <span className="level">
                        {t('employee.levelValue', { level: status.level })}
                      </span>
                      {description ? (
                        <span className="level__description">{description}</span>
                      ) : null}
                    </>
                  )}
                </td>
                <td>{status.source ? t(`people.source.${status.source}`) : '–'}</td>
                <td>
                  <ExpiryBadge
                    expiresOn={status.expiresOn}
                    state={expiryState(status.expiresOn, today)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
