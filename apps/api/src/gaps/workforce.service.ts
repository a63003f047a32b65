import { CompetencesRepository } from '../competences/competences.repository';
import { Injectable } from '@nestjs/common';
import {
  addDays,
  type AtomScope,
  competenceWave,
  expiringCertificates,
  fteOfUnits,
  isoDateFromParts,
  professionCodes,
  professionName,
  professionWave,
  type WaveCounts,
  yearOf,
} from '@kp/domain';
import type { Actor } from '../auth/roles';
import type { ExpiringCertificatesFilter, RetirementWaveFilter } from './dto/gap-filter.input';
import { GapContextService, type GapContext, type UnitLabels } from './gap-context.service';
import { checkProtectedAge, figure } from './gap-figures';
import { WorkforceRepository, type LeavingRow } from './workforce.repository';
import type { ExpiringCertificates } from './models/expiring-certificates.model';
import type { RetirementSeries, RetirementWave } from './models/retirement-wave.model';
import { ProtectionService } from './protection/protection.service';

type SeriesFigures = Omit<
  RetirementSeries,
  'key' | 'competenceId' | 'minLevel' | 'professionCode' | 'professionName'
>;

/** Figures of a series from counts: today's, one per year, and the years' total. */
function seriesFigures(counts: WaveCounts): SeriesFigures {
  const sum = (pick: (c: WaveCounts['current']) => number) =>
    counts.leaving.reduce((total, c) => total + pick(c), 0);
  const rounded = counts.current.rounded;
  return {
    current: figure(counts.current.count, rounded),
    currentFte: figure(fteOfUnits(counts.current.fteUnits), rounded),
    leaving: counts.leaving.map((c, i) => ({
      year: i,
      headcount: figure(c.count, c.rounded),
      fte: figure(fteOfUnits(c.fteUnits), c.rounded),
    })),
    leavingTotal: figure(
      sum((c) => c.count),
      rounded,
    ),
    leavingTotalFte: figure(fteOfUnits(sum((c) => c.fteUnits)), rounded),
  };
}

/** Exact counts from the SQL of the wave (for callers who may see every person). */
function exactCounts(rows: readonly LeavingRow[], years: readonly number[]): WaveCounts {
  const inYear = years.map((year) => {
    const found = rows.filter((row) => row.leavingYear === year);
    return {
      count: found.reduce((sum, row) => sum + row.headcount, 0),
      fteUnits: found.reduce((sum, row) => sum + row.units, 0),
      rounded: false,
    };
  });
  return {
    current: {
      count: rows.reduce((sum, row) => sum + row.headcount, 0),
      fteUnits: rows.reduce((sum, row) => sum + row.units, 0),
      rounded: false,
    },
    leaving: inYear,
  };
}

/**
 * The workforce views beside the gaps: the retirement wave (who leaves, by year) and the
 * certificates that expire in the next months. Exact for callers who may see every person in
 * the scope; otherwise built from rounded atoms like every figure about people.
 */
@Injectable()
export class WorkforceService {
  constructor(
    private readonly workforce: WorkforceRepository,
    private readonly scopes: GapContextService,
    private readonly protection: ProtectionService,
    private readonly catalogue: CompetencesRepository,
  ) {}

  private atomScope(ctx: GapContext): Promise<AtomScope> {
    return this.protection
      .atoms(
        {
          regionId: ctx.actor.regionId,
          k: ctx.k,
          retirementAge: ctx.retirementAge,
          today: ctx.today,
        },
        ctx.versions.people,
      )
      .then((atoms) => ({ atoms, unitIds: ctx.scopeUnitIds, knows: ctx.knowsUnit }));
  }

  async retirementWave(
    actor: Actor,
    filter: RetirementWaveFilter | null,
    labels?: UnitLabels,
  ): Promise<RetirementWave> {
    const ctx = await this.scopes.resolve(actor, filter, labels);
    const age = filter?.retirementAge ?? ctx.retirementAge;
    checkProtectedAge(age, {
      retirementAge: ctx.retirementAge,
      exact: ctx.scopeKnown,
      field: 'retirementAge',
      label: 'Pensjonsalder',
    });
    const first = yearOf(ctx.today);
    const years = Array.from({ length: filter?.years ?? 10 }, (_, i) => first + i);
    const competenceIds = filter?.competenceIds?.length ? [...new Set(filter.competenceIds)] : null;
    const levels = await this.workforce.requiredLevels(ctx.scope, {
      competenceIds,
      criticalOnly: competenceIds === null,
    });
    // An asked-for competence without requirements in the scope counts holders at level 1+.
    for (const id of competenceIds ?? []) {
      if (!levels.some((l) => l.competenceId === id))
        levels.push({ competenceId: id, minLevel: 1 });
    }
    const askedCodes = filter?.professionCodes?.length
      ? [...new Set(filter.professionCodes)]
      : null;

    let competenceCounts: Map<string, WaveCounts>;
    let professionCounts: Map<string, WaveCounts>;
    if (ctx.scopeKnown) {
      const [competenceRows, professionRows] = await Promise.all([
        levels.length > 0
          ? this.workforce.competenceLeaving(ctx.scope, {
              today: ctx.today,
              year: first,
              age,
              levels,
            })
          : Promise.resolve([]),
        this.workforce.professionLeaving(ctx.scope, {
          year: first,
          age,
          professionCodes: askedCodes,
        }),
      ]);
      const byKey = (rows: readonly LeavingRow[]) => {
        const grouped = new Map<string, LeavingRow[]>();
        for (const row of rows) grouped.set(row.key, [...(grouped.get(row.key) ?? []), row]);
        return new Map([...grouped].map(([key, list]) => [key, exactCounts(list, years)]));
      };
      competenceCounts = byKey(competenceRows);
      professionCounts = byKey(professionRows);
    } else {
      const scope = await this.atomScope(ctx);
      competenceCounts = new Map(
        levels.map((l) => [
          l.competenceId,
          competenceWave(scope, { ...l, age, years: years.length }),
        ]),
      );
      // Professions as the caller sees them: one rounded to 0 everywhere is not listed.
      professionCounts = new Map(
        (askedCodes ?? professionCodes(scope)).map((code) => [
          code,
          professionWave(scope, { professionCode: code, age, years: years.length }),
        ]),
      );
    }

    const withYears = (counts: WaveCounts): SeriesFigures => {
      const figures = seriesFigures(counts);
      return {
        ...figures,
        leaving: figures.leaving.map((y, i) => ({ ...y, year: years[i] })),
      };
    };
    const empty: WaveCounts = {
      current: { count: 0, fteUnits: 0, rounded: !ctx.scopeKnown },
      leaving: years.map(() => ({ count: 0, fteUnits: 0, rounded: !ctx.scopeKnown })),
    };
    const order = await this.catalogue.competenceOrder(levels.map((l) => l.competenceId));
    const levelOf = new Map(levels.map((l) => [l.competenceId, l.minLevel]));
    return {
      retirementAge: age,
      years,
      competences: order.map((id) => ({
        key: id,
        competenceId: id,
        minLevel: levelOf.get(id) ?? null,
        professionCode: null,
        professionName: null,
        ...withYears(competenceCounts.get(id) ?? empty),
      })),
      professions: [...professionCounts.keys()].sort().map((code) => ({
        key: code,
        competenceId: null,
        minLevel: null,
        professionCode: code,
        professionName: professionName(code),
        ...withYears(professionCounts.get(code)!),
      })),
      suppressionApplied: !ctx.scopeKnown,
    };
  }

  async expiringCertificates(
    actor: Actor,
    filter: ExpiringCertificatesFilter | null,
    labels?: UnitLabels,
  ): Promise<ExpiringCertificates> {
    const ctx = await this.scopes.resolve(actor, filter, labels);
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

    // per unit (the person's own unit) and month: certificates, and whether they are rounded
    let grid: Array<{ unitId: string; cells: number[]; rounded: boolean }>;
    if (ctx.scopeKnown) {
      const rows = await this.workforce.expiring(ctx.scope, { from: ctx.today, to });
      grid = ctx.units
        .map((u) => u.id)
        .filter((id) => rows.some((r) => r.unitId === id))
        .map((unitId) => ({
          unitId,
          cells: months.map(
            (m) => rows.find((r) => r.unitId === unitId && r.month === m)?.certificates ?? 0,
          ),
          rounded: false,
        }));
    } else {
      const scope = await this.atomScope(ctx);
      const inScope = new Set(scope.unitIds);
      grid = ctx.units
        .filter((u) => inScope.has(u.id))
        .map((u) => {
          const known = ctx.knowsUnit(u.id);
          return {
            unitId: u.id,
            cells: expiringCertificates(scope.atoms.units.get(u.id), known, count),
            rounded: !known,
          };
        })
        // units without any (as the caller sees them) are left out, as in the exact view
        .filter((row) => row.cells.some((c) => c > 0));
    }
    const sum = (cells: number[]) => cells.reduce((total, c) => total + c, 0);
    const anyRounded = !ctx.scopeKnown && ctx.scopeUnitIds.some((id) => !ctx.knowsUnit(id));
    return {
      from: ctx.today,
      to,
      months,
      rows: grid.map((row) => ({
        unitId: row.unitId,
        cells: row.cells.map((c) => figure(c, row.rounded)),
        total: figure(sum(row.cells), row.rounded),
      })),
      monthTotals: months.map((_, c) => figure(sum(grid.map((row) => row.cells[c])), anyRounded)),
      total: figure(sum(grid.flatMap((row) => row.cells)), anyRounded),
      suppressionApplied: anyRounded,
    };
  }
}
