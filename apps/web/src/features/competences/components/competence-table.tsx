import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import { competencePath } from '../utils/competence-paths';
import { ValidityText } from './validity-text';
import { TableScroll } from '@web/shared/ui';

export function CompetenceTable({
  competences,
}: {
  competences: readonly CompetenceFieldsFragment[];
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('catalogue.table.caption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('catalogue.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogue.table.name')}</th>
            <th scope="col">{t('catalogue.table.area')}</th>
            <th scope="col">{t('catalogue.table.buildingBlock')}</th>
            <th scope="col">{t('catalogue.table.tags')}</th>
            <th scope="col">{t('catalogue.table.validity')}</th>
          </tr>
        </thead>
        <tbody>
          {competences.map((competence) => (
            <tr key={competence.id}>
              <th scope="row">
                <Link to={competencePath(competence.id)}>{competence.name}</Link>
                {competence.active ? null : (
                  <span className="tag tag--inactive">{t('catalogue.inactive')}</span>
                )}
              </th>
              <td>{competence.area}</td>
              <td>{t(`people.buildingBlock.${competence.buildingBlock}`)}</td>
              <td>
                {competence.tags.length > 0 ? (
                  <ul className="tag-list">
                    {competence.tags.map((tag) => (
                      <li key={tag} className="tag tag--neutral">
                        {tag}
                      </li>
                    ))}
                  </ul>
                ) : (
                  '–'
                )}
              </td>
              <td>
                <ValidityText months={competence.validityMonths} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
