import { randomUUID } from 'node:crypto';
import { Role } from '../../src/auth/roles';
import { db } from './database';
import type { PolicyFixtures } from './policy-fixtures';
import type { Probe, Scope } from './policy-probes';

/**
 * An applied run with nothing recorded (undoing it changes no employee), in the caller's
 * municipality or outside it (another municipality for HR, another region for regional roles).
 */
async function emptyRun(f: PolicyFixtures, scope: Scope, role: Role | null): Promise<string> {
  const regional =
    role !== null && role !== Role.MUNICIPALITY_HR && role !== Role.UNIT_LEADER && scope === 'out';
  const municipalityId =
    scope === 'in' ? f.municipalityIn : regional ? f.foreignMunicipalityId : f.municipalityOut;
  const { rows } = await db().query(
    `INSERT INTO import_run (id, region_id, municipality_id, kind, file_name, via, counts,
       recorded, undo_until)
     SELECT $1, m.region_id, m.id, 'employees', 'policy.csv', 'http',
            '{"created":0,"updated":0,"unchanged":0,"deactivated":0,"errors":0}', 0,
            now() + interval '1 day'
     FROM municipality m WHERE m.id = $2 RETURNING id`,
    [randomUUID(), municipalityId],
  );
  return rows[0].id;
}

/** The GraphQL operations around the import uploads (the uploads are REST). */
export const IMPORT_PROBES: Record<string, Probe> = {
  importColumns: {
    document: '{ importColumns(kind: EMPLOYEES) { header required } }',
    hasTarget: false,
    variables: async () => ({}),
  },
  importRuns: {
    document: 'query ($m: ID!) { importRuns(municipalityId: $m, first: 5) { id undoStatus } }',
    hasTarget: true,
    variables: async (f, scope, role) => {
      // in scope the list must not be empty (an empty list reads as "absent")
      await emptyRun(f, scope, role);
      return { m: scope === 'in' ? f.municipalityIn : f.municipalityOut };
    },
  },
  undoImportRun: {
    document: 'mutation ($id: ID!) { undoImportRun(runId: $id) { run { id undoStatus } } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({ id: await emptyRun(f, scope, role) }),
  },
};
