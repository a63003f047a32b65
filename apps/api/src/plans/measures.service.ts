import { formatNorwegianNumber, measureTransitionProblem } from '@kp/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { rejectIfAny, UserError } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import type { Queryable } from '../database/sql';
import { ActionPlansService } from './action-plans.service';
import type {
  ChangeMeasureStatusInput,
  CreateMeasureInput,
  UpdateMeasureInput,
} from './dto/measure.input';
import type { PlanMeasure } from './models/measure.model';
import { MeasureValuesResolver, type MeasureDraftValues } from './measure-values';
import { seesNames } from './plan-access';
import { MeasureStatus, PlanStatus } from './plan.enums';
import { editableMeasure, toMeasures } from './plan.mapper';
import { PlansRepository } from './plans.repository';
import type { MeasureRow, PlanRow } from './plans.rows';

const NOUN = 'tiltaket';

/** Measures with their children, for any number of plans or measures. */
@Injectable()
export class MeasureReader {
  constructor(private readonly plans: PlansRepository) {}

  async build(scope: Scope, rows: readonly MeasureRow[], db?: Queryable): Promise<PlanMeasure[]> {
    if (rows.length === 0) return [];
    const [children, k] = await Promise.all([
      this.plans.children(
        scope,
        rows.map((row) => row.id),
        db,
      ),
      this.plans.minGroupSize(rows[0].regionId),
    ]);
    return toMeasures(rows, children, k);
  }

  async byPlanIds(scope: Scope, planIds: readonly string[]): Promise<Map<string, PlanMeasure[]>> {
    const measures = await this.build(scope, await this.plans.measuresByPlanIds(planIds));
    const byPlan = new Map<string, PlanMeasure[]>(planIds.map((id) => [id, []]));
    for (const measure of measures) byPlan.get(measure.planId)?.push(measure);
    return byPlan;
  }
}

/** What the audit log keeps of a measure: the saved fields, not what is derived for readers. */
function auditableMeasure(measure: PlanMeasure): Record<string, unknown> {
  return editableMeasure(measure, true);
}

/** Measures in a plan: reading, creating, changing, moving through their statuses, deleting. */
@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansRepository,
    private readonly actionPlans: ActionPlansService,
    private readonly reader: MeasureReader,
    private readonly values: MeasureValuesResolver,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, planId: string): Promise<PlanMeasure[]> {
    const plan = await this.plans.findPlan(actor.regionId, planId);
    if (!plan) return [];
    return (await this.reader.byPlanIds(Scope.personalData(actor), [plan.id])).get(plan.id) ?? [];
  }

  async get(actor: Actor, id: string): Promise<PlanMeasure | null> {
    const row = await this.plans.findMeasure(actor.regionId, id);
    if (!row) return null;
    return (await this.reader.build(Scope.personalData(actor), [row]))[0];
  }

  create(actor: Actor, input: CreateMeasureInput): Promise<PlanMeasure> {
    return this.db.transaction(async (manager) => {
      const plan = await this.writablePlan(actor, input.planId, manager, 'planId');
      if (plan.status === PlanStatus.CLOSED) throw closedPlan();
      const draft: MeasureDraftValues = {
        title: input.title,
        description: input.description ?? '',
        strategy: input.strategy,
        kind: input.kind,
        provider: input.provider,
        providerName: input.providerName ?? '',
        targetGroup: input.targetGroup ?? '',
        owner: input.owner,
        places: input.places,
        hours: input.hours ?? 0,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        awardsCertificate: input.awardsCertificate ?? false,
        lendingUnitId: input.lendingUnitId ?? null,
        funding: input.funding ?? [],
        targets: input.targets ?? [],
        shares: input.shares ?? [],
        teachers: input.teachers ?? [],
      };
      const { values, problems } = await this.values.resolve(actor, plan, draft, manager);
      rejectIfAny(problems);
      const row = await this.plans.insertMeasure(manager, plan, values, actor.userId);
      await this.plans.replaceChildren(manager, plan.regionId, row.id, values);
      const measure = await this.read(actor, row, manager);
      await this.audit.change(manager, actor, [
        {
          action: 'measure.create',
          entityType: 'measure',
          entityId: row.id,
          municipalityId: row.municipalityId,
          after: auditableMeasure(measure),
        },
      ]);
      return measure;
    });
  }

  update(actor: Actor, input: UpdateMeasureInput): Promise<PlanMeasure> {
    return this.db.transaction(async (manager) => {
      const { plan, row, current } = await this.writable(actor, input.id, input.version, manager);
      if (plan.status === PlanStatus.CLOSED) throw closedPlan();
      if (
        current.status === MeasureStatus.COMPLETED ||
        current.status === MeasureStatus.CANCELLED
      ) {
        throw UserError.field(
          'status',
          'MEASURE_FINAL',
          current.status === MeasureStatus.COMPLETED
            ? 'Et fullført tiltak kan ikke endres'
            : 'Et avlyst tiltak kan ikke endres; sett det til «planlagt» først',
        );
      }
      const draft: MeasureDraftValues = {
        title: input.title ?? current.title,
        description: input.description ?? current.description,
        strategy: input.strategy ?? current.strategy,
        kind: input.kind ?? current.kind,
        provider: input.provider ?? current.provider,
        providerName: input.providerName ?? current.providerName,
        targetGroup: input.targetGroup ?? current.targetGroup,
        owner: input.owner ?? current.owner,
        places: input.places ?? current.places,
        hours: input.hours ?? current.hours,
        startsOn: input.startsOn ?? current.startsOn,
        endsOn: input.endsOn ?? current.endsOn,
        awardsCertificate: input.awardsCertificate ?? current.awardsCertificate,
        lendingUnitId: input.clearLendingUnit
          ? null
          : (input.lendingUnitId ?? current.lendingUnitId),
        funding: input.funding ?? current.funding,
        targets: input.targets ?? current.targets,
        shares: input.shares ?? current.shares,
        teachers: input.teachers ?? current.teachers,
      };
      const { values, problems } = await this.values.resolve(actor, plan, draft, manager);
      problems.push(...placesBelowParticipants(values, current));
      rejectIfAny(problems);
      const updated = await this.plans.updateMeasure(
        manager,
        row.id,
        row.version,
        values,
        actor.userId,
      );
      if (!updated) throw new Error('Locked measure changed version');
      await this.plans.replaceChildren(manager, plan.regionId, row.id, values);
      const measure = await this.read(actor, updated, manager);
      await this.audit.change(manager, actor, [
        {
          action: 'measure.update',
          entityType: 'measure',
          entityId: row.id,
          municipalityId: row.municipalityId,
          before: auditableMeasure(current),
          after: auditableMeasure(measure),
        },
      ]);
      return measure;
    });
  }

  changeStatus(actor: Actor, input: ChangeMeasureStatusInput): Promise<PlanMeasure> {
    return this.db.transaction(async (manager) => {
      const { plan, row, current } = await this.writable(actor, input.id, input.version, manager);
      const problem = measureTransitionProblem(current.status, input.status);
      if (problem) throw UserError.field(problem.field, problem.code, problem.message);
      if (
        plan.status === PlanStatus.CLOSED &&
        input.status !== MeasureStatus.COMPLETED &&
        input.status !== MeasureStatus.CANCELLED
      ) {
        throw UserError.field(
          'status',
          'PLAN_CLOSED',
          'Planen er avsluttet: tiltakene kan bare fullføres eller avlyses. Åpne planen igjen for annet',
        );
      }
      if (current.status === input.status) return current;
      const updated = await this.plans.setMeasureStatus(
        manager,
        row.id,
        row.version,
        input.status,
        actor.userId,
      );
      if (!updated) throw new Error('Locked measure changed version');
      const measure = await this.read(actor, updated, manager);
      await this.audit.change(manager, actor, [
        {
          action: 'measure.status',
          entityType: 'measure',
          entityId: row.id,
          municipalityId: row.municipalityId,
          before: { status: current.status, version: current.version },
          after: { status: measure.status, version: measure.version },
        },
      ]);
      return measure;
    });
  }

  /** Only while nobody has signed up (cancel it otherwise: participants are its history). */
  delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.db.transaction(async (manager) => {
      const { plan, row, current } = await this.writable(actor, id, version, manager);
      if (plan.status === PlanStatus.CLOSED) throw closedPlan();
      const participants = await this.plans.participantRows(manager, row.id);
      if (participants > 0) {
        throw UserError.field(
          'id',
          'HAS_PARTICIPANTS',
          `Tiltaket har ${formatNorwegianNumber(participants)} påmeldte og kan ikke slettes. Avlys det i stedet`,
        );
      }
      await this.plans.deleteMeasure(manager, row.id);
      await this.audit.change(manager, actor, [
        {
          action: 'measure.delete',
          entityType: 'measure',
          entityId: row.id,
          municipalityId: row.municipalityId,
          before: auditableMeasure(current),
        },
      ]);
      return row.id;
    });
  }

  private async read(actor: Actor, row: MeasureRow, manager: EntityManager): Promise<PlanMeasure> {
    return (await this.reader.build(Scope.personalData(actor), [row], manager))[0];
  }

  private async writablePlan(
    actor: Actor,
    planId: string,
    manager: EntityManager,
    field: string,
  ): Promise<PlanRow> {
    try {
      return await this.actionPlans.writable(actor, planId, manager);
    } catch (error) {
      if (error instanceof UserError && error.extensions.code === 'NOT_FOUND') {
        throw UserError.invalidInput([
          { field, code: 'UNKNOWN_PLAN', message: 'Planen finnes ikke' },
        ]);
      }
      throw error;
    }
  }

  /** The measure, locked, with its plan, if the caller may change it; NOT_FOUND otherwise. */
  private async writable(
    actor: Actor,
    id: string,
    version: number,
    manager: EntityManager,
  ): Promise<{ plan: PlanRow; row: MeasureRow; current: PlanMeasure }> {
    const row = await this.plans.findMeasure(actor.regionId, id, manager, true);
    if (!row) throw UserError.notFound(NOUN);
    let plan: PlanRow;
    try {
      plan = await this.actionPlans.writable(actor, row.planId, manager);
    } catch (error) {
      if (error instanceof UserError && error.extensions.code === 'NOT_FOUND') {
        throw UserError.notFound(NOUN);
      }
      throw error;
    }
    const current = await this.read(actor, row, manager);
    if (row.version !== version) {
      throw UserError.conflict(NOUN, editableMeasure(current, seesNames(actor)));
    }
    return { plan, row, current };
  }
}

function closedPlan(): UserError {
  return UserError.field(
    'planId',
    'PLAN_CLOSED',
    'Planen er avsluttet og kan ikke endres; åpne den igjen først',
  );
}

/** Places (and a municipality's share) cannot drop below the people already signed up. */
function placesBelowParticipants(
  values: { places: number; shares: ReadonlyArray<{ municipalityId: string; places: number }> },
  current: PlanMeasure,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.places < current.participants) {
    problems.push({
      field: 'places',
      code: 'BELOW_PARTICIPANTS',
      message: `Tiltaket har ${formatNorwegianNumber(current.participants)} påmeldte; plassene kan ikke settes lavere enn det`,
    });
  }
  values.shares.forEach((share, i) => {
    const signedUp =
      current.shares.find((s) => s.municipalityId === share.municipalityId)?.participants ?? 0;
    if (share.places < signedUp) {
      problems.push({
        field: `shares.${i}.places`,
        code: 'BELOW_PARTICIPANTS',
        message: `Kommunen har ${formatNorwegianNumber(signedUp)} påmeldte; andelen kan ikke være lavere enn det`,
      });
    }
  });
  return problems;
}
