import { professionName } from '@kp/domain';
import { type HorizonDates, requirementDate } from './horizons';
import type { Requirement, StaffingRequirement } from './models/requirement.model';
import type { CommonRow, RequirementRow, StaffingRequirementRow } from './requirements.repository';

/** What every kind's GraphQL type shows of the common columns. */
function commonOutput(row: CommonRow, dates: HorizonDates) {
  return {
    id: row.id,
    unitId: row.unitId,
    municipalityId: row.municipalityId,
    horizon: row.horizon,
    targetDate: row.targetDate,
    horizonDate: requirementDate(row, dates),
    priority: row.priority,
    rationaleKind: row.rationaleKind,
    rationale: row.rationale,
    reference: row.reference,
    templateId: row.templateId,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function toRequirement(row: RequirementRow, dates: HorizonDates): Requirement {
  return {
    ...commonOutput(row, dates),
    competenceId: row.competenceId,
    minLevel: row.minLevel,
    required: row.required,
    measure: row.measure,
  };
}

export function toStaffingRequirement(
  row: StaffingRequirementRow,
  dates: HorizonDates,
): StaffingRequirement {
  return {
    ...commonOutput(row, dates),
    professionCode: row.professionCode,
    professionName: professionName(row.professionCode),
    requiredFte: row.requiredFte,
  };
}
