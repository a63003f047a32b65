import { hasAnyRole, personalDataScope, type CurrentUser } from '@web/features/auth';
import {
  buildScopeOptions,
  type ScopeMunicipalityOption,
  type ScopeOptions,
} from '@web/features/gaps';

type Municipalities = Parameters<typeof buildScopeOptions>[0];

/**
 * Where the user may change requirements: unit leaders their units and everything below,
 * HR their municipality, the regional coordinator the whole region (the common baseline).
 * The API decides; this only hides what it would refuse.
 */
export function changeOptions(
  user: CurrentUser | null | undefined,
  municipalities: Municipalities,
): ScopeOptions {
  return buildScopeOptions(municipalities, {
    region: hasAnyRole(user, ['REGIONAL_COORDINATOR']),
    ...personalDataScope(user),
  });
}

/** Everyone signed in reads every requirement of the region: they describe units, not people. */
export function readOptions(municipalities: Municipalities): ScopeOptions {
  return buildScopeOptions(municipalities, { region: true, municipalityIds: [], unitIds: [] });
}

export function canChangeUnit(options: ScopeOptions, unitId: string): boolean {
  return options.municipalities.some((m) => m.units.some((unit) => unit.id === unitId));
}

export function canChangeAnything(options: ScopeOptions): boolean {
  return options.municipalities.some((m) => m.units.length > 0);
}

/** "Kopier krav til andre enheter": the coordinator's baseline, and HR within the municipality. */
export function canCopyRequirements(user: CurrentUser | null | undefined): boolean {
  return hasAnyRole(user, ['REGIONAL_COORDINATOR', 'MUNICIPALITY_HR']);
}

/** The municipality option a unit belongs to, if the options hold it. */
export function municipalityOfUnit(
  options: ScopeOptions,
  unitId: string,
): ScopeMunicipalityOption | null {
  return options.municipalities.find((m) => m.units.some((unit) => unit.id === unitId)) ?? null;
}
