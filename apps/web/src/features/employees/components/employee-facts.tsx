import { useTranslation } from 'react-i18next';
import { formatDate, formatFte, MISSING_VALUE } from '@web/shared/format';
import type { EmployeeProfile } from '../utils/employee-types';

/** The facts from the HR system, as a description list. */
export function EmployeeFacts({ employee }: { employee: EmployeeProfile }) {
  const { t } = useTranslation();
  const facts: Array<[string, string]> = [
    [t('employee.facts.number'), employee.employeeNumber],
    [t('employee.facts.unit'), employee.unit.name],
    [t('employee.facts.municipality'), employee.municipality.name],
    [t('employee.facts.position'), employee.positionTitle || MISSING_VALUE],
    [
      t('employee.facts.profession'),
      employee.profession
        ? t('employees.professionOption', {
            code: employee.profession.code,
            name: employee.profession.name,
          })
        : t('employees.noProfession'),
    ],
    [t('employee.facts.fte'), formatFte(employee.fte)],
    [t('employee.facts.employmentType'), t(`people.employmentType.${employee.employmentType}`)],
    [
      t('employee.facts.birthYear'),
      employee.birthYear === null || employee.birthYear === undefined
        ? MISSING_VALUE
        : String(employee.birthYear),
    ],
    [t('employee.facts.startDate'), formatDate(employee.startDate)],
    [t('employee.facts.status'), employee.active ? t('employees.active') : t('employees.inactive')],
  ];
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term} className="facts__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
