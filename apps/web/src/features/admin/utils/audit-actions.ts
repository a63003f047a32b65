/**
 * The audit log's action codes (written by the API's services) and the
 * message id that says each in words. A code missing here is shown as it is,
 * so a new kind of entry is never hidden, only less readable.
 */
const ACTION_IDS = {
  'employee.read': 'employeeRead',
  'employee.list': 'employeeList',
  'employee.create': 'employeeCreate',
  'employee.update': 'employeeUpdate',
  'employee.export': 'employeeExport',
  'employee.erase': 'employeeErase',
  'qualification.create': 'qualificationCreate',
  'qualification.update': 'qualificationUpdate',
  'assessment.create': 'assessmentCreate',
  'assessment.confirm': 'assessmentConfirm',
  'competence.create': 'competenceCreate',
  'competence.update': 'competenceUpdate',
  'user.create': 'userCreate',
  'user.update': 'userUpdate',
  'role.assign': 'roleAssign',
  'role.remove': 'roleRemove',
  'region.settings': 'regionSettings',
  'import.employees': 'importEmployees',
  'import.qualifications': 'importQualifications',
  'import.employees.preview': 'importEmployeesPreview',
  'import.qualifications.preview': 'importQualificationsPreview',
  'requirement.create': 'requirementCreate',
  'requirement.update': 'requirementUpdate',
  'requirement.delete': 'requirementDelete',
  'staffingRequirement.create': 'staffingRequirementCreate',
  'staffingRequirement.update': 'staffingRequirementUpdate',
  'staffingRequirement.delete': 'staffingRequirementDelete',
  'gap.holders': 'gapHolders',
  'appraisal.read': 'appraisalRead',
  'appraisal.list': 'appraisalList',
  'appraisal.draft.read': 'appraisalDraftRead',
  'appraisal.create': 'appraisalCreate',
  'appraisal.update': 'appraisalUpdate',
  'appraisal.discard': 'appraisalDiscard',
  'appraisal.complete': 'appraisalComplete',
  'appraisal.amend': 'appraisalAmend',
  'appraisal.summary.read': 'appraisalSummaryRead',
  'appraisal.progress.read': 'appraisalProgressRead',
  'appraisal_cycle.create': 'appraisalCycleCreate',
  'appraisal_cycle.update': 'appraisalCycleUpdate',
  'teaching_directory.read': 'teachingDirectoryRead',
  'teaching_directory.update': 'teachingDirectoryUpdate',
  'unit.create': 'unitCreate',
  'auth.login': 'signIn',
  'auth.login.failed': 'signInFailed',
  'auth.login.throttled': 'signInThrottled',
  'auth.logout': 'signOut',
  'access.denied': 'accessDenied',
  'access.csrf_rejected': 'csrfRejected',
  'access.out_of_scope': 'outOfScope',
  'audit.export': 'auditExport',
} as const;

/** `employee.export` also names the competence overview (a list of many persons). */
const OVERVIEW_EXPORT = 'competenceOverviewExport';

export type AuditActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS] | typeof OVERVIEW_EXPORT;

/** Every id, for checking that each has a message. */
export const AUDIT_ACTION_IDS: readonly AuditActionId[] = [
  ...Object.values(ACTION_IDS),
  OVERVIEW_EXPORT,
];

/** The message id for an entry's action, or null when the code is unknown. */
export function auditActionId(action: string, entityType: string): AuditActionId | null {
  if (action === 'employee.export' && entityType === 'competence-overview') return OVERVIEW_EXPORT;
  return Object.hasOwn(ACTION_IDS, action) ? ACTION_IDS[action as keyof typeof ACTION_IDS] : null;
}
