import { Injectable } from '@nestjs/common';
import { professionName } from '@kp/domain';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import type { RequirementFilter } from './dto/requirement-filter.input';
import type {
  CreateStaffingRequirementInput,
  UpdateStaffingRequirementInput,
} from './dto/staffing-requirement.input';
import type { StaffingRequirement } from './models/requirement.model';
import { Measure } from './requirement.enums';
import { toStaffingRequirement } from './requirement.mapper';
import { amountProblems, targetDateProblems } from './requirement-rules';
import {
  createdCommon,
  type RequirementDates,
  requirementDates,
  type RequirementKind,
  RequirementWrites,
  updatedCommon,
} from './requirement-writes';
import {
  RequirementsRepository,
  type StaffingRequirementRow,
  type StaffingRequirementValues,
} from './requirements.repository';

const DUPLICATE_STAFFING = UserError.field(
  'professionCode',
  'DUPLICATE_REQUIREMENT',
  'Enheten har allerede et bemanningskrav for dette yrket og denne tidshorisonten',
);

function staffingProblems(
  values: StaffingRequirementValues,
  { today, dates }: RequirementDates,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (professionName(values.professionCode) === null) {
    problems.push({
      field: 'professionCode',
      code: 'UNKNOWN_PROFESSION',
      message: `Yrkeskoden «${values.professionCode}» er ikke en kjent STYRK-08-kode i helse og omsorg`,
    });
  }
  problems.push(...amountProblems('requiredFte', values.requiredFte, Measure.FTE));
  problems.push(...targetDateProblems(values.targetDate, values.horizon, today, dates));
  return problems;
}

/** Staffing requirements: årsverk of a profession a unit needs, now and ahead. */
@Injectable()
export class StaffingRequirementsService {
  private readonly kind: RequirementKind<
    StaffingRequirementValues,
    StaffingRequirementRow,
    StaffingRequirement
  > = {
    noun: 'bemanningskravet',
    action: 'staffingRequirement',
    entityType: 'staffing_requirement',
    keyIndex: 'staffing_requirement_key_idx',
    duplicate: DUPLICATE_STAFFING,
    find: (regionId, id, manager) => this.requirements.findStaffing(regionId, id, manager, true),
    insert: (manager, unit, values, by) =>
      this.requirements.insertStaffing(manager, unit, values, by),
    update: (manager, id, version, values) =>
      this.requirements.updateStaffing(manager, id, version, values),
    delete: (manager, id) => this.requirements.deleteStaffing(manager, id),
    problems: async (_actor, values, _manager, dates) => staffingProblems(values, dates),
    output: toStaffingRequirement,
  };

  constructor(
    private readonly requirements: RequirementsRepository,
    private readonly writes: RequirementWrites,
  ) {}

  async list(actor: Actor, filter: RequirementFilter | null): Promise<StaffingRequirement[]> {
    const { dates } = requirementDates();
    const rows = await this.requirements.listStaffing(actor.regionId, filter ?? {});
    return rows.map((row) => toStaffingRequirement(row, dates));
  }

  create(actor: Actor, input: CreateStaffingRequirementInput): Promise<StaffingRequirement> {
    return this.writes.create(this.kind, actor, input.unitId, {
      professionCode: input.professionCode,
      requiredFte: input.requiredFte,
      ...createdCommon(input),
    });
  }

  update(actor: Actor, input: UpdateStaffingRequirementInput): Promise<StaffingRequirement> {
    return this.writes.update(this.kind, actor, input, (current) => ({
      professionCode: input.professionCode ?? current.professionCode,
      requiredFte: input.requiredFte ?? current.requiredFte,
      ...updatedCommon(input, current),
    }));
  }

  delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.writes.delete(this.kind, actor, id, version);
  }
}
