import { Actor, Role } from './roles';

/** No region has this id, so a scope in it matches no row. */
const NO_REGION = '00000000-0000-0000-0000-000000000000';

/** The columns a scope condition is written against, as SQL expressions. */
export interface ScopeColumns {
  regionId: string;
  municipalityId: string;
  /** The unit's `path` (uuid[] from the root unit down to the unit itself). */
  unitPath: string;
}

/** Something that sits in the organisation: a unit, or a row placed in one. */
export interface ScopedPlace {
  regionId?: string;
  municipalityId: string;
  /** The unit's path from the top unit down to the unit itself. */
  path: readonly string[];
}

/** Adds values as numbered parameters (SqlParams does); keeps this file free of SQL plumbing. */
export interface ParamSink {
  add(value: unknown, cast?: string): string;
}

/**
 * Where a caller may see and change personal data, as one value with both forms of the
 * rule: the SQL condition (`where`) for queries and `covers` for rows already in memory.
 * Every repository method that reads or writes personal data takes one (a test holds every
 * such method to it, see personal-data-scope.spec.ts), so a query cannot forget it.
 *
 * Only this file can make one:
 * - `Scope.personalData(actor)`: whole municipalities (MUNICIPALITY_HR) and unit subtrees
 *   (UNIT_LEADER). Regional roles and board members hold none: they see aggregates only.
 * - `Scope.hr(actor)`: the municipalities where the caller is HR (employee records).
 * - `Scope.organisationWrites(actor)`: as personalData, and the whole region for the
 *   regional coordinator (requirements, the region's common baseline).
 * - `Scope.system(regionId)`: the whole region, for work no person asks for (seed, retention,
 *   erasure of a person the caller was allowed to reach, the command line).
 */
export class Scope {
  private constructor(
    readonly regionId: string,
    /** The whole region is in scope. */
    readonly regionWide: boolean,
    readonly municipalityIds: readonly string[],
    readonly unitIds: readonly string[],
    /** Municipalities the caller reaches at all: HR's, and those of the units they lead. */
    private readonly reachedMunicipalityIds: readonly string[],
  ) {}

  static personalData(actor: Actor): Scope {
    return Scope.fromGrants(actor, [Role.MUNICIPALITY_HR, Role.UNIT_LEADER], false);
  }

  /**
   * Only HR's municipalities: a user who is HR in one municipality and unit leader elsewhere
   * must not create or edit employee records in the unit they lead.
   */
  static hr(actor: Actor): Scope {
    return Scope.fromGrants(actor, [Role.MUNICIPALITY_HR], false);
  }

  static organisationWrites(actor: Actor): Scope {
    return Scope.fromGrants(
      actor,
      [Role.MUNICIPALITY_HR, Role.UNIT_LEADER],
      actor.grants.some((grant) => grant.role === Role.REGIONAL_COORDINATOR),
    );
  }

  /** Nothing at all: a request without a signed-in user. */
  static nobody(): Scope {
    return new Scope(NO_REGION, false, [], [], []);
  }

  /** A scope for a request: the signed-in user's personal data, or nothing. */
  static ofRequest(actor: Actor | null): Scope {
    return actor ? Scope.personalData(actor) : Scope.nobody();
  }

  static system(regionId: string): Scope {
    return new Scope(regionId, true, [], [], []);
  }

  private static fromGrants(actor: Actor, roles: Role[], regionWide: boolean): Scope {
    const municipalityIds = new Set<string>();
    const unitIds = new Set<string>();
    const reached = new Set<string>();
    for (const grant of actor.grants) {
      if (!roles.includes(grant.role)) continue;
      if (grant.municipalityId) reached.add(grant.municipalityId);
      if (grant.role === Role.MUNICIPALITY_HR && grant.municipalityId)
        municipalityIds.add(grant.municipalityId);
      if (grant.role === Role.UNIT_LEADER && grant.unitId) unitIds.add(grant.unitId);
    }
    return new Scope(actor.regionId, regionWide, [...municipalityIds], [...unitIds], [...reached]);
  }

  /** Nothing personal is in scope (regional roles, board members). */
  get isEmpty(): boolean {
    return !this.regionWide && this.municipalityIds.length === 0 && this.unitIds.length === 0;
  }

  /** The place (a unit, or a row in one) lies in scope. */
  covers(place: ScopedPlace): boolean {
    if (place.regionId !== undefined && place.regionId !== this.regionId) return false;
    return (
      this.regionWide ||
      this.municipalityIds.includes(place.municipalityId) ||
      place.path.some((id) => this.unitIds.includes(id))
    );
  }

  /** The whole municipality is in scope (not only some of its units). */
  coversMunicipality(municipalityId: string): boolean {
    return this.regionWide || this.municipalityIds.includes(municipalityId);
  }

  /** Some of the municipality is in scope: all of it, or a unit the caller leads there. */
  reachesMunicipality(municipalityId: string): boolean {
    return this.regionWide || this.reachedMunicipalityIds.includes(municipalityId);
  }

  /**
   * The same rule as a SQL condition on the given columns; the values go into `params` as
   * numbered parameters, so nothing is spliced into the text.
   */
  where(params: ParamSink, columns: ScopeColumns): string {
    const region = params.add(this.regionId, 'uuid');
    if (this.regionWide) return `(${columns.regionId} = ${region})`;
    const municipalities = params.add(this.municipalityIds, 'uuid[]');
    const units = params.add(this.unitIds, 'uuid[]');
    return `(${columns.regionId} = ${region} AND (${columns.municipalityId} = ANY(${municipalities}) OR ${columns.unitPath} && ${units}))`;
  }
}
