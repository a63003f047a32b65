// How a change to an employee reads in the dry-run report: Norwegian field names and values
// written the way the file writes them (80,5 for FTE, dd.mm.yyyy for dates, «fast»).

import { formatNorwegianDate, formatNorwegianNumber } from '../norwegian-format';
import { professionName } from '../professions';
import { EMPLOYMENT_TYPE_NAMES, type EmploymentType } from './employee-row';
import type { FieldChange } from './import-report';

/** Employee fields as stored, for the report and the audit log. */
export interface EmployeeValues {
  givenName: string | null;
  familyName: string | null;
  unitId: string | null;
  unitName: string | null;
  positionTitle: string | null;
  professionCode: string | null;
  fte: number | null;
  employmentType: string | null;
  birthYear: number | null;
  startDate: string | null;
  active: boolean | null;
}

export const EMPLOYEE_CHANGE_LABELS: Record<string, string> = {
  givenName: 'Fornavn',
  familyName: 'Etternavn',
  unitId: 'Enhet',
  positionTitle: 'Stilling',
  professionCode: 'Yrkeskode',
  fte: 'Stillingsprosent',
  employmentType: 'Ansettelsesform',
  birthYear: 'Fødselsår',
  startDate: 'Startdato',
  active: 'Aktiv',
};

export function displayEmployeeValue(field: string, values: EmployeeValues): string {
  switch (field) {
    case 'unitId':
      return values.unitName ?? '';
    case 'professionCode': {
      const code = values.professionCode;
      if (!code) return '';
      const name = professionName(code);
      return name ? `${code} ${name}` : code;
    }
    case 'fte': {
      const fte = values.fte === null ? null : Number(values.fte);
      if (fte === null) return '';
      if (Number.isInteger(fte)) return formatNorwegianNumber(fte, 0);
      return formatNorwegianNumber(fte, 2).replace(/0$/, '');
    }
    case 'employmentType':
      return values.employmentType
        ? (EMPLOYMENT_TYPE_NAMES[values.employmentType as EmploymentType] ?? values.employmentType)
        : '';
    case 'startDate':
      return values.startDate ? formatNorwegianDate(values.startDate) : '';
    case 'active':
      return values.active === null ? '' : values.active ? 'ja' : 'nei';
    case 'birthYear':
      return values.birthYear === null ? '' : String(values.birthYear);
    default: {
      const value = values[field as keyof EmployeeValues];
      return value === null || value === undefined ? '' : String(value);
    }
  }
}

export function describeEmployeeChanges(
  changed: readonly string[],
  before: EmployeeValues,
  after: EmployeeValues,
): FieldChange[] {
  return changed.map((field) => ({
    field,
    label: EMPLOYEE_CHANGE_LABELS[field] ?? field,
    from: displayEmployeeValue(field, before),
    to: displayEmployeeValue(field, after),
  }));
}

/** The changed fields only, with stored values, for the audit log's before and after. */
export function pickFields(
  values: EmployeeValues,
  fields: readonly string[],
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) {
    picked[field] = values[field as keyof EmployeeValues] ?? null;
    if (field === 'fte' && picked.fte !== null) picked.fte = Number(picked.fte);
  }
  return picked;
}
