import { Injectable } from '@nestjs/common';
import { isBelowK, professionName, staffingFigures } from '@kp/domain';
import type { Actor } from '../auth/roles';
import { Horizon, HORIZONS } from '../requirements/requirement.enums';
import type { GapFilter } from './dto/gap-filter.input';
import { sortForDisplay } from './gap-report';
import { earlyScenarioDecision, figure, VISIBLE, type Decision } from './gap-suppression';
import { GapContextService } from './gap-context.service';
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
        const decision = staffDecision(row.headcount, known, ctx.k);
        const earlyFigures = earlyRow
          ? figuresOf(
              earlyRow,
              earlyScenarioDecision(
                decision,
                [{ main: row.headcount, early: earlyRow.headcount }],
                ctx.k,
                known,
              ),
              ctx.k,
            )
          : null;
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
          ...figuresOf(row, decision, ctx.k),
          earlyRetirement: earlyFigures,
        };
      });
    return sortForDisplay(gaps, (gap) => `${gap.staffingRequirementId}|${gap.horizon}`);
  }
}

/** Hidden from callers without access to the people when 1 to k − 1 people make it up. */
function staffDecision(headcount: number, known: boolean, k: number): Decision {
  return known || !isBelowK(headcount, k) ? VISIBLE : { suppressed: true, reason: 'FEWER_THAN_K' };
}

function figuresOf(row: StaffingRow, decision: Decision, k: number): StaffingGapFigures {
  const figures = staffingFigures(
    row.requiredFte,
    { headcount: row.headcount, fteUnits: row.units },
    row.age,
  );
  return {
    retirementAge: row.age,
    staffHeadcount: figure(figures.staffHeadcount, decision, k),
    staffFte: figure(figures.staffFte, decision, k),
    gap: figure(figures.gap, decision, k),
    surplus: figure(figures.surplus, decision, k),
    coverage: figure(figures.coverage, decision, k),
  };
}
