import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MunicipalityRow } from '../utils/municipality-rows';
import { useUnitCountText } from './unit-count';

export function MunicipalityTable({ rows }: { rows: MunicipalityRow[] }) {
  const { t } = useTranslation();
  const unitCountText = useUnitCountText();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('home.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('home.table.number')}</th>
            <th scope="col">{t('home.table.name')}</th>
            <th scope="col" className="data-table__numeric">
              {t('home.table.units')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="data-table__code">{row.number}</td>
              <th scope="row">
                <Link to={row.path}>{row.name}</Link>
              </th>
              <td className="data-table__numeric">{unitCountText(row.unitCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
