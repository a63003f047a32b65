import type { AssessmentSource, RecordAssessmentInput } from '@web/gql/graphql';

/** Sources a leader or HR can record; FORMAL comes only through qualifications. */
export const RECORDABLE_SOURCES: readonly AssessmentSource[] = [
  'LEADER_ASSESSED',
  'INFORMAL',
  'SELF_DECLARED',
];

export const RECORD_ASSESSMENT_FIELDS = [
  'competenceId',
  'level',
  'source',
  'evidence',
  'assessedOn',
  'validUntil',
] as const;
export type RecordAssessmentField = (typeof RECORD_ASSESSMENT_FIELDS)[number];

export interface RecordAssessmentValues {
  competenceId: string;
  /** '' until a level is chosen. */
  level: string;
  source: AssessmentSource;
  evidence: string;
  /** ISO dates from date inputs; '' when left empty. */
  assessedOn: string;
  validUntil: string;
}

export type RecordAssessmentProblemKey =
  'recordAssessment.competenceRequired' | 'recordAssessment.levelRequired';

export function initialRecordAssessmentValues(
  today: string,
  competenceId = '',
): RecordAssessmentValues {
  return {
    competenceId,
    level: '',
    source: 'LEADER_ASSESSED',
    evidence: '',
    assessedOn: today,
    validUntil: '',
  };
}

/** What must be chosen before sending; the API checks the rest (level on the scale, dates). */
export function missingAssessmentFields(
  values: RecordAssessmentValues,
): Partial<Record<RecordAssessmentField, RecordAssessmentProblemKey>> {
  const missing: Partial<Record<RecordAssessmentField, RecordAssessmentProblemKey>> = {};
  if (!values.competenceId) missing.competenceId = 'recordAssessment.competenceRequired';
  if (values.level === '') missing.level = 'recordAssessment.levelRequired';
  return missing;
}

export function toRecordAssessmentInput(
  employeeId: string,
  values: RecordAssessmentValues,
): RecordAssessmentInput {
  return {
    employeeId,
    competenceId: values.competenceId,
    level: Number(values.level),
    source: values.source,
    evidence: values.evidence.trim() || null,
    assessedOn: values.assessedOn || null,
    validUntil: values.validUntil || null,
  };
}
