import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { professionName } from '@kp/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import { isUniqueViolation } from '../database/postgres-errors';
import type { CopyRequirementsInput } from './dto/copy-requirements.input';
import type { CreateRequirementInput } from './dto/create-requirement.input';
import type { RequirementFilter } from './dto/requirement-filter.input';
import type {
  CreateStaffingRequirementInput,
  UpdateStaffingRequirementInput,
} from './dto/staffing-requirement.input';
import type { UpdateRequirementInput } from './dto/update-requirement.input';
import { horizonDates, type HorizonDates, todayInNorway } from './horizons';
import type {
  CopyRequirementsResult,
  Requirement,
  StaffingRequirement,
} from './models/requirement.model';
import { Measure } from './requirement.enums';
import { toRequirement, toStaffingRequirement } from './requirement.mapper';
import {
  amountProblems,
  levelProblems,
  rejectIfAny,
  targetDateProblems,
  unknownUnit,
  unknownUnitProblem,
} from './requirement-rules';
import { requirementWriteScope } from './requirement-scope';
import {
  RequirementRow,
  RequirementsRepository,
  RequirementValues,
  StaffingRequirementRow,
  StaffingRequirementValues,
  UnitRef,
} from './requirements.repository';

const DUPLICATE = new UserError(
  'BAD_USER_INPUT',
  'Enheten har allerede et krav for denne kompetansen med samme minstenivå, måleenhet og tidshorisont',
  [
    {
      field: 'competenceId',
      code: 'DUPLICATE_REQUIREMENT',
      message:
        'Enheten har allerede et krav for denne kompetansen med samme minstenivå, måleenhet og tidshorisont',
    },
  ],
);

const DUPLICATE_STAFFING = UserError.field(
  'professionCode',
  'DUPLICATE_REQUIREMENT',
  'Enheten har allerede et bemanningskrav for dette yrket og denne tidshorisonten',
);

function auditable(row: RequirementRow | StaffingRequirementRow): Record<string, unknown> {
  const { updatedAt, ...rest } = row;
  return { ...rest, updatedAt: new Date(updatedAt).toISOString() };
}

/** Requirements (kravanalyse) and staffing requirements: reading, changing, copying templates. */
@Injectable()
export class RequirementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requirements: RequirementsRepository,
    private readonly audit: AuditService,
  ) {}

  private dates(): { today: string; dates: HorizonDates } {
    const today = todayInNorway();
    return { today, dates: horizonDates(today) };
  }

  async list(actor: Actor, filter: RequirementFilter | null): Promise<Requirement[]> {
    const { dates } = this.dates();
    const rows = await this.requirements.list(actor.regionId, filter ?? {});
    return rows.map((row) => toRequirement(row, dates));
  }

  async get(actor: Actor, id: string): Promise<Requirement | null> {
    const row = await this.requirements.find(actor.regionId, id);
    return row ? toRequirement(row, this.dates().dates) : null;
  }

  async listStaffing(
    actor: Actor,
    filter: RequirementFilter | null,
  ): Promise<StaffingRequirement[]> {
    const { dates } = this.dates();
    const rows = await this.requirements.listStaffing(actor.regionId, filter ?? {});
    return rows.map((row) => toStaffingRequirement(row, dates));
  }

  /** Field problems of a requirement's values (the competence read in the transaction). */
  private async problemsOf(
    actor: Actor,
    values: RequirementValues,
    manager: EntityManager,
  ): Promise<FieldProblem[]> {
    const { today, dates } = this.dates();
    const problems: FieldProblem[] = [];
    const competence = await this.requirements.findCompetence(
      actor.regionId,
      values.competenceId,
      manager,
    );
    if (!competence) {
      problems.push({
        field: 'competenceId',
        code: 'UNKNOWN_COMPETENCE',
        message: 'Kompetansen finnes ikke',
      });
    } else {
      problems.push(...levelProblems(values.minLevel, competence));
    }
    problems.push(...amountProblems('required', values.required, values.measure));
    problems.push(...targetDateProblems(values.targetDate, values.horizon, today, dates));
    return problems;
  }

  async create(actor: Actor, input: CreateRequirementInput): Promise<Requirement> {
    const values: RequirementValues = {
      competenceId: input.competenceId,
      minLevel: input.minLevel,
      required: input.required,
      measure: input.measure,
      horizon: input.horizon,
      targetDate: input.targetDate ?? null,
      priority: input.priority,
      rationaleKind: input.rationaleKind,
      rationale: input.rationale ?? '',
      reference: input.reference || null,
    };
    try {
      return await this.db.transaction(async (manager) => {
        const unit = await this.requirements.findWritableUnit(
          requirementWriteScope(actor),
          input.unitId,
          manager,
        );
        const problems: FieldProblem[] = unit ? [] : [unknownUnitProblem()];
        problems.push(...(await this.problemsOf(actor, values, manager)));
        rejectIfAny(problems);
        const row = await this.requirements.insert(manager, unit!, values, actor.userId);
        await this.audit.change(manager, actor, [
          {
            action: 'requirement.create',
            entityType: 'requirement',
            entityId: row.id,
            municipalityId: row.municipalityId,
            after: auditable(row),
          },
        ]);
        return toRequirement(row, this.dates().dates);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'requirement_key_idx')) throw DUPLICATE;
      throw error;
    }
  }

  /** The requirement, locked, if the caller may change it; NOT_FOUND otherwise. */
  private async writable(
    actor: Actor,
    id: string,
    manager: EntityManager,
  ): Promise<RequirementRow> {
    const current = await this.requirements.find(actor.regionId, id, manager, true);
    const unit = current
      ? await this.requirements.findWritableUnit(
          requirementWriteScope(actor),
          current.unitId,
          manager,
        )
      : null;
    if (!current || !unit) throw UserError.notFound('kravet');
    return current;
  }

  async update(actor: Actor, input: UpdateRequirementInput): Promise<Requirement> {
    try {
      return await this.db.transaction(async (manager) => {
        const current = await this.writable(actor, input.id, manager);
        if (current.version !== input.version) throw UserError.conflict('kravet');
        const next: RequirementValues = {
          competenceId: input.competenceId ?? current.competenceId,
          minLevel: input.minLevel ?? current.minLevel,
          required: input.required ?? current.required,
          measure: input.measure ?? current.measure,
          horizon: input.horizon ?? current.horizon,
          targetDate: input.targetDate === undefined ? current.targetDate : input.targetDate,
          priority: input.priority ?? current.priority,
          rationaleKind: input.rationaleKind ?? current.rationaleKind,
          rationale: input.rationale ?? current.rationale,
          reference: input.reference === undefined ? current.reference : input.reference || null,
        };
        const problems = await this.problemsOf(actor, next, manager);
        // An unchanged target date that has since passed is not the caller's doing.
        if (next.targetDate === current.targetDate && next.horizon === current.horizon) {
          rejectIfAny(problems.filter((p) => p.field !== 'targetDate'));
        } else {
          rejectIfAny(problems);
        }
        const row = await this.requirements.update(manager, current.id, current.version, next);
        if (!row) throw new Error('Locked requirement changed version');
        await this.audit.change(manager, actor, [
          {
            action: 'requirement.update',
            entityType: 'requirement',
            entityId: row.id,
            municipalityId: row.municipalityId,
            before: auditable(current),
            after: auditable(row),
          },
        ]);
        return toRequirement(row, this.dates().dates);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'requirement_key_idx')) throw DUPLICATE;
      throw error;
    }
  }

  async delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.db.transaction(async (manager) => {
      const current = await this.writable(actor, id, manager);
      if (current.version !== version) throw UserError.conflict('kravet');
      await this.requirements.delete(manager, current.id);
      await this.audit.change(manager, actor, [
        {
          action: 'requirement.delete',
          entityType: 'requirement',
          entityId: current.id,
          municipalityId: current.municipalityId,
          before: auditable(current),
        },
      ]);
      return current.id;
    });
  }

  private staffingProblems(values: StaffingRequirementValues): FieldProblem[] {
    const { today, dates } = this.dates();
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

  async createStaffing(
    actor: Actor,
    input: CreateStaffingRequirementInput,
  ): Promise<StaffingRequirement> {
    const values: StaffingRequirementValues = {
      professionCode: input.professionCode,
      requiredFte: input.requiredFte,
      horizon: input.horizon,
      targetDate: input.targetDate ?? null,
      priority: input.priority,
      rationaleKind: input.rationaleKind,
      rationale: input.rationale ?? '',
      reference: input.reference || null,
    };
    try {
      return await this.db.transaction(async (manager) => {
        const unit = await this.requirements.findWritableUnit(
          requirementWriteScope(actor),
          input.unitId,
          manager,
        );
        const problems: FieldProblem[] = unit ? [] : [unknownUnitProblem()];
        problems.push(...this.staffingProblems(values));
        rejectIfAny(problems);
        const row = await this.requirements.insertStaffing(manager, unit!, values, actor.userId);
        await this.audit.change(manager, actor, [
          {
            action: 'staffingRequirement.create',
            entityType: 'staffing_requirement',
            entityId: row.id,
            municipalityId: row.municipalityId,
            after: auditable(row),
          },
        ]);
        return toStaffingRequirement(row, this.dates().dates);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'staffing_requirement_key_idx')) throw DUPLICATE_STAFFING;
      throw error;
    }
  }

  private async writableStaffing(
    actor: Actor,
    id: string,
    manager: EntityManager,
  ): Promise<StaffingRequirementRow> {
    const current = await this.requirements.findStaffing(actor.regionId, id, manager, true);
    const unit = current
      ? await this.requirements.findWritableUnit(
          requirementWriteScope(actor),
          current.unitId,
          manager,
        )
      : null;
    if (!current || !unit) throw UserError.notFound('bemanningskravet');
    return current;
  }

  async updateStaffing(
    actor: Actor,
    input: UpdateStaffingRequirementInput,
  ): Promise<StaffingRequirement> {
    try {
      return await this.db.transaction(async (manager) => {
        const current = await this.writableStaffing(actor, input.id, manager);
        if (current.version !== input.version) throw UserError.conflict('bemanningskravet');
        const next: StaffingRequirementValues = {
          professionCode: input.professionCode ?? current.professionCode,
          requiredFte: input.requiredFte ?? current.requiredFte,
          horizon: input.horizon ?? current.horizon,
          targetDate: input.targetDate === undefined ? current.targetDate : input.targetDate,
          priority: input.priority ?? current.priority,
          rationaleKind: input.rationaleKind ?? current.rationaleKind,
          rationale: input.rationale ?? current.rationale,
          reference: input.reference === undefined ? current.reference : input.reference || null,
        };
        const problems = this.staffingProblems(next);
        if (next.targetDate === current.targetDate && next.horizon === current.horizon) {
          rejectIfAny(problems.filter((p) => p.field !== 'targetDate'));
        } else {
          rejectIfAny(problems);
        }
        const row = await this.requirements.updateStaffing(
          manager,
          current.id,
          current.version,
          next,
        );
        if (!row) throw new Error('Locked staffing requirement changed version');
        await this.audit.change(manager, actor, [
          {
            action: 'staffingRequirement.update',
            entityType: 'staffing_requirement',
            entityId: row.id,
            municipalityId: row.municipalityId,
            before: auditable(current),
            after: auditable(row),
          },
        ]);
        return toStaffingRequirement(row, this.dates().dates);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'staffing_requirement_key_idx')) throw DUPLICATE_STAFFING;
      throw error;
    }
  }

  async deleteStaffing(actor: Actor, id: string, version: number): Promise<string> {
    return this.db.transaction(async (manager) => {
      const current = await this.writableStaffing(actor, id, manager);
      if (current.version !== version) throw UserError.conflict('bemanningskravet');
      await this.requirements.deleteStaffing(manager, current.id);
      await this.audit.change(manager, actor, [
        {
          action: 'staffingRequirement.delete',
          entityType: 'staffing_requirement',
          entityId: current.id,
          municipalityId: current.municipalityId,
          before: auditable(current),
        },
      ]);
      return current.id;
    });
  }

  /**
   * Copies the source unit's set to the targets (given ids, and units of a service type) that
   * the caller may change. The source may be any unit of the region: requirements are not
   * personal data, and a baseline is meant to be reused. A target the caller may not change
   * answers like a missing unit, and then nothing is written.
   */
  async copy(actor: Actor, input: CopyRequirementsInput): Promise<CopyRequirementsResult> {
    const ids = [...new Set(input.targetUnitIds ?? [])];
    const serviceType = input.targetServiceType || null;
    if (ids.length === 0 && !serviceType) {
      throw UserError.field(
        'targetUnitIds',
        'REQUIRED',
        'Velg enhetene kravene skal kopieres til, eller en tjenestetype',
      );
    }
    const source = await this.requirements.findUnit(actor.regionId, input.sourceUnitId);
    if (!source) throw unknownUnit('sourceUnitId');
    const { today } = this.dates();

    return this.db.transaction(async (manager) => {
      const found = await this.requirements.findWritableUnits(
        requirementWriteScope(actor),
        ids,
        serviceType,
        manager,
      );
      const foundIds = new Set(found.map((unit) => unit.id));
      if (ids.some((id) => !foundIds.has(id))) throw unknownUnit('targetUnitIds');
      const targets: UnitRef[] = found.filter((unit) => unit.id !== source.id);

      const replace = input.replaceExisting ?? false;
      const written = await this.requirements.copyRequirements(
        manager,
        source.id,
        targets,
        replace,
        actor.userId,
        today,
      );
      const staffing =
        (input.includeStaffing ?? true)
          ? await this.requirements.copyStaffingRequirements(
              manager,
              source.id,
              targets,
              replace,
              actor.userId,
              today,
            )
          : [];
      const available = await this.requirements.countAtUnit(manager, source.id);
      const attempted =
        targets.length *
        (available.requirements + ((input.includeStaffing ?? true) ? available.staffing : 0));
      const all = [...written, ...staffing];
      const created = all.filter((row) => row.created).length;

      await this.audit.change(manager, actor, [
        ...written.map(({ created: isNew, ...row }) => ({
          action: isNew ? 'requirement.create' : 'requirement.update',
          entityType: 'requirement',
          entityId: row.id,
          municipalityId: row.municipalityId,
          after: auditable(row),
          details: { copiedFrom: row.templateId },
        })),
        ...staffing.map(({ created: isNew, ...row }) => ({
          action: isNew ? 'staffingRequirement.create' : 'staffingRequirement.update',
          entityType: 'staffing_requirement',
          entityId: row.id,
          municipalityId: row.municipalityId,
          after: auditable(row),
          details: { copiedFrom: row.templateId },
        })),
      ]);
      return {
        created,
        updated: all.length - created,
        skipped: attempted - all.length,
        targetUnitIds: targets.map((unit) => unit.id),
      };
    });
  }
}
