import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import type { CopyRequirementsInput } from './dto/copy-requirements.input';
import type { CreateRequirementInput } from './dto/create-requirement.input';
import type { RequirementFilter } from './dto/requirement-filter.input';
import type { UpdateRequirementInput } from './dto/update-requirement.input';
import type { CopyRequirementsResult, Requirement } from './models/requirement.model';
import { toRequirement } from './requirement.mapper';
import {
  amountProblems,
  levelProblems,
  targetDateProblems,
  unknownUnit,
} from './requirement-rules';
import { requirementWriteScope } from './requirement-scope';
import {
  auditable,
  createdCommon,
  type RequirementDates,
  requirementDates,
  type RequirementKind,
  RequirementWrites,
  updatedCommon,
} from './requirement-writes';
import {
  RequirementRow,
  RequirementsRepository,
  RequirementValues,
  UnitRef,
} from './requirements.repository';

const DUPLICATE = UserError.field(
  'competenceId',
  'DUPLICATE_REQUIREMENT',
  'Enheten har allerede et krav for denne kompetansen med samme minstenivå, måleenhet og tidshorisont',
);

/**
 * Requirements (kravanalyse): reading and changing them, and copying a unit's set (with its
 * staffing requirements) as a template to other units.
 */
@Injectable()
export class RequirementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requirements: RequirementsRepository,
    private readonly writes: RequirementWrites,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, filter: RequirementFilter | null): Promise<Requirement[]> {
    const { dates } = requirementDates();
    const rows = await this.requirements.list(actor.regionId, filter ?? {});
    return rows.map((row) => toRequirement(row, dates));
  }

  async get(actor: Actor, id: string): Promise<Requirement | null> {
    const row = await this.requirements.find(actor.regionId, id);
    return row ? toRequirement(row, requirementDates().dates) : null;
  }

  /** Competence requirements as RequirementWrites handles them. */
  private readonly kind: RequirementKind<RequirementValues, RequirementRow, Requirement> = {
    noun: 'kravet',
    action: 'requirement',
    entityType: 'requirement',
    keyIndex: 'requirement_key_idx',
    duplicate: DUPLICATE,
    find: (regionId, id, manager) => this.requirements.find(regionId, id, manager, true),
    insert: (manager, unit, values, by) => this.requirements.insert(manager, unit, values, by),
    update: (manager, id, version, values) =>
      this.requirements.update(manager, id, version, values),
    delete: (manager, id) => this.requirements.delete(manager, id),
    problems: (actor, values, manager, dates) => this.problemsOf(actor, values, manager, dates),
    output: toRequirement,
  };

  /** Field problems of a requirement's values (the competence read in the transaction). */
  private async problemsOf(
    actor: Actor,
    values: RequirementValues,
    manager: EntityManager,
    { today, dates }: RequirementDates,
  ): Promise<FieldProblem[]> {
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

  create(actor: Actor, input: CreateRequirementInput): Promise<Requirement> {
    return this.writes.create(this.kind, actor, input.unitId, {
      competenceId: input.competenceId,
      minLevel: input.minLevel,
      required: input.required,
      measure: input.measure,
      ...createdCommon(input),
    });
  }

  update(actor: Actor, input: UpdateRequirementInput): Promise<Requirement> {
    return this.writes.update(this.kind, actor, input, (current) => ({
      competenceId: input.competenceId ?? current.competenceId,
      minLevel: input.minLevel ?? current.minLevel,
      required: input.required ?? current.required,
      measure: input.measure ?? current.measure,
      ...updatedCommon(input, current),
    }));
  }

  delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.writes.delete(this.kind, actor, id, version);
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
    const { today } = requirementDates();

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
