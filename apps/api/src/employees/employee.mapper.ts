import {
  ASSESSMENT_SOURCES,
  computeRealkompetanse,
  findProfession,
  type AssessmentEntry,
  type IsoDate,
} from '@kp/domain';
import { AssessmentSource, type EmployeeRow } from './employee.rows';
import type { AssessmentRow } from './assessments.repository';
import type { Assessment } from './models/assessment.model';
import { CompetenceStatus, NotCountingReason } from './models/competence-status.model';
import type { Employee } from './models/employee.model';
import type { Qualification } from './models/qualification.model';
import type { QualificationRow } from './qualifications.repository';

const collator = new Intl.Collator('nb', { sensitivity: 'base' });

export function toEmployee(row: EmployeeRow): Employee {
  const profession = row.professionCode ? findProfession(row.professionCode) : null;
  return {
    id: row.id,
    employeeNumber: row.employeeNumber,
    givenName: row.givenName,
    familyName: row.familyName,
    fullName: `${row.givenName} ${row.familyName}`,
    positionTitle: row.positionTitle,
    professionCode: row.professionCode,
    profession: profession ? { ...profession } : null,
    fte: row.fte,
    employmentType: row.employmentType,
    birthYear: row.birthYear,
    startDate: row.startDate,
    active: row.active,
    version: row.version,
    unitId: row.unitId,
    municipalityId: row.municipalityId,
  };
}

export function toAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    employeeId: row.employeeId,
    competenceId: row.competenceId,
    level: row.level,
    source: row.source,
    evidence: row.evidence,
    qualificationId: row.qualificationId,
    assessedOn: row.assessedOn,
    validUntil: row.validUntil,
    assessedByName: row.assessedByName,
    confirmedAt: row.confirmedAt ? row.confirmedAt.toISOString() : null,
    confirmedByName: row.confirmedByName,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toQualification(row: QualificationRow): Qualification {
  return {
    id: row.id,
    employeeId: row.employeeId,
    kind: row.kind,
    title: row.title,
    issuer: row.issuer,
    obtainedOn: row.obtainedOn,
    expiresOn: row.expiresOn,
    competences: row.competences.map(({ competenceId, level }) => ({ competenceId, level })),
  };
}

/** The history as the domain expects it; `rows` must be in recorded order. */
export function toAssessmentEntries(rows: readonly AssessmentRow[]): AssessmentEntry[] {
  return rows.map((row) => ({
    competenceId: row.competenceId,
    level: row.level,
    source: row.source,
    assessedAt: row.assessedOn,
    validUntil: row.validUntil,
    confirmedAt: row.confirmedOn,
  }));
}

/**
 * Realkompetanse per competence on `today`, from the domain's rules (never re-implemented
 * here), sorted by competence name. FORMAL rows already carry their qualification's level
 * and expiry, so the domain's separate qualification list stays empty.
 */
export function toCompetenceStatuses(
  rows: readonly AssessmentRow[],
  today: IsoDate,
): CompetenceStatus[] {
  const names = new Map(rows.map((row) => [row.competenceId, row.competenceName]));
  const statuses = computeRealkompetanse(
    { assessments: toAssessmentEntries(rows), qualifications: [] },
    today,
  );
  return statuses
    .map((status): CompetenceStatus => {
      const self = status.sources.SELF_DECLARED;
      return {
        competenceId: status.competenceId,
        level: status.level,
        source: status.source ? AssessmentSource[status.source] : null,
        formalLevel: status.sources.FORMAL?.counting?.level ?? null,
        informalLevel: status.sources.INFORMAL?.counting?.level ?? null,
        leaderLevel: status.sources.LEADER_ASSESSED?.counting?.level ?? null,
        selfDeclaredLevel: self?.shown.level ?? null,
        selfDeclaredConfirmed: self
          ? self.shown.confirmedAt !== null && self.shown.confirmedAt <= today
          : false,
        expiresOn: status.expiresAt,
        levelValidUntil: status.levelValidUntil,
        sources: ASSESSMENT_SOURCES.flatMap((source) => {
          const sourceStatus = status.sources[source];
          if (!sourceStatus) return [];
          return [
            {
              source: AssessmentSource[source],
              level: sourceStatus.shown.level,
              countingLevel: sourceStatus.counting?.level ?? null,
              assessedOn: sourceStatus.shown.assessedAt,
              validUntil: sourceStatus.shown.validUntil,
              reason: sourceStatus.reason ? NotCountingReason[sourceStatus.reason] : null,
            },
          ];
        }),
      };
    })
    .sort((a, b) =>
      collator.compare(names.get(a.competenceId) ?? '', names.get(b.competenceId) ?? ''),
    );
}
