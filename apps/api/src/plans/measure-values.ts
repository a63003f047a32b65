import { measureProblems } from '@kp/domain';
import { Injectable } from '@nestjs/common';
import { Scope } from '../auth/scope';
import type { Actor } from '../auth/roles';
import type { FieldProblem } from '../common/validation/messages';
import { CompetencesRepository } from '../competences/competences.repository';
import type { Queryable } from '../database/sql';
import { OrganisationRepository } from '../organisation/organisation.repository';
import type {
  MeasureShareInput,
  MeasureTargetInput,
  MeasureTeacherInput,
} from './dto/measure.input';
import { planCovers } from './plan-access';
import { PlanLevel } from './plan.enums';
import { PlansRepository } from './plans.repository';
import type { MeasureValues, PlanRow } from './plans.rows';
import type { EntityManager } from 'typeorm';

/** A measure's values before the lists are checked against the database. */
export interface MeasureDraftValues extends Omit<MeasureValues, 'targets' | 'shares' | 'teachers'> {
  targets: MeasureTargetInput[];
  shares: MeasureShareInput[];
  teachers: MeasureTeacherInput[];
}

/**
 * Turns a measure's input into values it can be written with, and says what is wrong: the
 * domain's rules (dates, funding, places against shares) and what only the database knows
 * (targets, shares, teachers and the lending unit in the region and within the plan).
 */
@Injectable()
export class MeasureValuesResolver {
  constructor(
    private readonly plans: PlansRepository,
    private readonly organisation: OrganisationRepository,
    private readonly catalogue: CompetencesRepository,
  ) {}

  async resolve(
    actor: Actor,
    plan: PlanRow,
    draft: MeasureDraftValues,
    manager: EntityManager,
  ): Promise<{ values: MeasureValues; problems: FieldProblem[] }> {
    const problems: FieldProblem[] = [];
    const targets = await this.targets(actor, plan, draft.targets, manager, problems);
    const shares = await this.shares(actor, plan, draft.shares, manager, problems);
    const teachers = await this.teachers(actor, draft.teachers, manager, problems);
    await this.lendingUnit(actor, plan, draft.lendingUnitId, manager, problems);
    const values: MeasureValues = { ...draft, targets, shares, teachers };
    problems.push(...measureProblems(values));
    return { values, problems };
  }

  private async targets(
    actor: Actor,
    plan: PlanRow,
    inputs: MeasureTargetInput[],
    db: EntityManager,
    problems: FieldProblem[],
  ): Promise<MeasureValues['targets']> {
    const requirementIds = inputs.flatMap((t) => (t.requirementId ? [t.requirementId] : []));
    const requirements = new Map(
      (await this.plans.requirementsInRegion(actor.regionId, requirementIds, db)).map((r) => [
        r.id,
        r,
      ]),
    );
    const competenceIds = new Set<string>();
    const resolved: Array<{
      competenceId: string;
      level: number;
      requirementId: string | null;
      i: number;
    }> = [];
    inputs.forEach((input, i) => {
      const field = `targets.${i}`;
      if (!input.requirementId && !input.competenceId) {
        problems.push({
          field,
          code: 'REQUIRED',
          message: 'Et mål trenger et krav (gap-rad) eller en kompetanse',
        });
        return;
      }
      if (input.requirementId) {
        const requirement = requirements.get(input.requirementId);
        if (!requirement) {
          problems.push({
            field: `${field}.requirementId`,
            code: 'UNKNOWN_REQUIREMENT',
            message: 'Kravet finnes ikke i regionen',
          });
          return;
        }
        if (
          !planCovers(plan, {
            municipalityId: requirement.municipalityId,
            path: requirement.unitPath,
          })
        ) {
          problems.push({
            field: `${field}.requirementId`,
            code: 'OUTSIDE_PLAN',
            message: `Kravet gjelder «${requirement.unitName}», som ligger utenfor planens område`,
          });
          return;
        }
        if (input.competenceId && input.competenceId !== requirement.competenceId) {
          problems.push({
            field: `${field}.competenceId`,
            code: 'NOT_THE_REQUIREMENTS',
            message: `Kravet gjelder «${requirement.competenceName}»; velg den kompetansen eller fjern kravet`,
          });
          return;
        }
        competenceIds.add(requirement.competenceId);
        resolved.push({
          competenceId: requirement.competenceId,
          level: input.level ?? requirement.minLevel,
          requirementId: requirement.id,
          i,
        });
        return;
      }
      competenceIds.add(input.competenceId!);
      resolved.push({
        competenceId: input.competenceId!,
        level: input.level ?? -1,
        requirementId: null,
        i,
      });
    });
    const competences = new Map(
      (await this.catalogue.findInRegion(actor.regionId, [...competenceIds], db)).map((c) => [
        c.id,
        c,
      ]),
    );
    const targets: MeasureValues['targets'] = [];
    for (const target of resolved) {
      const field = `targets.${target.i}`;
      const competence = competences.get(target.competenceId);
      if (!competence) {
        problems.push({
          field: `${field}.competenceId`,
          code: 'UNKNOWN_COMPETENCE',
          message: 'Kompetansen finnes ikke i katalogen',
        });
        continue;
      }
      const levels = competence.scale.map((step) => step.level);
      const level = target.level < 0 ? Math.max(...levels) : target.level;
      if (!levels.includes(level)) {
        problems.push({
          field: `${field}.level`,
          code: 'LEVEL_NOT_ON_SCALE',
          message: `Nivå ${level} finnes ikke på skalaen til «${competence.name}» (${levels.join(', ')})`,
        });
        continue;
      }
      targets.push({
        competenceId: target.competenceId,
        level,
        requirementId: target.requirementId,
      });
    }
    return targets;
  }

  private async shares(
    actor: Actor,
    plan: PlanRow,
    inputs: MeasureShareInput[],
    db: Queryable,
    problems: FieldProblem[],
  ): Promise<MeasureValues['shares']> {
    if (inputs.length > 0 && plan.level !== PlanLevel.REGION) {
      problems.push({
        field: 'shares',
        code: 'NOT_REGIONAL',
        message: 'Bare tiltak i det regionale programmet fordeler plasser på kommunene',
      });
      return [];
    }
    const shares: MeasureValues['shares'] = [];
    for (const [i, share] of inputs.entries()) {
      const municipality = await this.organisation.findMunicipalityInRegion(
        actor.regionId,
        share.municipalityId,
        db,
      );
      if (!municipality) {
        problems.push({
          field: `shares.${i}.municipalityId`,
          code: 'UNKNOWN_MUNICIPALITY',
          message: 'Kommunen finnes ikke i regionen',
        });
        continue;
      }
      shares.push({ municipalityId: share.municipalityId, places: share.places });
    }
    return shares;
  }

  private async teachers(
    actor: Actor,
    inputs: MeasureTeacherInput[],
    db: Queryable,
    problems: FieldProblem[],
  ): Promise<MeasureValues['teachers']> {
    const entries = await this.plans.teachableEntries(
      Scope.personalData(actor),
      actor.regionId,
      inputs,
      db,
    );
    const teachers: MeasureValues['teachers'] = [];
    const seen = new Set<string>();
    inputs.forEach((input, i) => {
      const entry = entries.find(
        (e) => e.employeeId === input.employeeId && e.competenceId === input.competenceId,
      );
      if (!entry) {
        problems.push({
          field: `teachers.${i}.employeeId`,
          code: 'UNKNOWN_TEACHER',
          message:
            'Personen står ikke i oversikten over folk som kan undervise i dette temaet (med samtykke)',
        });
        return;
      }
      if (seen.has(input.employeeId)) {
        problems.push({
          field: `teachers.${i}.employeeId`,
          code: 'DUPLICATE',
          message: 'Personen er allerede underviser i tiltaket',
        });
        return;
      }
      seen.add(input.employeeId);
      teachers.push(entry);
    });
    return teachers;
  }

  /**
   * A lending unit lies in the region, in the caller's scope (the coordinator: the whole
   * region), and is not the plan's own unit: a loan across municipalities is a regional measure.
   */
  private async lendingUnit(
    actor: Actor,
    plan: PlanRow,
    id: string | null,
    db: Queryable,
    problems: FieldProblem[],
  ): Promise<void> {
    if (!id) return;
    const unit = await this.organisation.findUnitInRegion(actor.regionId, id, db);
    const scope =
      plan.level === PlanLevel.REGION ? Scope.organisationWrites(actor) : Scope.personalData(actor);
    if (!unit || !scope.covers(unit)) {
      problems.push({
        field: 'lendingUnitId',
        code: 'UNKNOWN_UNIT',
        message: 'Enheten finnes ikke',
      });
      return;
    }
    if (plan.unitId === unit.id) {
      problems.push({
        field: 'lendingUnitId',
        code: 'SAME_UNIT',
        message: 'Enheten kan ikke låne ut til seg selv; velg enheten som har overskudd',
      });
    }
  }
}
