import { CompetencesRepository } from '../competences/competences.repository';
import { Scope } from '../auth/scope';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { UserError, rejectIfAny } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import { isUniqueViolation } from '../database/postgres-errors';
import { horizonDates, type HorizonDates, todayInNorway } from './horizons';
import type { Horizon, Priority, RationaleKind } from './requirement.enums';
import type { RequirementKindSpec } from './requirement-kinds';
import { unknownUnitProblem } from './requirement-rules';
import {
  type CommonRow,
  type CommonValues,
  RequirementsRepository,
} from './requirements.repository';

/** The dates a requirement is checked and shown against. */
export interface RequirementDates {
  today: string;
  dates: HorizonDates;
}

/** Any kind of requirement, as RequirementWrites handles it. */
type Kind<Row extends CommonRow, Values extends CommonValues, Output> = RequirementKindSpec<
  Row,
  Values,
  Output,
  { unitId: string },
  { id: string; version: number }
>;

type CommonInput = {
  horizon?: Horizon | null;
  targetDate?: string | null;
  priority?: Priority | null;
  rationaleKind?: RationaleKind | null;
  rationale?: string | null;
  reference?: string | null;
};

/** The common fields of a new requirement (an empty reference is none). */
export function createdCommon(
  input: CommonInput & { horizon: Horizon; priority: Priority; rationaleKind: RationaleKind },
): CommonValues {
  return {
    horizon: input.horizon,
    targetDate: input.targetDate ?? null,
    priority: input.priority,
    rationaleKind: input.rationaleKind,
    rationale: input.rationale ?? '',
    reference: input.reference || null,
  };
}

/** The common fields after a change: what the input leaves out stays as it is. */
export function updatedCommon(input: CommonInput, current: CommonValues): CommonValues {
  return {
    horizon: input.horizon ?? current.horizon,
    targetDate: input.targetDate === undefined ? current.targetDate : input.targetDate,
    priority: input.priority ?? current.priority,
    rationaleKind: input.rationaleKind ?? current.rationaleKind,
    rationale: input.rationale ?? current.rationale,
    reference: input.reference === undefined ? current.reference : input.reference || null,
  };
}

export function auditable(row: CommonRow): Record<string, unknown> {
  const { updatedAt, ...rest } = row;
  return { ...rest, updatedAt: new Date(updatedAt).toISOString() };
}

export function requirementDates(): RequirementDates {
  const today = todayInNorway();
  return { today, dates: horizonDates(today) };
}

/** Create, change and delete for every kind of requirement, in one transaction each. */
@Injectable()
export class RequirementWrites {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requirements: RequirementsRepository,
    private readonly catalogue: CompetencesRepository,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationRepository,
  ) {}

  create<R extends CommonRow, V extends CommonValues, O>(
    kind: Kind<R, V, O>,
    actor: Actor,
    unitId: string,
    values: V,
  ): Promise<O> {
    const dates = requirementDates();
    return this.duplicatesAsErrors(kind, () =>
      this.db.transaction(async (manager) => {
        const unit = await this.organisation.findUnitInScope(
          Scope.organisationWrites(actor),
          unitId,
          manager,
        );
        const problems: FieldProblem[] = unit ? [] : [unknownUnitProblem()];
        problems.push(...(await this.problems(kind, actor, values, manager, dates)));
        rejectIfAny(problems);
        const row = await this.requirements.insert(
          kind.table,
          manager,
          unit!,
          values,
          actor.userId,
        );
        await this.audit.change(manager, actor, [
          {
            action: `${kind.action}.create`,
            entityType: kind.entityType,
            entityId: row.id,
            municipalityId: row.municipalityId,
            after: auditable(row),
          },
        ]);
        return kind.output(row, dates.dates);
      }),
    );
  }

  /** `next` gives the new values from the current row (the input's omitted fields kept). */
  update<R extends CommonRow, V extends CommonValues, O>(
    kind: Kind<R, V, O>,
    actor: Actor,
    input: { id: string; version: number },
    next: (current: R) => V,
  ): Promise<O> {
    const dates = requirementDates();
    return this.duplicatesAsErrors(kind, () =>
      this.db.transaction(async (manager) => {
        const current = await this.writable(kind, actor, input.id, manager);
        if (current.version !== input.version) throw UserError.conflict(kind.noun);
        const values = next(current);
        const problems = await this.problems(kind, actor, values, manager, dates);
        // An unchanged target date that has since passed is not the caller's doing.
        const unchangedDate =
          values.targetDate === current.targetDate && values.horizon === current.horizon;
        rejectIfAny(unchangedDate ? problems.filter((p) => p.field !== 'targetDate') : problems);
        const row = await this.requirements.update(
          kind.table,
          manager,
          current.id,
          current.version,
          values,
        );
        if (!row) throw new Error(`Locked ${kind.entityType} changed version`);
        await this.audit.change(manager, actor, [
          {
            action: `${kind.action}.update`,
            entityType: kind.entityType,
            entityId: row.id,
            municipalityId: row.municipalityId,
            before: auditable(current),
            after: auditable(row),
          },
        ]);
        return kind.output(row, dates.dates);
      }),
    );
  }

  delete<R extends CommonRow, V extends CommonValues, O>(
    kind: Kind<R, V, O>,
    actor: Actor,
    id: string,
    version: number,
  ): Promise<string> {
    return this.db.transaction(async (manager) => {
      const current = await this.writable(kind, actor, id, manager);
      if (current.version !== version) throw UserError.conflict(kind.noun);
      await this.requirements.delete(kind.table, manager, current.id);
      await this.audit.change(manager, actor, [
        {
          action: `${kind.action}.delete`,
          entityType: kind.entityType,
          entityId: current.id,
          municipalityId: current.municipalityId,
          before: auditable(current),
        },
      ]);
      return current.id;
    });
  }

  /** The row, locked, if the caller may change it; NOT_FOUND otherwise (also outside scope). */
  private async writable<R extends CommonRow, V extends CommonValues, O>(
    kind: Kind<R, V, O>,
    actor: Actor,
    id: string,
    manager: EntityManager,
  ): Promise<R> {
    const current = await this.requirements.find(kind.table, actor.regionId, id, manager, true);
    const unit = current
      ? await this.organisation.findUnitInScope(
          Scope.organisationWrites(actor),
          current.unitId,
          manager,
        )
      : null;
    if (!current || !unit) throw UserError.notFound(kind.noun);
    return current;
  }

  private problems<R extends CommonRow, V extends CommonValues, O>(
    kind: Kind<R, V, O>,
    actor: Actor,
    values: V,
    manager: EntityManager,
    dates: RequirementDates,
  ): Promise<FieldProblem[]> {
    return kind.problems(values, {
      actor,
      manager,
      dates,
      requirements: this.requirements,
      catalogue: this.catalogue,
    });
  }

  private async duplicatesAsErrors<R extends CommonRow, V extends CommonValues, O, T>(
    kind: Kind<R, V, O>,
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, kind.keyIndex)) throw kind.duplicate;
      throw error;
    }
  }
}
