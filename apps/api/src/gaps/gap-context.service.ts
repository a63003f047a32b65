import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import type { OrganisationLoaders } from '../organisation/organisation.loaders';
import { OrganisationRepository } from '../organisation/organisation.repository';
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
  knowsUnit: (unitId: string) => boolean;
  knowsMunicipality: (municipalityId: string) => boolean;
  /** The caller may see every person in the scope: every figure is exact. */
  scopeKnown: boolean;
  /** The unit and every unit below it (memoised). */
  subtreeOf: (unitId: string) => string[];
  /** Every unit of the scope: a unit's subtree, a municipality's units, or all of them. */
  scopeUnitIds: string[];
  /**
   * The region's data versions as read with the settings: the reused engine results, unit
   * lists and protected atoms are looked up under them without reading them again.
   */
  versions: { data: string; people: string };
}

/** The request's unit loader: the context hands it the units it has read (labels cost nothing). */
export type UnitLabels = Pick<OrganisationLoaders, 'unitById'>;

/** Subtrees from parent links, each computed once. */
function subtrees(units: readonly UnitNode[]): (unitId: string) => string[] {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const list = children.get(unit.parentId);
    if (list) list.push(unit.id);
    else children.set(unit.parentId, [unit.id]);
  }
  const memo = new Map<string, string[]>();
  const subtreeOf = (unitId: string): string[] => {
    let found = memo.get(unitId);
    if (!found) {
      found = [unitId, ...(children.get(unitId) ?? []).flatMap(subtreeOf)];
      memo.set(unitId, found);
    }
    return found;
  };
  return subtreeOf;
}

/** Resolves where a gap view looks and what its caller may see there, for every gap view. */
@Injectable()
export class GapContextService {
  constructor(
    private readonly gaps: GapsRepository,
    private readonly organisation: OrganisationRepository,
  ) {}

  /**
   * The caller's scope resolved (unknown units and municipalities answer as missing). One
   * statement reads the settings and data versions; the unit list is reused while the data
   * version stays the same, and primes `labels` so the rows' unit fields read nothing more.
   */
  async resolve(
    actor: Actor,
    input: GapScopeInput | null | undefined,
    labels?: UnitLabels,
  ): Promise<GapContext> {
    const settings = await this.gaps.regionState(actor.regionId);
    const units = await this.gaps.listUnits(actor.regionId, settings.dataVersion);
    if (labels) for (const unit of units) labels.unitById.prime(unit.id, unit);
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const personal = Scope.personalData(actor);
    const knowsMunicipality = (id: string) => personal.coversMunicipality(id);
    const knowsUnit = (id: string) => {
      const unit = unitById.get(id);
      return !!unit && personal.covers(unit);
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
      const municipality = await this.organisation.findMunicipalityInRegion(
        actor.regionId,
        input.municipalityId,
      );
      if (!municipality) {
        throw UserError.field('municipalityId', 'UNKNOWN_MUNICIPALITY', 'Kommunen finnes ikke');
      }
      level = GapScopeLevel.MUNICIPALITY;
      scopeId = municipality.id;
      scopeName = municipality.name;
      municipalityId = municipality.id;
    }
    const today = todayInNorway();
    const subtreeOf = subtrees(units);
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
      subtreeOf,
      scopeUnitIds: scopeUnit
        ? subtreeOf(scopeUnit.id)
        : municipalityId
          ? units.filter((u) => u.municipalityId === municipalityId).map((u) => u.id)
          : units.map((u) => u.id),
      versions: { data: settings.dataVersion, people: settings.peopleVersion },
      scopeKnown:
        level === GapScopeLevel.UNIT
          ? knowsUnit(scopeId)
          : level === GapScopeLevel.MUNICIPALITY
            ? knowsMunicipality(scopeId)
            : false,
    };
  }
}
