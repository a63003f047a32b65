import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/roles';
import { personalDataScope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import { horizonDates, type HorizonDates, todayInNorway } from '../requirements/horizons';
import { unknownUnit } from '../requirements/requirement-rules';
import type { GapScopeInput } from './dto/gap-filter.input';
import { type GapScope, GapsRepository, type UnitNode } from './gaps.repository';
import { GapScopeLevel } from './models/gap-analysis.model';

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

/** Resolves where a gap view looks and what its caller may see there, for every gap view. */
@Injectable()
export class GapContextService {
  constructor(private readonly gaps: GapsRepository) {}

  /** The caller's scope resolved (unknown units and municipalities answer as missing). */
  async resolve(actor: Actor, input: GapScopeInput | null | undefined): Promise<GapContext> {
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
}
