import type { UnitKind } from '@web/gql/graphql';
import type { OrganisationUnit } from './unit-tree';

/** Builds a unit for tests; only what a test cares about needs to be given. */
export function makeUnit(
  id: string,
  name: string,
  kind: UnitKind,
  parentId: string | null = null,
  serviceType: string | null = null,
): OrganisationUnit {
  return { id, name, kind, parentId, serviceType, municipalityId: 'm1' };
}

/** A small copy of the demo data's shape (Gjøvik), deliberately out of order. */
export const GJOVIK_UNITS: OrganisationUnit[] = [
  makeUnit('d1', 'Korttidsavdeling', 'DEPARTMENT', 'u2', 'sykehjem'),
  makeUnit('u1', 'Sørbyen sykehjem', 'UNIT', 'sa', 'sykehjem'),
  makeUnit('u3', 'Biri omsorgssenter', 'UNIT', 'sa', 'sykehjem'),
  makeUnit('sa', 'Helse og omsorg', 'SERVICE_AREA'),
  makeUnit('u2', 'Hunndalen helse- og omsorgssenter', 'UNIT', 'sa', 'sykehjem'),
  makeUnit('d2', 'Langtidsavdeling', 'DEPARTMENT', 'u2', 'sykehjem'),
  makeUnit('u4', 'Åsen bofellesskap', 'UNIT', 'sa', 'utviklingshemming'),
  makeUnit('u5', 'Østsiden hjemmetjeneste', 'UNIT', 'sa', 'hjemmetjeneste'),
];
