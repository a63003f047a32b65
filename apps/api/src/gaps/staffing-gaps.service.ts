import { Injectable } from '@nestjs/common';
import {
  professionName,
  professionStaff,
  sortForDisplay,
  type StaffingFigures,
  staffingFigures,
} from '@kp/domain';
import type { Actor } from '../auth/roles';
import { Horizon, HORIZONS } from '../requirements/requirement.enums';
import type { GapFilter } from './dto/gap-filter.input';
import { checkProtectedAge, figure } from './gap-figures';
import { GapContextService, type UnitLabels } from './gap-context.service';
import type { StaffingGap, StaffingGapFigures } from './models/staffing-gap.model';
import { StaffingGapsRepository, type StaffingRow } from './staffing-gaps.repository';
import { ProtectionService } from './protection/protection.service';

type StaffingItem = Omit<StaffingRow, 'age' | 'headcount' | 'units'>;

/**
 * Staffing gaps: årsverk per profession each unit needs against the staff it will have at
 * each horizon (docs/gap-analysis.md, "Staffing gaps"). Exact where the caller may see every
 * person in the scope; otherwise built from rounded atoms like every figure about people.
 */
@Injectable()
export class StaffingGapsService {
  constructor(
    private readonly scopes: GapContextService,
    private readonly staffing: StaffingGapsRepository,
    private readonly protection: ProtectionService,
  ) {}

  async staffingGaps(
    actor: Actor,
    filter: GapFilter | null,
    labels?: UnitLabels,
  ): Promise<StaffingGap[]> {
    const ctx = await this.scopes.resolve(actor, filter, labels);
    const horizons: Horizon[] = filter?.horizons?.length
      ? [...new Set(filter.horizons)]
      : [...HORIZONS];
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
      horizons,
      professionCodes: null,
      priorities: filter?.priorities?.length ? filter.priorities : null,
    };

    let items: StaffingItem[];
    let figuresOf: (item: StaffingItem, age: number) => StaffingGapFigures;
    if (ctx.scopeKnown) {
      const rows = await this.staffing.staffingRows({
        ...query,
        ages: early === null ? [ctx.retirementAge] : [ctx.retirementAge, early],
      });
      const byKey = new Map(
        rows.map((row) => [`${row.staffingRequirementId}|${row.horizon}|${row.age}`, row]),
      );
      items = rows.filter((row) => row.age === ctx.retirementAge);
      figuresOf = (item, age) => {
        const row = byKey.get(`${item.staffingRequirementId}|${item.horizon}|${age}`)!;
        return toFigures(
          staffingFigures(row.requiredFte, { headcount: row.headcount, fteUnits: row.units }, age),
          false,
        );
      };
    } else {
      const [found, atoms] = await Promise.all([
        this.staffing.staffingItems(query),
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
      items = found;
      figuresOf = (item, age) => {
        const staff = professionStaff(
          { atoms, unitIds: ctx.subtreeOf(item.unitId), knows: ctx.knowsUnit },
          { professionCode: item.professionCode, horizon: item.horizon, age },
        );
        return toFigures(
          staffingFigures(
            item.requiredFte,
            { headcount: staff.count, fteUnits: staff.fteUnits },
            age,
          ),
          staff.rounded,
        );
      };
    }

    const gaps = items.map((item) => ({
      staffingRequirementId: item.staffingRequirementId,
      unitId: item.unitId,
      municipalityId: item.municipalityId,
      professionCode: item.professionCode,
      professionName: professionName(item.professionCode),
      requiredFte: item.requiredFte,
      required: item.requiredFte,
      priority: item.priority,
      horizon: item.horizon,
      horizonDate: item.horizonDate,
      ...figuresOf(item, ctx.retirementAge),
      earlyRetirement: early === null ? null : figuresOf(item, early),
    }));
    return sortForDisplay(gaps, (gap) => `${gap.staffingRequirementId}|${gap.horizon}`);
  }
}

function toFigures(figures: StaffingFigures, rounded: boolean): StaffingGapFigures {
  return {
    retirementAge: figures.retirementAge,
    staffHeadcount: figure(figures.staffHeadcount, rounded),
    staffFte: figure(figures.staffFte, rounded),
    gap: figure(figures.gap, rounded),
    surplus: figure(figures.surplus, rounded),
    coverage: figure(figures.coverage, rounded),
  };
}
