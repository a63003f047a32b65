import { Injectable } from '@nestjs/common';
import {
  addDays,
  isoDateFromParts,
  mobilisationOptions as domainMobilisation,
  professionName,
  type RequirementGap as DomainGap,
  yearOf,
} from '@kp/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { personalDataScope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import { Horizon, HORIZONS } from '../requirements/requirement.enums';
import { horizonDates, type HorizonDates, todayInNorway } from '../requirements/horizons';
import { unknownUnit } from '../requirements/requirement-rules';
import type {
  ExpiringCertificatesFilter,
  GapFilter,
  GapScopeInput,
  RetirementWaveFilter,
} from './dto/gap-filter.input';
import {
  breakdownRows,
  type BreakdownRow,
  earlyDecision,
  evaluate,
  type EvaluatedRequirement,
  lineKey,
  sortForDisplay,
  suppressBreakdown,
  toGapRollUp,
  toRequirementGap,
} from './gap-report';
import {
  type Decision,
  figure,
  suppressGrid,
  suppressLine,
  suppressOne,
  VISIBLE,
} from './gap-suppression';
import { GapScope, GapsRepository, type LeavingRow, type UnitNode } from './gaps.repository';
import type { ExpiringCertificates } from './models/expiring-certificates.model';
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
import type { RetirementSeries, RetirementWave } from './models/retirement-wave.model';

/** The resolved scope of a request, what the caller may see in it, and the settings. */
export interface GapContext {
  actor: Actor;
  scope: GapScope;
  level: GapScopeLevel;
  scopeId: string;
  scopeName: string;
  scopeUnit: UnitNode | null;
  units: UnitNode[];
  unitById: Map<string, UnitNode>;
  k: number;
  retirementAge: number;
  today: string;
  dates: HorizonDates;
  /** The caller may see the people of this unit's subtree. */
  knowsUnit(unitId: string): boolean;
  knowsMunicipality(municipalityId: string): boolean;
  /** The caller may see every person in the scope: nothing is suppressed. */
  scopeKnown: boolean;
}

interface Analysis {
  ctx: GapContext;
  evaluated: EvaluatedRequirement[];
  earlyAge: number | null;
  horizons: Horizon[];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function fte(units: number): number {
  return Math.round(units / 100) / 100;
}

/** The gap analysis and the workforce views built on it (retirement wave, expiring certificates). */
@Injectable()
export class GapsService {
  constructor(
    private readonly gaps: GapsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The caller's scope resolved (unknown units and municipalities answer as missing). */
  async context(actor: Actor, input: GapScopeInput | null | undefined): Promise<GapContext> {
    const [settings, units] = await Promise.all([
      this.gaps.regionSettings(actor.regionId),
      this.gaps.listUnits(actor.regionId),
    ]);
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const personal = personalDataScope(actor);
    const leaderUnits = new Set(personal.unitIds);
    const knowsMunicipality = (id: string) => personal.municipalityIds.includes(id);
    const knowsUnit = (id: string) => {
      const unit = unitById.get(id);
      return (
        !!unit &&
        (knowsMunicipality(unit.municipalityId) || unit.path.some((u) => leaderUnits.has(u)))
      );
    };

    let level = GapScopeLevel.REGION;
    let scopeId = actor.regionId;
    let scopeName = settings.name;
    let scopeUnit: UnitNode | null = null;
    let municipalityId: string | null = null;
    if (input?.unitId) {
      scopeUnit = unitById.get(input.unitId) ?? null;
      if (
        !scopeUnit ||
        (input.municipalityId && input.municipalityId !== scopeUnit.municipalityId)
      ) {
        throw unknownUnit('unitId');
      }
      level = GapScopeLevel.UNIT;
      scopeId = scopeUnit.id;
      scopeName = scopeUnit.name;
    } else if (input?.municipalityId) {
      const municipality = await this.gaps.findMunicipality(actor.regionId, input.municipalityId);
      if (!municipality) {
        throw UserError.field('municipalityId', 'UNKNOWN_MUNICIPALITY', 'Kommunen finnes ikke');
      }
      level = GapScopeLevel.MUNICIPALITY;
      scopeId = municipality.id;
      scopeName = municipality.name;
      municipalityId = municipality.id;
    }
    const today = todayInNorway();
    return {
      actor,
      scope: { regionId: actor.regionId, municipalityId, unitId: scopeUnit?.id ?? null },
      level,
      scopeId,
      scopeName,
      scopeUnit,
      units,
      unitById,
      k: settings.minGroupSize,
      retirementAge: settings.retirementAge,
      today,
      dates: horizonDates(today),
      knowsUnit,
      knowsMunicipality,
      scopeKnown:
        level === GapScopeLevel.UNIT
          ? knowsUnit(scopeId)
          : level === GapScopeLevel.MUNICIPALITY
            ? knowsMunicipality(scopeId)
            : false,
    };
  }

  private async analyse(
    actor: Actor,
    filter: GapFilter | null | undefined,
    horizonsOverride?: Horizon[],
  ): Promise<Analysis> {
    const ctx = await this.context(actor, filter);
    const horizons =
      horizonsOverride ?? (filter?.horizons?.length ? unique(filter.horizons) : [...HORIZONS]);
    const early =
      filter?.earlyRetirementAge && filter.earlyRetirementAge !== ctx.retirementAge
        ? filter.earlyRetirementAge
        : null;
    const rows = await this.gaps.requirementGaps({
      scope: ctx.scope,
      today: ctx.today,
      dates: ctx.dates,
      ages: early === null ? [ctx.retirementAge] : [ctx.retirementAge, early],
      selection: {
        horizons,
        competenceIds: filter?.competenceIds?.length ? filter.competenceIds : null,
        area: filter?.area || null,
        tag: filter?.tag || null,
        priorities: filter?.priorities?.length ? filter.priorities : null,
      },
    });
    const evaluated = evaluate(rows, {
      regionId: actor.regionId,
      dates: ctx.dates,
      retirementAge: ctx.retirementAge,
      earlyAge: early,
      pathOf: (unitId) => ctx.unitById.get(unitId)?.path ?? [unitId],
    });
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

  /** Rows, totals and requirement gaps of one breakdown, with suppression applied. */
  private report(analysis: Analysis, breakdown: GapBreakdown) {
    const { ctx, evaluated } = analysis;
    const { rows, totals } = breakdownRows(evaluated, breakdown, {
      level: ctx.level,
      id: ctx.scopeId,
      unitPath: ctx.scopeUnit?.path ?? null,
      bucketDepth: this.bucketDepth(ctx),
    });
    const knownRow = (row: BreakdownRow) =>
      row.level === GapScopeLevel.MUNICIPALITY
        ? ctx.knowsMunicipality(row.path[0])
        : ctx.knowsUnit(row.path[row.path.length - 1]);
    const cells =
      breakdown === GapBreakdown.REQUIREMENT
        ? evaluated.map((e) => ({
            line: lineKey(e.main, e.horizon),
            path: e.path,
            members: [e],
            known: ctx.knowsUnit(e.main.unitId),
          }))
        : rows.map((row) => ({
            line: lineKey(row.rollUp, row.horizon),
            path: row.path,
            members: row.members,
            known: knownRow(row),
          }));
    const lineTotals = new Map(
      totals.map((t) => [lineKey(t.rollUp, t.horizon), { known: ctx.scopeKnown }]),
    );
    const decisions = suppressBreakdown(cells, lineTotals, ctx.k);
    const earlyOf = (members: EvaluatedRequirement[], decision: Decision, known: boolean) =>
      earlyDecision(members, decision, ctx.k, known);

    const ids = (row: BreakdownRow) => {
      const id = row.path[row.path.length - 1];
      return row.level === GapScopeLevel.MUNICIPALITY
        ? { scopeId: id, municipalityId: id, unitId: null }
        : row.level === GapScopeLevel.UNIT
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
    const totalRows: GapRollUp[] = totals.map((t) => {
      const decision = decisions.totals.get(lineKey(t.rollUp, t.horizon)) ?? VISIBLE;
      return toGapRollUp(t, decision, earlyOf(t.members, decision, ctx.scopeKnown), ctx.k, {
        scopeId: ctx.scopeId,
        municipalityId:
          ctx.level === GapScopeLevel.MUNICIPALITY
            ? ctx.scopeId
            : (ctx.scopeUnit?.municipalityId ?? null),
        unitId: ctx.scope.unitId,
      });
    });
    let rowModels: GapRollUp[] = [];
    let requirementGaps: RequirementGap[] = [];
    if (breakdown === GapBreakdown.REQUIREMENT) {
      requirementGaps = evaluated.map((e, i) =>
        toRequirementGap(
          e,
          decisions.cells[i],
          earlyOf([e], decisions.cells[i], cells[i].known),
          ctx.k,
        ),
      );
    } else {
      rowModels = rows.map((row, i) =>
        toGapRollUp(
          row,
          decisions.cells[i],
          earlyOf(row.members, decisions.cells[i], cells[i].known),
          ctx.k,
          ids(row),
        ),
      );
    }
    return {
      totals: sortForDisplay(totalRows, (r) => `${r.competenceId}|${r.measure}|${r.horizon}`),
      rows: sortForDisplay(
        rowModels,
        (r) => `${r.scopeId}|${r.competenceId}|${r.measure}|${r.horizon}`,
      ),
      requirementGaps: sortForDisplay(requirementGaps, (r) => `${r.requirementId}|${r.horizon}`),
      decisions: decisions.cells,
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
  ): Promise<GapAnalysis> {
    const analysis = await this.analyse(actor, filter);
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
  ): Promise<GapHeatmap> {
    const analysis = await this.analyse(actor, filter, [horizon]);
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
      competenceIds: await this.gaps.competenceOrder(
        unique(report.totals.map((t) => t.competenceId)),
      ),
      cells: report.rows,
      totals: report.totals,
      suppressionApplied: !ctx.scopeKnown,
    };
  }

  async mobilisation(actor: Actor, filter: GapFilter | null): Promise<MobilisationOption[]> {
    const analysis = await this.analyse(actor, filter);
    const { ctx, evaluated } = analysis;
    // Figures of each requirement as the REQUIREMENT breakdown shows them.
    const { decisions } = this.report(analysis, GapBreakdown.REQUIREMENT);
    const decisionOf = new Map<DomainGap, Decision>(
      evaluated.map((e, i) => [e.main, decisions[i]]),
    );
    const options: MobilisationOption[] = [];
    for (const horizon of analysis.horizons) {
      const atHorizon = evaluated.filter((e) => e.horizon === horizon).map((e) => e.main);
      for (const group of domainMobilisation(atHorizon, ctx.units)) {
        for (const pair of group.pairs) {
          const from = atHorizon.find((g) => g.requirementId === pair.from.requirementId)!;
          const to = atHorizon.find((g) => g.requirementId === pair.to.requirementId)!;
          const fromDecision = decisionOf.get(from) ?? VISIBLE;
          const toDecision = decisionOf.get(to) ?? VISIBLE;
          const both: Decision = fromDecision.suppressed ? fromDecision : toDecision;
          options.push({
            competenceId: pair.competenceId,
            measure: pair.measure as MobilisationOption['measure'],
            horizon,
            from: {
              requirementId: from.requirementId,
              unitId: from.unitId,
              municipalityId: from.municipalityId,
              minLevel: from.minLevel,
              priority: from.priority as MobilisationOption['from']['priority'],
              amount: figure(pair.from.surplus, fromDecision, ctx.k),
            },
            to: {
              requirementId: to.requirementId,
              unitId: to.unitId,
              municipalityId: to.municipalityId,
              minLevel: to.minLevel,
              priority: to.priority as MobilisationOption['to']['priority'],
              amount: figure(pair.to.gap, toDecision, ctx.k),
            },
            transferable: figure(pair.transferable, both, ctx.k),
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
    const requirement = await this.gaps.requirementInPersonalScope(
      requirementId,
      personalDataScope(actor),
    );
    if (!requirement) throw UserError.notFound('kravet');
    const settings = await this.gaps.regionSettings(actor.regionId);
    const today = todayInNorway();
    const horizonDate = horizonDates(today)[horizon];
    const age = retirementAgeInput ?? settings.retirementAge;
    const rows = await this.gaps.holders({
      regionId: actor.regionId,
      unitId: requirement.unitId,
      competenceId: requirement.competenceId,
      minLevel: requirement.minLevel,
      today,
      horizonDate,
      age,
    });
    await this.audit.read(actor, {
      action: 'gap.holders',
      entityType: 'requirement',
      entityId: requirement.id,
      municipalityId: requirement.municipalityId,
      employeeIds: rows.map((row) => row.employeeId),
      details: { horizon, horizonDate, retirementAge: age },
    });
    return {
      requirementId: requirement.id,
      horizon,
      horizonDate,
      retirementAge: age,
      holders: rows.map((row) => ({
        employeeId: row.employeeId,
        fullName: `${row.givenName} ${row.familyName}`,
        unitId: row.unitId,
        professionCode: row.professionCode,
        fte: row.fte,
        birthYear: row.birthYear,
        level: row.level,
        validUntil: row.validUntil,
      })),
      // Planned completions come with measures; until then nobody is expected.
      expected: [],
    };
  }

  private series(
    ctx: GapContext,
    rows: readonly LeavingRow[],
    years: readonly number[],
  ): Map<
    string,
    Omit<
      RetirementSeries,
      'key' | 'competenceId' | 'minLevel' | 'professionCode' | 'professionName'
    >
  > {
    const byKey = new Map<string, LeavingRow[]>();
    for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
    const result = new Map<
      string,
      Omit<
        RetirementSeries,
        'key' | 'competenceId' | 'minLevel' | 'professionCode' | 'professionName'
      >
    >();
    for (const [key, list] of byKey) {
      const inYear = years.map((year) => {
        const found = list.filter((row) => row.leavingYear === year);
        return {
          headcount: found.reduce((sum, row) => sum + row.headcount, 0),
          units: found.reduce((sum, row) => sum + row.units, 0),
        };
      });
      const current = {
        headcount: list.reduce((sum, row) => sum + row.headcount, 0),
        units: list.reduce((sum, row) => sum + row.units, 0),
      };
      const line = suppressLine(
        inYear.map((cell) => ({ value: cell.units, count: cell.headcount, known: false })),
        { k: ctx.k, totalKnown: ctx.scopeKnown },
      );
      const currentDecision = suppressOne(current.headcount, { k: ctx.k, known: ctx.scopeKnown });
      const leavingHeadcount = inYear.reduce((sum, cell) => sum + cell.headcount, 0);
      const leavingUnits = inYear.reduce((sum, cell) => sum + cell.units, 0);
      result.set(key, {
        current: figure(current.headcount, currentDecision, ctx.k),
        currentFte: figure(fte(current.units), currentDecision, ctx.k),
        leaving: years.map((year, i) => ({
          year,
          headcount: figure(inYear[i].headcount, line.cells[i], ctx.k),
          fte: figure(fte(inYear[i].units), line.cells[i], ctx.k),
        })),
        leavingTotal: figure(leavingHeadcount, line.total, ctx.k),
        leavingTotalFte: figure(fte(leavingUnits), line.total, ctx.k),
      });
    }
    return result;
  }

  async retirementWave(actor: Actor, filter: RetirementWaveFilter | null): Promise<RetirementWave> {
    const ctx = await this.context(actor, filter);
    const age = filter?.retirementAge ?? ctx.retirementAge;
    const first = yearOf(ctx.today);
    const years = Array.from({ length: filter?.years ?? 10 }, (_, i) => first + i);
    const competenceIds = filter?.competenceIds?.length ? unique(filter.competenceIds) : null;
    const levels = await this.gaps.requiredLevels(ctx.scope, {
      competenceIds,
      criticalOnly: competenceIds === null,
    });
    // An asked-for competence without requirements in the scope counts holders at level 1+.
    for (const id of competenceIds ?? []) {
      if (!levels.some((l) => l.competenceId === id))
        levels.push({ competenceId: id, minLevel: 1 });
    }
    const [competenceRows, professionRows] = await Promise.all([
      levels.length > 0
        ? this.gaps.competenceLeaving(ctx.scope, { today: ctx.today, year: first, age, levels })
        : Promise.resolve([]),
      this.gaps.professionLeaving(ctx.scope, {
        year: first,
        age,
        professionCodes: filter?.professionCodes?.length ? filter.professionCodes : null,
      }),
    ]);
    const competenceSeries = this.series(ctx, competenceRows, years);
    const professionSeries = this.series(ctx, professionRows, years);
    const order = await this.gaps.competenceOrder(levels.map((l) => l.competenceId));
    const levelOf = new Map(levels.map((l) => [l.competenceId, l.minLevel]));
    const empty = (): Omit<
      RetirementSeries,
      'key' | 'competenceId' | 'minLevel' | 'professionCode' | 'professionName'
    > => ({
      current: figure(0, VISIBLE, ctx.k),
      currentFte: figure(0, VISIBLE, ctx.k),
      leaving: years.map((year) => ({
        year,
        headcount: figure(0, VISIBLE, ctx.k),
        fte: figure(0, VISIBLE, ctx.k),
      })),
      leavingTotal: figure(0, VISIBLE, ctx.k),
      leavingTotalFte: figure(0, VISIBLE, ctx.k),
    });
    return {
      retirementAge: age,
      years,
      competences: order.map((id) => ({
        key: id,
        competenceId: id,
        minLevel: levelOf.get(id) ?? null,
        professionCode: null,
        professionName: null,
        ...(competenceSeries.get(id) ?? empty()),
      })),
      professions: [...professionSeries.keys()].sort().map((code) => ({
        key: code,
        competenceId: null,
        minLevel: null,
        professionCode: code,
        professionName: professionName(code),
        ...professionSeries.get(code)!,
      })),
      suppressionApplied: !ctx.scopeKnown,
    };
  }

  async expiringCertificates(
    actor: Actor,
    filter: ExpiringCertificatesFilter | null,
  ): Promise<ExpiringCertificates> {
    const ctx = await this.context(actor, filter);
    const count = filter?.months ?? 12;
    const year = yearOf(ctx.today);
    const month = Number(ctx.today.slice(5, 7));
    const months = Array.from({ length: count }, (_, i) => {
      const index = year * 12 + (month - 1) + i;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    });
    const afterLast = (() => {
      const index = year * 12 + (month - 1) + count;
      return isoDateFromParts(Math.floor(index / 12), (index % 12) + 1, 1);
    })();
    const to = addDays(afterLast, -1);
    const rows = await this.gaps.expiring(ctx.scope, { from: ctx.today, to });

    const cellRows = rows.filter((r) => r.unitId !== null && r.month !== null);
    const unitIds = ctx.units
      .map((u) => u.id)
      .filter((id) => cellRows.some((r) => r.unitId === id));
    const grid = unitIds.map((unitId) =>
      months.map((m) => {
        const found = cellRows.find((r) => r.unitId === unitId && r.month === m);
        return { value: found?.certificates ?? 0, count: found?.employees ?? 0 };
      }),
    );
    const distinct = (unitId: string | null, m: string | null) =>
      rows.find((r) => r.unitId === unitId && r.month === m)?.employees ?? 0;
    const decisions = suppressGrid(grid, {
      k: ctx.k,
      knownRows: unitIds.map((id) => ctx.knowsUnit(id)),
      allKnown: ctx.scopeKnown,
      rowDistinct: unitIds.map((id) => distinct(id, null)),
      columnDistinct: months.map((m) => distinct(null, m)),
      grandDistinct: distinct(null, null),
    });
    const sum = (cells: { value: number }[]) => cells.reduce((total, c) => total + c.value, 0);
    return {
      from: ctx.today,
      to,
      months,
      rows: unitIds.map((unitId, r) => ({
        unitId,
        cells: grid[r].map((cell, c) => figure(cell.value, decisions.cells[r][c], ctx.k)),
        total: figure(sum(grid[r]), decisions.rowTotals[r], ctx.k),
      })),
      monthTotals: months.map((_, c) =>
        figure(sum(grid.map((row) => row[c])), decisions.columnTotals[c], ctx.k),
      ),
      total: figure(sum(grid.flat()), decisions.grandTotal, ctx.k),
      suppressionApplied: !ctx.scopeKnown,
    };
  }
}
