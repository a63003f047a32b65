import { CompetencesRepository } from '../competences/competences.repository';
import { Injectable } from '@nestjs/common';
import {
  breakdownRows,
  type BreakdownRow,
  evaluate,
  evaluateProtected,
  type EvaluatedRequirement,
  MOBILISATION_LIMITS,
  mobilisationOptions as domainMobilisation,
  type RequirementGap as DomainGap,
  sortForDisplay,
} from '@kp/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import { Horizon, HORIZONS } from '../requirements/requirement.enums';
import { horizonDates, todayInNorway } from '../requirements/horizons';
import type { GapFilter } from './dto/gap-filter.input';
import { GapContextService, type GapContext, type UnitLabels } from './gap-context.service';
import {
  toGapRollUp,
  toHorizon,
  toMeasure,
  toPriority,
  toRequirementGap,
} from './gap-models.mapper';
import { checkProtectedAge, figure } from './gap-figures';
import { GapsRepository, type HolderRow } from './gaps.repository';
import { ProtectionService } from './protection/protection.service';
import {
  type GapAnalysis,
  GapBreakdown,
  type GapHeatmap,
  type GapHolderList,
  type GapRollUp,
  GapScopeLevel,
  type MobilisationOption,
  type RequirementGap,
} from './models/gap-analysis.model';

interface Analysis {
  ctx: GapContext;
  evaluated: EvaluatedRequirement[];
  earlyAge: number | null;
  horizons: Horizon[];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * The gap analysis: requirements against holders for a scope, with its breakdowns, the
 * heatmap, mobilisation and the people behind a figure (the workforce views are in
 * WorkforceService, staffing in StaffingGapsService).
 */
@Injectable()
export class GapsService {
  constructor(
    private readonly gaps: GapsRepository,
    private readonly scopes: GapContextService,
    private readonly protection: ProtectionService,
    private readonly audit: AuditService,
    private readonly catalogue: CompetencesRepository,
  ) {}

  private async analyse(
    actor: Actor,
    filter: GapFilter | null | undefined,
    labels: UnitLabels | undefined,
    horizonsOverride?: Horizon[],
  ): Promise<Analysis> {
    const ctx = await this.scopes.resolve(actor, filter, labels);
    const horizons =
      horizonsOverride ?? (filter?.horizons?.length ? unique(filter.horizons) : [...HORIZONS]);
    const early =
      filter?.earlyRetirementAge && filter.earlyRetirementAge !== ctx.retirementAge
        ? filter.earlyRetirementAge
        : null;
    checkProtectedAge(early, {
      retirementAge: ctx.retirementAge,
      exact: ctx.scopeKnown,
      field: 'earlyRetirementAge',
      label: 'Tidlig pensjonsalder',
    });
    const query = {
      scope: ctx.scope,
      today: ctx.today,
      dates: ctx.dates,
      selection: {
        horizons,
        competenceIds: filter?.competenceIds?.length ? filter.competenceIds : null,
        area: filter?.area || null,
        tag: filter?.tag || null,
        priorities: filter?.priorities?.length ? filter.priorities : null,
      },
    };
    const common = {
      regionId: actor.regionId,
      dates: ctx.dates,
      retirementAge: ctx.retirementAge,
      earlyAge: early,
      pathOf: (unitId: string) => ctx.unitById.get(unitId)?.path ?? [unitId],
    };
    let evaluated: EvaluatedRequirement[];
    if (ctx.scopeKnown) {
      // the caller may see every person in the scope: the engine's exact figures
      const rows = await this.gaps.requirementGaps(
        {
          ...query,
          ages: early === null ? [ctx.retirementAge] : [ctx.retirementAge, early],
        },
        ctx.versions.data,
      );
      evaluated = evaluate(rows, common);
    } else {
      const [items, atoms] = await Promise.all([
        this.gaps.requirementItems(query, ctx.versions.data),
        this.protection.atoms(
          {
            regionId: actor.regionId,
            k: ctx.k,
            retirementAge: ctx.retirementAge,
            today: ctx.today,
          },
          ctx.versions.people,
        ),
      ]);
      evaluated = evaluateProtected(items, {
        ...common,
        scopeOf: (unitId) => ({ atoms, unitIds: ctx.subtreeOf(unitId), knows: ctx.knowsUnit }),
      });
    }
    return { ctx, evaluated, earlyAge: early, horizons };
  }

  /** Rows of unit breakdowns lie one level below the scope unit, or below a lone root. */
  private bucketDepth(ctx: GapContext): (e: EvaluatedRequirement) => number {
    if (ctx.scopeUnit) {
      const depth = ctx.scopeUnit.path.length + 1;
      return () => depth;
    }
    const roots = new Map<string, number>();
    for (const unit of ctx.units) {
      if (unit.parentId === null) {
        roots.set(unit.municipalityId, (roots.get(unit.municipalityId) ?? 0) + 1);
      }
    }
    return (e) => ((roots.get(e.main.municipalityId) ?? 0) === 1 ? 2 : 1);
  }

  /** Rows, totals and requirement gaps of one breakdown. */
  private report(analysis: Analysis, breakdown: GapBreakdown) {
    const { ctx, evaluated } = analysis;
    const { rows, totals } = breakdownRows(evaluated, breakdown, {
      level: ctx.level,
      id: ctx.scopeId,
      unitPath: ctx.scopeUnit?.path ?? null,
      bucketDepth: this.bucketDepth(ctx),
    });
    const ids = (row: BreakdownRow) => {
      const id = row.path[row.path.length - 1];
      return row.level === 'MUNICIPALITY'
        ? { scopeId: id, municipalityId: id, unitId: null }
        : row.level === 'UNIT'
          ? {
              scopeId: id,
              municipalityId: ctx.unitById.get(id)?.municipalityId ?? null,
              unitId: id,
            }
          : {
              scopeId: ctx.scopeId,
              municipalityId: ctx.scope.municipalityId,
              unitId: ctx.scope.unitId,
            };
    };
    const totalRows: GapRollUp[] = totals.map((t) =>
      toGapRollUp(t, {
        scopeId: ctx.scopeId,
        municipalityId:
          ctx.level === GapScopeLevel.MUNICIPALITY
            ? ctx.scopeId
            : (ctx.scopeUnit?.municipalityId ?? null),
        unitId: ctx.scope.unitId,
      }),
    );
    const rowModels: GapRollUp[] =
      breakdown === GapBreakdown.REQUIREMENT ? [] : rows.map((row) => toGapRollUp(row, ids(row)));
    const requirementGaps: RequirementGap[] =
      breakdown === GapBreakdown.REQUIREMENT ? evaluated.map(toRequirementGap) : [];
    return {
      totals: sortForDisplay(totalRows, (r) => `${r.competenceId}|${r.measure}|${r.horizon}`),
      rows: sortForDisplay(
        rowModels,
        (r) => `${r.scopeId}|${r.competenceId}|${r.measure}|${r.horizon}`,
      ),
      requirementGaps: sortForDisplay(requirementGaps, (r) => `${r.requirementId}|${r.horizon}`),
    };
  }

  private defaultBreakdown(level: GapScopeLevel): GapBreakdown {
    if (level === GapScopeLevel.REGION) return GapBreakdown.MUNICIPALITY;
    if (level === GapScopeLevel.MUNICIPALITY) return GapBreakdown.UNIT;
    return GapBreakdown.REQUIREMENT;
  }

  async gapAnalysis(
    actor: Actor,
    filter: GapFilter | null,
    breakdownInput: GapBreakdown | null,
    labels?: UnitLabels,
  ): Promise<GapAnalysis> {
    const analysis = await this.analyse(actor, filter, labels);
    const { ctx } = analysis;
    const breakdown = breakdownInput ?? this.defaultBreakdown(ctx.level);
    if (breakdown === GapBreakdown.MUNICIPALITY && ctx.level !== GapScopeLevel.REGION) {
      throw UserError.field(
        'breakdown',
        'BREAKDOWN_TOO_WIDE',
        'Fordeling per kommune gjelder bare for hele regionen',
      );
    }
    const report = this.report(analysis, breakdown);
    return {
      today: ctx.today,
      horizons: analysis.horizons.map((horizon) => ({ horizon, date: ctx.dates[horizon] })),
      retirementAge: ctx.retirementAge,
      earlyRetirementAge: analysis.earlyAge,
      minGroupSize: ctx.k,
      scopeLevel: ctx.level,
      scopeId: ctx.scopeId,
      scopeName: ctx.scopeName,
      breakdown,
      suppressionApplied: !ctx.scopeKnown,
      totals: report.totals,
      rows: report.rows,
      requirementGaps: report.requirementGaps,
    };
  }

  async heatmap(
    actor: Actor,
    filter: GapFilter | null,
    rowsBy: GapScopeLevel | null,
    horizon: Horizon,
    labels?: UnitLabels,
  ): Promise<GapHeatmap> {
    const analysis = await this.analyse(actor, filter, labels, [horizon]);
    const { ctx } = analysis;
    const level =
      rowsBy ??
      (ctx.level === GapScopeLevel.REGION ? GapScopeLevel.MUNICIPALITY : GapScopeLevel.UNIT);
    if (
      level === GapScopeLevel.REGION ||
      (level === GapScopeLevel.MUNICIPALITY && ctx.level !== GapScopeLevel.REGION)
    ) {
      throw UserError.field('rows', 'BREAKDOWN_TOO_WIDE', 'Radene må ligge innenfor utvalget');
    }
    const breakdown =
      level === GapScopeLevel.MUNICIPALITY ? GapBreakdown.MUNICIPALITY : GapBreakdown.UNIT;
    const report = this.report(analysis, breakdown);
    const municipalities =
      level === GapScopeLevel.MUNICIPALITY
        ? await this.gaps.listMunicipalities(actor.regionId)
        : [];
    const rowIds = unique(report.rows.map((r) => r.scopeId));
    const rows =
      level === GapScopeLevel.MUNICIPALITY
        ? municipalities
            .filter((m) => rowIds.includes(m.id))
            .map((m) => ({ id: m.id, name: m.name, level }))
        : ctx.units
            .filter((u) => rowIds.includes(u.id))
            .map((u) => ({ id: u.id, name: u.name, level }));
    return {
      horizon,
      horizonDate: ctx.dates[horizon],
      rows,
      competenceIds: await this.catalogue.competenceOrder(
        unique(report.totals.map((t) => t.competenceId)),
      ),
      cells: report.rows,
      totals: report.totals,
      suppressionApplied: !ctx.scopeKnown,
    };
  }

  async mobilisation(
    actor: Actor,
    filter: GapFilter | null,
    labels?: UnitLabels,
  ): Promise<MobilisationOption[]> {
    const analysis = await this.analyse(actor, filter, labels);
    const { ctx, evaluated } = analysis;
    const roundedOf = new Map<DomainGap, boolean>(evaluated.map((e) => [e.main, e.rounded]));
    const options: MobilisationOption[] = [];
    for (const horizon of analysis.horizons) {
      const atHorizon = evaluated
        .filter((e) => toHorizon(e.horizon) === horizon)
        .map((e) => e.main);
      const byId = new Map(atHorizon.map((g) => [g.requirementId, g]));
      // bounded: the biggest gaps with their best sources (docs/benchmarks.md)
      for (const group of domainMobilisation(atHorizon, ctx.units, MOBILISATION_LIMITS)) {
        for (const pair of group.pairs) {
          const from = byId.get(pair.from.requirementId)!;
          const to = byId.get(pair.to.requirementId)!;
          const fromRounded = roundedOf.get(from) ?? false;
          const toRounded = roundedOf.get(to) ?? false;
          options.push({
            competenceId: pair.competenceId,
            measure: toMeasure(pair.measure),
            horizon,
            from: {
              requirementId: from.requirementId,
              unitId: from.unitId,
              municipalityId: from.municipalityId,
              minLevel: from.minLevel,
              priority: toPriority(from.priority),
              amount: figure(pair.from.surplus, fromRounded),
            },
            to: {
              requirementId: to.requirementId,
              unitId: to.unitId,
              municipalityId: to.municipalityId,
              minLevel: to.minLevel,
              priority: toPriority(to.priority),
              amount: figure(pair.to.gap, toRounded),
            },
            transferable: figure(pair.transferable, fromRounded || toRounded),
          });
        }
      }
    }
    return options;
  }

  /**
   * The people behind a requirement's figures. Only for callers who may see them (the policy
   * admits unit leaders and HR; the requirement's unit must lie in their own scope, otherwise
   * it answers as for a requirement that does not exist). Audited as a read of a list.
   */
  async holders(
    actor: Actor,
    requirementId: string,
    horizon: Horizon,
    retirementAgeInput: number | null,
  ): Promise<GapHolderList> {
    const scope = Scope.personalData(actor);
    const requirement = await this.gaps.requirementInPersonalScope(requirementId, scope);
    if (!requirement) throw UserError.notFound('kravet');
    const settings = await this.gaps.regionState(actor.regionId);
    const today = todayInNorway();
    const horizonDate = horizonDates(today)[horizon];
    const age = retirementAgeInput ?? settings.retirementAge;
    const query = {
      regionId: actor.regionId,
      unitId: requirement.unitId,
      competenceId: requirement.competenceId,
      minLevel: requirement.minLevel,
      today,
      horizonDate,
      age,
    };
    const rows = await this.gaps.holders(scope, query);
    const holderIds = new Set(rows.map((row) => row.employeeId));
    const expected = (await this.gaps.holders(scope, { ...query, planned: true })).filter(
      (row) => !holderIds.has(row.employeeId),
    );
    await this.audit.read(actor, {
      action: 'gap.holders',
      entityType: 'requirement',
      entityId: requirement.id,
      municipalityId: requirement.municipalityId,
      employeeIds: [...rows, ...expected].map((row) => row.employeeId),
      details: { horizon, horizonDate, retirementAge: age },
    });
    return {
      requirementId: requirement.id,
      horizon,
      horizonDate,
      retirementAge: age,
      holders: rows.map(toGapHolder),
      // signed-up participants of measures due by the horizon who do not hold it yet
      expected: expected.map(toGapHolder),
    };
  }
}

function toGapHolder(row: HolderRow) {
  return {
    employeeId: row.employeeId,
    fullName: `${row.givenName} ${row.familyName}`,
    unitId: row.unitId,
    professionCode: row.professionCode,
    fte: row.fte,
    birthYear: row.birthYear,
    level: row.level,
    validUntil: row.validUntil,
  };
}
