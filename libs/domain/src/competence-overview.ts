// The competence overview as a table: one row per employee, one column per competence anyone
// in the set holds, each cell the employee's realkompetanse level today. Pure: the service
// feeds it rows from the database and writes the result as CSV or XLSX.

import type { IsoDate } from './iso-date';
import { professionName } from './professions';
import { type AssessmentEntry, computeRealkompetanse } from './realkompetanse';

export interface OverviewEmployee {
  id: string;
  employeeNumber: string;
  givenName: string;
  familyName: string;
  unitName: string;
  professionCode: string | null;
  fte: number;
}

export interface OverviewCompetence {
  id: string;
  name: string;
}

/** One assessment as stored, in the order it was recorded. */
export interface OverviewAssessment extends AssessmentEntry {
  employeeId: string;
}

export type OverviewCell = string | number | null;

export const OVERVIEW_HEADERS = [
  'Ansattnummer',
  'Etternavn',
  'Fornavn',
  'Enhet',
  'Yrke',
  'Stillingsprosent',
] as const;

/** Realkompetanse per competence for one employee (only competences with a level). */
export function levelsOn(
  assessments: readonly AssessmentEntry[],
  date: IsoDate,
): Map<string, number> {
  const levels = new Map<string, number>();
  for (const status of computeRealkompetanse({ assessments, qualifications: [] }, date)) {
    if (status.level !== null) levels.set(status.competenceId, status.level);
  }
  return levels;
}

export function overviewHeader(competences: readonly OverviewCompetence[]): string[] {
  return [...OVERVIEW_HEADERS, ...competences.map((competence) => competence.name)];
}

export function describeProfession(code: string | null): string {
  if (!code) return '';
  const name = professionName(code);
  return name ? `${code} ${name}` : code;
}

export function overviewRow(
  employee: OverviewEmployee,
  levels: ReadonlyMap<string, number>,
  competences: readonly OverviewCompetence[],
): OverviewCell[] {
  return [
    employee.employeeNumber,
    employee.familyName,
    employee.givenName,
    employee.unitName,
    describeProfession(employee.professionCode),
    Number(employee.fte),
    ...competences.map((competence) => levels.get(competence.id) ?? null),
  ];
}

/** Groups assessments by employee, keeping the recorded order within each. */
export function byEmployee(
  assessments: readonly OverviewAssessment[],
): Map<string, OverviewAssessment[]> {
  const grouped = new Map<string, OverviewAssessment[]>();
  for (const assessment of assessments) {
    const list = grouped.get(assessment.employeeId);
    if (list) list.push(assessment);
    else grouped.set(assessment.employeeId, [assessment]);
  }
  return grouped;
}
