import type { AddQualificationInput, QualificationKind } from '@web/gql/graphql';

export const QUALIFICATION_KINDS: readonly QualificationKind[] = [
  'CERTIFICATE',
  'COURSE',
  'EDUCATION',
];

export const ADD_QUALIFICATION_FIELDS = [
  'kind',
  'title',
  'issuer',
  'obtainedOn',
  'expiresOn',
  'competences',
] as const;
export type AddQualificationField = (typeof ADD_QUALIFICATION_FIELDS)[number];

export interface CompetenceMappingRow {
  /** Stable React key for the row. */
  key: number;
  competenceId: string;
  /** '' until chosen. */
  level: string;
}

export interface AddQualificationValues {
  kind: QualificationKind;
  title: string;
  issuer: string;
  obtainedOn: string;
  /** '' lets the API derive it from the competences' validity. */
  expiresOn: string;
  competences: CompetenceMappingRow[];
}

export type AddQualificationProblemKey =
  | 'addQualification.titleRequired'
  | 'addQualification.obtainedOnRequired'
  | 'addQualification.competenceRequired'
  | 'addQualification.rowIncomplete';

export function initialQualificationValues(): AddQualificationValues {
  return {
    kind: 'CERTIFICATE',
    title: '',
    issuer: '',
    obtainedOn: '',
    expiresOn: '',
    competences: [{ key: 0, competenceId: '', level: '' }],
  };
}

function isBlank(row: CompetenceMappingRow): boolean {
  return row.competenceId === '' && row.level === '';
}

/** Checks before sending: title and date, and at least one competence with its level. */
export function missingQualificationFields(
  values: AddQualificationValues,
): Partial<Record<AddQualificationField, AddQualificationProblemKey>> {
  const missing: Partial<Record<AddQualificationField, AddQualificationProblemKey>> = {};
  if (!values.title.trim()) missing.title = 'addQualification.titleRequired';
  if (!values.obtainedOn) missing.obtainedOn = 'addQualification.obtainedOnRequired';
  const rows = values.competences.filter((row) => !isBlank(row));
  if (rows.some((row) => row.competenceId === '' || row.level === '')) {
    missing.competences = 'addQualification.rowIncomplete';
  } else if (rows.length === 0) {
    missing.competences = 'addQualification.competenceRequired';
  }
  return missing;
}

export function toAddQualificationInput(
  employeeId: string,
  values: AddQualificationValues,
): AddQualificationInput {
  return {
    employeeId,
    kind: values.kind,
    title: values.title.trim(),
    issuer: values.issuer.trim() || null,
    obtainedOn: values.obtainedOn,
    expiresOn: values.expiresOn || null,
    competences: values.competences
      .filter((row) => !isBlank(row))
      .map((row) => ({ competenceId: row.competenceId, level: Number(row.level) })),
  };
}
