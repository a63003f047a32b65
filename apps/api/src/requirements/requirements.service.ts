import { Scope } from '../auth/scope';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import type { CopyRequirementsInput } from './dto/copy-requirements.input';
import type { RequirementFilter } from './dto/requirement-filter.input';
import type { CopyRequirementsResult } from './models/requirement.model';
import { COMPETENCE_KIND, type RequirementKindSpec, STAFFING_KIND } from './requirement-kinds';
import { unknownUnit } from './requirement-rules';
import { auditable, requirementDates, RequirementWrites } from './requirement-writes';
import {
  type CommonRow,
  type CommonValues,
  RequirementsRepository,
  type RequirementTable,
  type UnitRef,
} from './requirements.repository';

/** What can be done to requirements of one kind (output O, inputs C and U). */
export interface KindOperations<O, C, U> {
  list(actor: Actor, filter: RequirementFilter | null): Promise<O[]>;
  get(actor: Actor, id: string): Promise<O | null>;
  create(actor: Actor, input: C): Promise<O>;
  update(actor: Actor, input: U): Promise<O>;
  delete(actor: Actor, id: string, version: number): Promise<string>;
}

/**
 * Requirements of every kind (kravanalyse: competence requirements, staffing requirements):
 * reading and changing them through their kind descriptor, and copying a unit's set as a
 * template to other units.
 */
@Injectable()
export class RequirementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requirements: RequirementsRepository,
    private readonly writes: RequirementWrites,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationRepository,
  ) {}

  /** Reading and changing requirements of one kind. */
  of<
    R extends CommonRow,
    V extends CommonValues,
    O,
    C extends { unitId: string },
    U extends { id: string; version: number },
  >(kind: RequirementKindSpec<R, V, O, C, U>): KindOperations<O, C, U> {
    return {
      list: async (actor, filter) => {
        const { dates } = requirementDates();
        const rows = await this.requirements.list(kind.table, actor.regionId, filter ?? {});
        return rows.map((row) => kind.output(row, dates));
      },
      get: async (actor, id) => {
        const row = await this.requirements.find(kind.table, actor.regionId, id);
        return row ? kind.output(row, requirementDates().dates) : null;
      },
      create: (actor, input) => this.writes.create(kind, actor, input.unitId, kind.created(input)),
      update: (actor, input) =>
        this.writes.update(kind, actor, input, (current) => kind.updated(input, current)),
      delete: (actor, id, version) => this.writes.delete(kind, actor, id, version),
    };
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
    const source = await this.organisation.findUnitInRegion(actor.regionId, input.sourceUnitId);
    if (!source) throw unknownUnit('sourceUnitId');
    const { today } = requirementDates();

    return this.db.transaction(async (manager) => {
      const found = await this.organisation.findUnitsInScope(
        Scope.organisationWrites(actor),
        ids,
        serviceType,
        manager,
      );
      const foundIds = new Set(found.map((unit) => unit.id));
      if (ids.some((id) => !foundIds.has(id))) throw unknownUnit('targetUnitIds');
      const targets: UnitRef[] = found.filter((unit) => unit.id !== source.id);

      const replace = input.replaceExisting ?? false;
      const includeStaffing = input.includeStaffing ?? true;
      const copy = async <R extends CommonRow, V extends CommonValues>(kind: {
        action: string;
        entityType: string;
        table: RequirementTable<R, V>;
      }) =>
        (
          await this.requirements.copy(
            kind.table,
            manager,
            source.id,
            targets,
            replace,
            actor.userId,
            today,
          )
        ).map(({ created: isNew, ...row }) => ({
          created: isNew,
          audit: {
            action: `${kind.action}.${isNew ? 'create' : 'update'}`,
            entityType: kind.entityType,
            entityId: row.id,
            municipalityId: row.municipalityId,
            after: auditable(row),
            details: { copiedFrom: row.templateId },
          },
        }));
      const all = [
        ...(await copy(COMPETENCE_KIND)),
        ...(includeStaffing ? await copy(STAFFING_KIND) : []),
      ];
      const available = await this.requirements.countAtUnit(manager, source.id);
      const attempted =
        targets.length * (available.requirements + (includeStaffing ? available.staffing : 0));
      const created = all.filter((row) => row.created).length;

      await this.audit.change(
        manager,
        actor,
        all.map((row) => row.audit),
      );
      return {
        created,
        updated: all.length - created,
        skipped: attempted - all.length,
        targetUnitIds: targets.map((unit) => unit.id),
      };
    });
  }
}
