import { halfYearLabel, isIsoDate, todayInNorway } from '@kp/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { rejectIfAny, UserError } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import { isUniqueViolation } from '../database/postgres-errors';
import type { Queryable } from '../database/sql';
import { OrganisationRepository } from '../organisation/organisation.repository';
import type {
  ActionPlanFilter,
  CreateActionPlanInput,
  UpdateActionPlanInput,
} from './dto/action-plan.input';
import type { ActionPlan } from './models/action-plan.model';
import { mayWritePlan, type PlanPlace } from './plan-access';
import { PlanLevel, PlanStatus } from './plan.enums';
import { editablePlan, toPlan } from './plan.mapper';
import { type PlanChanges, PlansRepository } from './plans.repository';
import type { PlanRow } from './plans.rows';

const NOUN = 'planen';

export function auditablePlan(row: PlanRow): Record<string, unknown> {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

function unknownPlace(field: string): FieldProblem {
  return field === 'unitId'
    ? { field, code: 'UNKNOWN_UNIT', message: 'Enheten finnes ikke' }
    : { field, code: 'UNKNOWN_MUNICIPALITY', message: 'Kommunen finnes ikke' };
}

/** Action plans: reading, creating, titling, adopting, closing, reopening, deleting. */
@Injectable()
export class ActionPlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansRepository,
    private readonly organisation: OrganisationRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, filter: ActionPlanFilter | null): Promise<ActionPlan[]> {
    return (await this.plans.listPlans(actor.regionId, filter ?? {})).map(toPlan);
  }

  async get(actor: Actor, id: string): Promise<ActionPlan | null> {
    const row = await this.plans.findPlan(actor.regionId, id);
    return row ? toPlan(row) : null;
  }

  /** Where a plan sits, with its unit; null when the ids are not in the region. */
  async placeOf(
    actor: Actor,
    plan: { level: PlanLevel; municipalityId: string | null; unitId: string | null },
    db: Queryable = this.db,
  ): Promise<PlanPlace | null> {
    if (plan.level === PlanLevel.UNIT) {
      const unit = plan.unitId
        ? await this.organisation.findUnitInRegion(actor.regionId, plan.unitId, db)
        : null;
      return unit ? { level: plan.level, municipalityId: unit.municipalityId, unit } : null;
    }
    if (plan.level === PlanLevel.MUNICIPALITY) {
      const municipality = plan.municipalityId
        ? await this.organisation.findMunicipalityInRegion(actor.regionId, plan.municipalityId, db)
        : null;
      return municipality
        ? { level: plan.level, municipalityId: municipality.id, unit: null }
        : null;
    }
    return { level: plan.level, municipalityId: null, unit: null };
  }

  /** The plan, locked, if the caller may change it; NOT_FOUND otherwise (also outside scope). */
  async writable(actor: Actor, id: string, db: Queryable): Promise<PlanRow> {
    const plan = await this.plans.findPlan(actor.regionId, id, db, true);
    const place = plan ? await this.placeOf(actor, plan, db) : null;
    if (!plan || !place || !mayWritePlan(actor, place)) throw UserError.notFound(NOUN);
    return plan;
  }

  create(actor: Actor, input: CreateActionPlanInput): Promise<ActionPlan> {
    const shape = this.shapeProblems(input);
    rejectIfAny(shape);
    const wanted = {
      level: input.level,
      municipalityId:
        input.level === PlanLevel.MUNICIPALITY ? (input.municipalityId ?? null) : null,
      unitId: input.level === PlanLevel.UNIT ? (input.unitId ?? null) : null,
    };
    return this.db.transaction(async (manager) => {
      const place = await this.placeOf(actor, wanted, manager);
      if (!place || !mayWritePlan(actor, place)) {
        // outside the caller's scope answers like a missing unit or municipality
        if (input.level === PlanLevel.REGION) throw UserError.forbidden();
        throw UserError.invalidInput([
          unknownPlace(input.level === PlanLevel.UNIT ? 'unitId' : 'municipalityId'),
        ]);
      }
      const values = {
        regionId: actor.regionId,
        level: input.level,
        municipalityId: place.municipalityId,
        unitId: place.unit?.id ?? null,
        year: input.year,
        half: input.half,
        title: input.title ?? '',
      };
      const existing = await this.plans.findPlanFor(actor.regionId, values, values, manager);
      if (existing) throw this.duplicate(values);
      let row: PlanRow;
      try {
        row = await this.plans.insertPlan(manager, values, actor.userId);
      } catch (error) {
        if (isUniqueViolation(error)) throw this.duplicate(values);
        throw error;
      }
      await this.audit.change(manager, actor, [
        {
          action: 'action_plan.create',
          entityType: 'action_plan',
          entityId: row.id,
          municipalityId: row.municipalityId,
          after: auditablePlan(row),
        },
      ]);
      return toPlan(row);
    });
  }

  update(actor: Actor, input: UpdateActionPlanInput): Promise<ActionPlan> {
    return this.change(actor, input.id, input.version, 'update', (plan) => {
      if (plan.status === PlanStatus.CLOSED) throw this.closed();
      return { title: input.title };
    });
  }

  adopt(actor: Actor, id: string, version: number, adoptedOn: string): Promise<ActionPlan> {
    const today = todayInNorway();
    if (!isIsoDate(adoptedOn)) {
      throw UserError.field('adoptedOn', 'INVALID_DATE', 'Vedtaksdato er ikke en gyldig dato');
    }
    if (adoptedOn > today || adoptedOn < '2000-01-01') {
      throw UserError.field(
        'adoptedOn',
        'OUT_OF_RANGE',
        'Vedtaksdato må være mellom 01.01.2000 og i dag',
      );
    }
    return this.change(actor, id, version, 'adopt', (plan) => {
      if (plan.status !== PlanStatus.DRAFT) {
        throw UserError.field(
          'status',
          'NOT_DRAFT',
          plan.status === PlanStatus.ADOPTED
            ? 'Planen er allerede vedtatt'
            : 'Planen er avsluttet; åpne den igjen før den vedtas',
        );
      }
      return { status: PlanStatus.ADOPTED, adoptedOn, adoptedBy: actor.userId };
    });
  }

  close(actor: Actor, id: string, version: number): Promise<ActionPlan> {
    return this.change(actor, id, version, 'close', (plan) => {
      if (plan.status !== PlanStatus.ADOPTED) {
        throw UserError.field(
          'status',
          'NOT_ADOPTED',
          plan.status === PlanStatus.CLOSED
            ? 'Planen er allerede avsluttet'
            : 'Bare en vedtatt plan kan avsluttes; vedta den først',
        );
      }
      return { status: PlanStatus.CLOSED };
    });
  }

  /** One step back: closed → adopted, adopted → draft (the adoption is removed). */
  reopen(actor: Actor, id: string, version: number): Promise<ActionPlan> {
    return this.change(actor, id, version, 'reopen', (plan) => {
      if (plan.status === PlanStatus.CLOSED) return { status: PlanStatus.ADOPTED };
      if (plan.status === PlanStatus.ADOPTED) {
        return { status: PlanStatus.DRAFT, adoptedOn: null, adoptedBy: null };
      }
      throw UserError.field('status', 'ALREADY_DRAFT', 'Planen er allerede et utkast');
    });
  }

  /** Only a draft without measures: a plan with measures keeps them (cancel measures instead). */
  delete(actor: Actor, id: string, version: number): Promise<string> {
    return this.db.transaction(async (manager) => {
      const plan = await this.writable(actor, id, manager);
      if (plan.version !== version) throw UserError.conflict(NOUN, editablePlan(toPlan(plan)));
      const measures = await this.plans.countMeasures(manager, plan.id);
      if (measures > 0) {
        throw UserError.field(
          'id',
          'HAS_MEASURES',
          `Planen har ${measures} tiltak og kan ikke slettes. Avlys tiltakene i stedet; de blir stående i planen`,
        );
      }
      if (plan.status !== PlanStatus.DRAFT) {
        throw UserError.field(
          'id',
          'NOT_DRAFT',
          'Bare et utkast kan slettes; en vedtatt eller avsluttet plan blir stående',
        );
      }
      await this.plans.deletePlan(manager, plan.id);
      await this.audit.change(manager, actor, [
        {
          action: 'action_plan.delete',
          entityType: 'action_plan',
          entityId: plan.id,
          municipalityId: plan.municipalityId,
          before: auditablePlan(plan),
        },
      ]);
      return plan.id;
    });
  }

  private change(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    changes: (plan: PlanRow) => PlanChanges,
  ): Promise<ActionPlan> {
    return this.db.transaction(async (manager) => {
      const plan = await this.writable(actor, id, manager);
      if (plan.version !== version) throw UserError.conflict(NOUN, editablePlan(toPlan(plan)));
      const row = await this.plans.updatePlan(
        manager,
        plan.id,
        version,
        changes(plan),
        actor.userId,
      );
      if (!row) throw new Error('Locked action plan changed version');
      await this.audit.change(manager, actor, [
        {
          action: `action_plan.${action}`,
          entityType: 'action_plan',
          entityId: row.id,
          municipalityId: row.municipalityId,
          before: auditablePlan(plan),
          after: auditablePlan(row),
        },
      ]);
      return toPlan(row);
    });
  }

  private shapeProblems(input: CreateActionPlanInput): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (input.level === PlanLevel.UNIT && !input.unitId) {
      problems.push({ field: 'unitId', code: 'REQUIRED', message: 'Velg enheten planen gjelder' });
    }
    if (input.level === PlanLevel.MUNICIPALITY && !input.municipalityId) {
      problems.push({
        field: 'municipalityId',
        code: 'REQUIRED',
        message: 'Velg kommunen planen gjelder',
      });
    }
    if (input.level === PlanLevel.REGION && (input.unitId || input.municipalityId)) {
      problems.push({
        field: input.unitId ? 'unitId' : 'municipalityId',
        code: 'NOT_ALLOWED',
        message: 'Det regionale programmet gjelder hele regionen; velg verken kommune eller enhet',
      });
    }
    if (input.level === PlanLevel.MUNICIPALITY && input.unitId) {
      problems.push({
        field: 'unitId',
        code: 'NOT_ALLOWED',
        message: 'En kommuneplan gjelder hele kommunen; velg nivå «enhet» for en enhets plan',
      });
    }
    return problems;
  }

  private duplicate(values: { year: number; half: number; level: PlanLevel }): UserError {
    const what =
      values.level === PlanLevel.REGION
        ? 'Regionen har allerede et regionalt program'
        : values.level === PlanLevel.MUNICIPALITY
          ? 'Kommunen har allerede en plan'
          : 'Enheten har allerede en plan';
    return UserError.field(
      'half',
      'DUPLICATE',
      `${what} for ${halfYearLabel({ year: values.year, half: values.half as 1 | 2 })}; åpne den i stedet for å lage en ny`,
    );
  }

  private closed(): UserError {
    return UserError.field(
      'status',
      'PLAN_CLOSED',
      'Planen er avsluttet og kan ikke endres; åpne den igjen først',
    );
  }
}
