import { hasAnyRole, personalDataScope, type CurrentUser } from '@web/features/auth';
import {
  buildUnitTree,
  PATH_SEPARATOR,
  type OrganisationUnit,
  type UnitNode,
} from '@web/features/organisation';
import type { Role } from '@web/gql/graphql';
import type { GapScope, GapViewFilters } from './gap-filters';

/** Roles that look at the whole region (aggregates, small groups hidden). */
export const REGION_ROLES: readonly Role[] = [
  'BOARD_MEMBER',
  'REGIONAL_COORDINATOR',
  'REGION_ADMIN',
];

export interface ScopeMunicipality {
  id: string;
  name: string;
  units: readonly OrganisationUnit[];
}

export interface ScopeUnitOption {
  id: string;
  /** The unit's path below the top of what is listed, e.g. `Hunndalen › Korttidsavdeling`. */
  label: string;
  name: string;
}

export interface ScopeMunicipalityOption {
  id: string;
  name: string;
  /** The whole municipality may be chosen (not only some of its units). */
  whole: boolean;
  units: ScopeUnitOption[];
}

/** What the scope picker offers: the region, municipalities and units the roles cover. */
export interface ScopeOptions {
  region: boolean;
  municipalities: ScopeMunicipalityOption[];
}

/**
 * Board members, the coordinator and the region's administrator see the region and
 * everything in it; HR their municipality and its units; a unit leader their units and
 * the units below them. A user with several roles gets all of it.
 */
export function scopeOptions(
  user: CurrentUser | null | undefined,
  municipalities: readonly ScopeMunicipality[],
): ScopeOptions {
  return buildScopeOptions(municipalities, {
    region: hasAnyRole(user, REGION_ROLES),
    ...personalDataScope(user),
  });
}

/** What a set of grants covers: the whole region, whole municipalities, unit subtrees. */
export interface ScopeGrants {
  region: boolean;
  municipalityIds: readonly string[];
  unitIds: readonly string[];
}

/** The options for a set of grants (also used for "where may this user change things"). */
export function buildScopeOptions(
  municipalities: readonly ScopeMunicipality[],
  grants: ScopeGrants,
): ScopeOptions {
  const leaderUnits = new Set(grants.unitIds);
  const options: ScopeMunicipalityOption[] = [];
  for (const municipality of municipalities) {
    const whole = grants.region || grants.municipalityIds.includes(municipality.id);
    const tree = buildUnitTree(municipality.units);
    const roots = whole ? tree : topmostNodesIn(tree, leaderUnits);
    if (roots.length === 0) continue;
    options.push({
      id: municipality.id,
      name: municipality.name,
      whole,
      units: unitOptions(roots),
    });
  }
  return { region: grants.region, municipalities: options };
}

/** Units in tree order with their path as the label; a lone root is not repeated in every label. */
function unitOptions(roots: readonly UnitNode[]): ScopeUnitOption[] {
  const units: ScopeUnitOption[] = [];
  const skipRoot = roots.length === 1;
  const visit = (node: UnitNode, path: string[], isRoot: boolean) => {
    const ownPath = [...path, node.unit.name];
    units.push({ id: node.unit.id, label: ownPath.join(PATH_SEPARATOR), name: node.unit.name });
    const childPath = skipRoot && isRoot ? [] : ownPath;
    node.children.forEach((child) => visit(child, childPath, false));
  };
  roots.forEach((root) => visit(root, [], true));
  return units;
}

/** The nodes in the set that have no ancestor in the set (a subtree is listed once). */
function topmostNodesIn(tree: readonly UnitNode[], ids: ReadonlySet<string>): UnitNode[] {
  const found: UnitNode[] = [];
  const visit = (node: UnitNode) => {
    if (ids.has(node.unit.id)) {
      found.push(node);
      return;
    }
    node.children.forEach(visit);
  };
  tree.forEach(visit);
  return found;
}

/** Where the view starts without a scope in the address: as wide as the roles allow. */
export function defaultScope(options: ScopeOptions): GapScope | null {
  if (options.region) return { level: 'REGION' };
  const whole = options.municipalities.find((municipality) => municipality.whole);
  if (whole) return { level: 'MUNICIPALITY', municipalityId: whole.id };
  const first = options.municipalities[0];
  if (first?.units[0]) {
    return { level: 'UNIT', municipalityId: first.id, unitId: first.units[0].id };
  }
  return null;
}

export interface ResolvedScope {
  scope: GapScope | null;
  /** The address asked for a scope the roles do not cover; the default is shown instead. */
  adjusted: boolean;
}

/**
 * The scope the address asks for, if the user's roles cover it; otherwise the default
 * (a shared link to a wider view than the recipient may pick opens their own view).
 */
export function resolveScope(
  filters: Pick<GapViewFilters, 'municipalityId' | 'unitId'>,
  options: ScopeOptions,
): ResolvedScope {
  if (filters.unitId) {
    const municipality = options.municipalities.find((candidate) =>
      candidate.units.some((unit) => unit.id === filters.unitId),
    );
    if (municipality) {
      return {
        scope: { level: 'UNIT', municipalityId: municipality.id, unitId: filters.unitId },
        adjusted: false,
      };
    }
    return { scope: defaultScope(options), adjusted: true };
  }
  if (filters.municipalityId) {
    const municipality = options.municipalities.find(
      (candidate) => candidate.id === filters.municipalityId,
    );
    if (municipality?.whole) {
      return { scope: { level: 'MUNICIPALITY', municipalityId: municipality.id }, adjusted: false };
    }
    return { scope: defaultScope(options), adjusted: true };
  }
  return { scope: defaultScope(options), adjusted: false };
}

/** May the user pick this scope (drill-down links are offered only then)? */
export function scopeAllowed(scope: GapScope, options: ScopeOptions): boolean {
  if (scope.level === 'REGION') return options.region;
  const municipality = options.municipalities.find((m) => m.id === scope.municipalityId);
  if (!municipality) return false;
  if (scope.level === 'MUNICIPALITY') return municipality.whole;
  return municipality.units.some((unit) => unit.id === scope.unitId);
}

export interface ScopeCrumb {
  label: string;
  scope: GapScope;
}

/**
 * The way up from the scope to the widest one the user may pick, for breadcrumbs:
 * region › municipality › unit › … › the scope itself (last).
 */
export function scopeTrail(
  scope: GapScope,
  options: ScopeOptions,
  municipalities: readonly ScopeMunicipality[],
  regionName: string,
): ScopeCrumb[] {
  const trail: ScopeCrumb[] = [];
  if (options.region) trail.push({ label: regionName, scope: { level: 'REGION' } });
  if (scope.level === 'REGION') return trail;
  const municipality = municipalities.find((m) => m.id === scope.municipalityId);
  if (!municipality) return trail;
  const municipalityScope: GapScope = { level: 'MUNICIPALITY', municipalityId: municipality.id };
  if (scopeAllowed(municipalityScope, options)) {
    trail.push({ label: municipality.name, scope: municipalityScope });
  }
  if (scope.level === 'MUNICIPALITY') return trail;
  for (const unit of unitAncestry(scope.unitId, municipality.units)) {
    const unitScope: GapScope = {
      level: 'UNIT',
      municipalityId: municipality.id,
      unitId: unit.id,
    };
    if (scopeAllowed(unitScope, options)) trail.push({ label: unit.name, scope: unitScope });
  }
  return trail;
}

/** The unit and its ancestors, the top first; a broken parent chain simply ends. */
export function unitAncestry(
  unitId: string,
  units: readonly OrganisationUnit[],
): OrganisationUnit[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const chain: OrganisationUnit[] = [];
  const seen = new Set<string>();
  let current = byId.get(unitId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return chain;
}

/**
 * May the user open the list of people behind a requirement of this unit? Unit leaders in
 * their units and below, HR in their municipality: the API answers others as if the
 * requirement did not exist, so they get no link.
 */
export function canSeeHolders(
  user: CurrentUser | null | undefined,
  unitId: string,
  municipalities: readonly ScopeMunicipality[],
): boolean {
  const personal = personalDataScope(user);
  const municipality = municipalities.find((m) => m.units.some((unit) => unit.id === unitId));
  if (!municipality) return false;
  if (personal.municipalityIds.includes(municipality.id)) return true;
  return unitAncestry(unitId, municipality.units).some((unit) =>
    personal.unitIds.includes(unit.id),
  );
}

/** The name of a scope for headings and file names. */
export function scopeName(
  scope: GapScope,
  municipalities: readonly ScopeMunicipality[],
  regionName: string,
): string {
  if (scope.level === 'REGION') return regionName;
  const municipality = municipalities.find((m) => m.id === scope.municipalityId);
  if (!municipality) return '';
  if (scope.level === 'MUNICIPALITY') return municipality.name;
  return municipality.units.find((unit) => unit.id === scope.unitId)?.name ?? '';
}
