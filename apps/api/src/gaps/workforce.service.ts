import { Injectable } from '@nestjs/common';
import { addDays, isoDateFromParts, professionName, yearOf } from '@kp/domain';
import type { Actor } from '../auth/roles';
import type { ExpiringCertificatesFilter, RetirementWaveFilter } from './dto/gap-filter.input';
import { GapContextService, type GapContext } from './gap-context.service';
import { figure, suppressGrid, suppressLine, suppressOne, VISIBLE } from './gap-suppression';
import { GapsRepository } from './gaps.repository';
import { WorkforceRepository, type LeavingRow } from './workforce.repository';
import type { ExpiringCertificates } from './models/expiring-certificates.model';
import type { RetirementSeries, RetirementWave } from './models/retirement-wave.model';

function fte(units: number): number {
  return Math.round(units / 100) / 100;
}

/**
 * The workforce views beside the gaps: the retirement wave (who leaves, by year) and the
 * certificates that expire in the next months, with small groups hidden as everywhere.
 */
@Injectable()
export class WorkforceService {
  constructor(
    private readonly gaps: GapsRepository,
    private readonly workforce: WorkforceRepository,
    private readonly scopes: GapContextService,
  ) {}

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
    const ctx = await this.scopes.resolve(actor, filter);
    const age = filter?.retirementAge ?? ctx.retirementAge;
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
    const ctx = await this.scopes.resolve(actor, filter);
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
    const rows = await this.workforce.expiring(ctx.scope, { from: ctx.today, to });

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
      // with no rows (a unit without employees or certificates) the grid has no columns to
      // decide: each month total is then the grand total's honest zero
      monthTotals: months.map((_, c) =>
        figure(
          sum(grid.map((row) => row[c])),
          decisions.columnTotals[c] ?? decisions.grandTotal,
          ctx.k,
        ),
      ),
      total: figure(sum(grid.flat()), decisions.grandTotal, ctx.k),
      suppressionApplied: !ctx.scopeKnown,
    };
  }
}
