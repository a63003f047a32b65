import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFte } from '@web/shared/format';
import { employeePath } from '../utils/employee-paths';
import type { EmployeeSummary } from '../utils/employee-types';
import { TableScroll } from '@web/shared/ui';

/** Element id of a row's link, so "Vis flere" can move focus to the first new row. */
export function employeeLinkId(employeeId: string): string {
  return `employee-link-${employeeId}`;
}

export function EmployeeTable({ employees }: { employees: readonly EmployeeSummary[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('employees.table.caption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('employees.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employees.table.name')}</th>
            <th scope="col">{t('employees.table.number')}</th>
            <th scope="col">{t('employees.table.unit')}</th>
            <th scope="col">{t('employees.table.profession')}</th>
            <th scope="col" className="data-table__numeric">
              {t('employees.table.fte')}
            </th>
            <th scope="col">{t('employees.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {employees.map((employee) => (
            <tr key={employee.id}>
              <th scope="row">
                <Link id={employeeLinkId(employee.id)} to={employeePath(employee.id)}>
                  {employee.fullName}
                </Link>
              </th>
              <td className="data-table__code">{employee.employeeNumber}</td>
              <td>{employee.unit.name}</td>
              <td>{employee.profession?.name ?? t('employees.noProfession')}</td>
              <td className="data-table__numeric">{formatFte(employee.fte)}</td>
              <td>{employee.active ? t('employees.active') : t('employees.inactive')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
