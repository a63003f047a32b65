import { Injectable } from '@nestjs/common';
import { isBelowK, professionName, staffingFigures } from '@kp/domain';
import type { Actor } from '../auth/roles';
import { Horizon, HORIZONS } from '../requirements/requirement.enums';
import type { GapFilter } from './dto/gap-filter.input';
import { sortForDisplay } from './gap-report';
import { figure, VISIBLE, type Decision } from './gap-suppression';
import { GapContextService, type GapContext } from './gap-context.service';
import type { StaffingGap, StaffingGapFigures } from './models/staffing-gap.model';
import { StaffingGapsRepository, type StaffingRow } from './staffing-gaps.repository';

/**
 * Staffing gaps: årsverk per profession each unit needs against the staff it will have at
 * each horizon (docs/gap-analysis.md, "Staffing gaps"). For callers without personal-data
 * access to a unit, a requirement's figures are hidden when fewer than k people make them up.
 */
@Injectable()
export class StaffingGapsService {
  constructor(
    private readonly scopes: GapContextService,
    private readonly staffing: StaffingGapsRepository,
  ) {}

  async staffingGaps(actor: Actor, filter: GapFilter | null): Promise<StaffingGap[]> {
    const ctx = await this.scopes.resolve(actor, filter);
    const horizons: Horizon[] = filter?.horizons?.length
      ? [...new Set(filter.horizons)]
      : [...HORIZONS];
    const early =
      filter?.earlyRetirementAge && filter.earlyRetirementAge !== ctx.retirementAge
        ? filter.earlyRetirementAge
        : null;
    const rows = await this.staffing.staffingRows({
      scope: ctx.scope,
      today: ctx.today,
      dates: ctx.dates,
      horizons,
      ages: early === null ? [ctx.retirementAge] : [ctx.retirementAge, early],
      professionCodes: null,
      priorities: filter?.priorities?.length ? filter.priorities : null,
    });
    const earlyRows = new Map(
      rows
        .filter((row) => early !== null && row.age === early)
        .map((row) => [`${row.staffingRequirementId}|${row.horizon}`, row]),
    );
    const gaps = rows
      .filter((row) => row.age === ctx.retirementAge)
      .map((row) => {
        const known = ctx.knowsUnit(row.unitId);
        const earlyRow = earlyRows.get(`${row.staffingRequirementId}|${row.horizon}`);
        return {
          staffingRequirementId: row.staffingRequirementId,
          unitId: row.unitId,
          municipalityId: row.municipalityId,
          professionCode: row.professionCode,
          professionName: professionName(row.professionCode),
          requiredFte: row.requiredFte,
          required: row.requiredFte,
          priority: row.priority,
          horizon: row.horizon,
          horizonDate: row.horizonDate,
          ...figuresOf(row, known, ctx),
          earlyRetirement: earlyRow ? figuresOf(earlyRow, known, ctx) : null,
        };
      });
    return sortForDisplay(gaps, (gap) => `${gap.staffingRequirementId}|${gap.horizon}`);
  }
}

function figuresOf(row: StaffingRow, known: boolean, ctx: GapContext): StaffingGapFigures {
  const figures = staffingFigures(
    row.requiredFte,
    { headcount: row.headcount, fteUnits: row.units },
    row.age,
  );
  const decision: Decision =
    known || !isBelowK(row.headcount, ctx.k)
      ? VISIBLE
      : { suppressed: true, reason: 'FEWER_THAN_K' };
  return {
    retirementAge: row.age,
    staffHeadcount: figure(figures.staffHeadcount, decision, ctx.k),
    staffFte: figure(figures.staffFte, decision, ctx.k),
    gap: figure(figures.gap, decision, ctx.k),
    surplus: figure(figures.surplus, decision, ctx.k),
    coverage: figure(figures.coverage, decision, ctx.k),
  };
}
