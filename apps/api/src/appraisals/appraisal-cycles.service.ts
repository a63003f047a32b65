import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { appraisalPace, formatNorwegianDate, todayInNorway } from '@kp/domain';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError, rejectIfAny } from '../common/errors/user-error';
import { isUniqueViolation } from '../database/postgres-errors';
import {
  AppraisalCyclesRepository,
  CycleValues,
  type ProgressEmployeeRow,
} from './appraisal-cycles.repository';
import { toCycle } from './appraisal.mapper';
import type { AppraisalCycleRow } from './appraisal.rows';
import type {
  CreateAppraisalCycleInput,
  UpdateAppraisalCycleInput,
} from './dto/appraisal-cycle.input';
import {
  AppraisalProgress,
  AppraisalUrgency,
  PendingAppraisal,
  PendingAppraisalStatus,
} from './models/appraisal-progress.model';
import type { AppraisalCycle } from './models/appraisal-cycle.model';

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function isHrFor(actor: Actor, municipalityId: string): boolean {
  return Scope.hr(actor).coversMunicipality(municipalityId);
}

function unknownMunicipality(): UserError {
  return UserError.field('municipalityId', 'UNKNOWN_MUNICIPALITY', 'Kommunen finnes ikke');
}

function duplicateName(name: string): UserError {
  return UserError.field(
    'name',
    'DUPLICATE_NAME',
    `Kommunen har allerede en samtalerunde med navnet «${name}»`,
  );
}

/** Cycles per municipality (kept by HR) and each leader's progress through the current one. */
@Injectable()
export class AppraisalCyclesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cycles: AppraisalCyclesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, municipalityId: string | null): Promise<AppraisalCycle[]> {
    if (municipalityId && !isUUID(municipalityId, 'all')) return [];
    const today = todayInNorway();
    const rows = await this.cycles.list(actor.regionId, municipalityId);
    return rows.map((row) => toCycle(row, today));
  }

  async create(actor: Actor, input: CreateAppraisalCycleInput): Promise<AppraisalCycle> {
    if (!isHrFor(actor, input.municipalityId)) throw unknownMunicipality();
    const values: CycleValues = {
      name: input.name,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
    };
    try {
      return await this.db.transaction(async (manager) => {
        await this.checkDates(manager, input.municipalityId, null, values);
        const row = await this.cycles.insert(manager, {
          ...values,
          regionId: actor.regionId,
          municipalityId: input.municipalityId,
          actorUserId: actor.userId,
        });
        await this.audit.change(manager, actor, [
          {
            action: 'appraisal_cycle.create',
            entityType: 'appraisal_cycle',
            entityId: row.id,
            municipalityId: row.municipalityId,
            after: row,
          },
        ]);
        return toCycle(row, todayInNorway());
      });
    } catch (error) {
      if (isUniqueViolation(error, 'appraisal_cycle_name_idx')) throw duplicateName(input.name);
      throw error;
    }
  }

  async update(actor: Actor, input: UpdateAppraisalCycleInput): Promise<AppraisalCycle> {
    try {
      return await this.db.transaction(async (manager) => {
        const [current] = await this.cycles.findByIds(actor.regionId, [input.id], manager, true);
        if (!current || !isHrFor(actor, current.municipalityId)) {
          throw UserError.notFound('samtalerunden');
        }
        if (current.version !== input.version) throw UserError.conflict('samtalerunden');
        const values: CycleValues = {
          name: input.name ?? current.name,
          opensOn: input.opensOn ?? current.opensOn,
          closesOn: input.closesOn ?? current.closesOn,
        };
        await this.checkDates(manager, current.municipalityId, current.id, values);
        const row = await this.cycles.update(manager, current.id, values);
        await this.audit.change(manager, actor, [
          {
            action: 'appraisal_cycle.update',
            entityType: 'appraisal_cycle',
            entityId: row.id,
            municipalityId: row.municipalityId,
            before: current,
            after: row,
          },
        ]);
        return toCycle(row, todayInNorway());
      });
    } catch (error) {
      if (isUniqueViolation(error, 'appraisal_cycle_name_idx'))
        throw duplicateName(input.name ?? '');
      throw error;
    }
  }

  /**
   * For each of the caller's scopes (a unit leader's unit, HR's municipality): employees,
   * signed-off talks, drafts and who is still waiting, in the municipality's current cycle
   * (or the cycle asked for). A scope whose municipality has no cycle is left out.
   */
  async progress(
    actor: Actor,
    cycleId: string | null,
    dueWithinDays: number,
  ): Promise<AppraisalProgress[]> {
    const scope = Scope.personalData(actor);
    const today = todayInNorway();
    const roots = await this.cycles.scopeRoots(scope);
    const municipalityIds = [
      ...new Set([...roots.municipalities, ...roots.units].map((root) => root.municipalityId)),
    ];
    let cycles: AppraisalCycleRow[];
    if (cycleId) {
      if (!isUUID(cycleId, 'all')) return [];
      cycles = (await this.cycles.findByIds(actor.regionId, [cycleId])).filter((cycle) =>
        municipalityIds.includes(cycle.municipalityId),
      );
    } else {
      cycles = await this.cycles.current(actor.regionId, municipalityIds, today);
    }
    if (cycles.length === 0) return [];
    const cycleByMunicipality = new Map(cycles.map((cycle) => [cycle.municipalityId, cycle]));
    const employees = await this.cycles.progressEmployees(
      scope,
      cycles.map((cycle) => cycle.id),
    );

    const result: AppraisalProgress[] = [];
    const seen = new Set<string>();
    const report = (
      root: { id: string; municipalityId: string; name: string },
      isUnit: boolean,
    ): void => {
      const cycle = cycleByMunicipality.get(root.municipalityId);
      if (!cycle) return;
      const members = employees.filter((employee) =>
        isUnit
          ? employee.unitPath.includes(root.id)
          : employee.municipalityId === root.municipalityId,
      );
      const daysUntilClose = daysBetween(today, cycle.closesOn);
      const due = daysUntilClose <= dueWithinDays;
      const outstanding = members.filter((employee) => employee.status !== 'COMPLETED');
      const pace = appraisalPace(
        outstanding.map((employee) => ({
          employeeId: employee.employeeId,
          started: employee.appraisalId !== null,
          lastTalkOn: employee.lastTalkOn,
        })),
        cycle.closesOn,
        today,
      );
      const byId = new Map(outstanding.map((employee) => [employee.employeeId, employee]));
      const pending: PendingAppraisal[] = pace.order.map(({ employeeId, urgency }) => {
        const employee = byId.get(employeeId) as ProgressEmployeeRow;
        return {
          employeeId,
          status: employee.appraisalId
            ? PendingAppraisalStatus.DRAFT
            : PendingAppraisalStatus.NOT_STARTED,
          appraisalId: employee.appraisalId,
          overdue: due,
          urgency: AppraisalUrgency[urgency],
        };
      });
      const completedCount = members.length - pending.length;
      members.forEach((employee) => seen.add(employee.employeeId));
      result.push({
        cycle: toCycle(cycle, today),
        unitId: isUnit ? root.id : null,
        municipalityId: root.municipalityId,
        scopeName: root.name,
        employeeCount: members.length,
        completedCount,
        draftCount: pending.filter((p) => p.status === PendingAppraisalStatus.DRAFT).length,
        notStartedCount: pending.filter((p) => p.status === PendingAppraisalStatus.NOT_STARTED)
          .length,
        completedShare: members.length > 0 ? completedCount / members.length : null,
        daysUntilClose,
        overdue: due && pending.length > 0,
        pacePerWeek: pace.perWeek,
        pending,
      });
    };
    roots.municipalities.forEach((root) => report(root, false));
    roots.units.forEach((root) => report(root, true));

    await this.audit.read(actor, {
      action: 'appraisal.progress.read',
      entityType: 'appraisal_cycle',
      employeeIds: [...seen],
      details: { cycleIds: cycles.map((cycle) => cycle.id) },
    });
    return result;
  }

  /** Closing after opening, and no overlap with another cycle of the municipality. */
  private async checkDates(
    manager: EntityManager,
    municipalityId: string,
    exceptId: string | null,
    values: CycleValues,
  ): Promise<void> {
    if (values.closesOn < values.opensOn) {
      rejectIfAny([
        {
          field: 'closesOn',
          code: 'CLOSES_BEFORE_OPENS',
          message: 'Fristen kan ikke være før samtalerunden åpner',
        },
      ]);
    }
    // one cycle at a time per municipality, so "the current cycle" is always one
    await this.cycles.lockMunicipality(manager, municipalityId);
    const overlapping = await this.cycles.findOverlapping(
      manager,
      municipalityId,
      exceptId,
      values,
    );
    if (overlapping[0]) {
      const other = overlapping[0];
      rejectIfAny([
        {
          field: 'opensOn',
          code: 'OVERLAPPING_CYCLE',
          message: `Samtalerunden overlapper «${other.name}» (${formatNorwegianDate(other.opensOn)}–${formatNorwegianDate(other.closesOn)})`,
        },
      ]);
    }
  }
}
