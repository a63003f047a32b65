import { randomUUID } from 'node:crypto';
import { Role } from '../../src/auth/roles';
import { db } from './database';
import type { PolicyFixtures } from './policy-fixtures';
import type { Probe, Scope } from './policy-probes';

const REGION_ROLES = [Role.REGIONAL_COORDINATOR, Role.BOARD_MEMBER, Role.REGION_ADMIN];

async function one(sql: string, params: unknown[]): Promise<string> {
  const { rows } = await db().query(sql, params);
  return rows[0].id as string;
}

/** A fresh department (so probes never collide), under a unit or in another region. */
async function department(parentId: string): Promise<string> {
  return one(
    `WITH new_id AS (SELECT gen_random_uuid() AS id)
     INSERT INTO unit (id, region_id, municipality_id, parent_id, path, name, kind)
     SELECT new_id.id, p.region_id, p.municipality_id, p.id, p.path || new_id.id, $2, 'DEPARTMENT'
     FROM unit p, new_id WHERE p.id = $1 RETURNING id`,
    [parentId, `Evalueringsavdeling ${randomUUID().slice(0, 8)}`],
  );
}

async function foreignUnit(f: PolicyFixtures): Promise<string> {
  return one(
    `WITH new_id AS (SELECT gen_random_uuid() AS id)
     INSERT INTO unit (id, region_id, municipality_id, path, name, kind)
     SELECT new_id.id, $1, $2, ARRAY[new_id.id], $3, 'UNIT' FROM new_id RETURNING id`,
    [f.foreignRegionId, f.foreignMunicipalityId, `Utenforenhet ${randomUUID().slice(0, 8)}`],
  );
}

/** Where an entry lands: in scope, or outside (another region for regional roles). */
function writableUnit(f: PolicyFixtures, scope: Scope, role: Role | null): Promise<string> {
  if (scope === 'in') return department(f.unitIn);
  return role && REGION_ROLES.includes(role) ? foreignUnit(f) : department(f.unitOut);
}

/** Figures are read region-wide: out of scope means another region for every role. */
function readableUnit(f: PolicyFixtures, scope: Scope): Promise<string> {
  return scope === 'in' ? Promise.resolve(f.unitIn) : foreignUnit(f);
}

function enteredIndicator(f: PolicyFixtures): Promise<string> {
  return one(
    `INSERT INTO indicator (region_id, name, source, unit, decimals, direction)
     VALUES ($1, $2, 'ENTERED', 'poeng', 1, 'HIGHER_IS_BETTER') RETURNING id`,
    [f.regionId, `Policyindikator ${randomUUID().slice(0, 8)}`],
  );
}

/** A measure in a unit's own plan (a fresh department, so the half-year plan is new). */
async function measureAt(unitId: string): Promise<string> {
  const plan = await one(
    `INSERT INTO action_plan (region_id, level, municipality_id, unit_id, year, half, title)
     SELECT u.region_id, 'UNIT', u.municipality_id, u.id, 2026, 2, 'Policyplan'
     FROM unit u WHERE u.id = $1 RETURNING id`,
    [unitId],
  );
  return one(
    `INSERT INTO measure (region_id, plan_id, municipality_id, unit_id, title, strategy, kind,
       provider, owner, places, starts_on, ends_on)
     SELECT p.region_id, p.id, p.municipality_id, p.unit_id, 'Policytiltak', 'DEVELOP', 'COURSE',
       'OWN_STAFF', 'Policy', 5, '2026-09-01', '2026-10-01'
     FROM action_plan p WHERE p.id = $1 RETURNING id`,
    [plan],
  );
}

const unitScope = (id: string) => ({ level: 'UNIT', id });

export const EVALUATION_PROBES: Record<string, Probe> = {
  indicators: {
    document: '{ indicators { id } }',
    hasTarget: false,
    variables: async () => ({}),
  },
  indicatorSeries: {
    document:
      'query ($id: ID!, $scope: EvaluationScopeInput!) { indicatorSeries(indicatorId: $id, scope: $scope) { scopeId } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: await enteredIndicator(f),
      scope: unitScope(await readableUnit(f, scope)),
    }),
  },
  septemberView: {
    document:
      'query ($input: SeptemberViewInput!) { septemberView(input: $input) { scopes { id } } }',
    hasTarget: false,
    variables: async (f) => ({ input: { indicatorIds: [await enteredIndicator(f)] } }),
  },
  createIndicator: {
    document: 'mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }',
    hasTarget: false,
    variables: async () => ({
      input: {
        name: `Medarbeiderundersøkelse ${randomUUID().slice(0, 8)}`,
        source: 'ENTERED',
        unit: 'poeng',
        decimals: 1,
      },
    }),
  },
  setIndicatorBaseline: {
    document:
      'mutation ($input: SetBaselineInput!) { setIndicatorBaseline(input: $input) { scopeId } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        indicatorId: await enteredIndicator(f),
        scope: unitScope(await writableUnit(f, scope, role)),
        kind: 'VALUE',
        value: 4.2,
        measuredOn: '2025-12-31',
      },
    }),
  },
  recordMeasurement: {
    document:
      'mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { scopeId } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        indicatorId: await enteredIndicator(f),
        scope: unitScope(await writableUnit(f, scope, role)),
        value: 4.1,
        measuredOn: '2026-01-31',
      },
    }),
  },
  importMeasurements: {
    document:
      'mutation ($input: ImportMeasurementsInput!) { importMeasurements(input: $input) { recorded } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        indicatorId: await enteredIndicator(f),
        scope: unitScope(await writableUnit(f, scope, role)),
        contentBase64: Buffer.from('Dato;Verdi\n31.01.2026;4,1\n').toString('base64'),
        fileName: 'maalinger.csv',
      },
    }),
  },
  linkIndicatorMeasure: {
    document:
      'mutation ($input: LinkIndicatorMeasureInput!) { linkIndicatorMeasure(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        indicatorId: await enteredIndicator(f),
        measureId: await measureAt(await writableUnit(f, scope, role)),
        linked: true,
      },
    }),
  },
  rebuildIndicatorHistory: {
    document: 'mutation { rebuildIndicatorHistory { periods } }',
    hasTarget: false,
    variables: async () => ({}),
  },
};
