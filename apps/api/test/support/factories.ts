import { randomInt } from 'node:crypto';
import { db } from './database';
import type { Probe } from './policy-probes';

/**
 * Small factories for the people-and-competence tests. They write straight to the test
 * database (fast, and independent of the API under test) into demo units that already
 * exist, and mark everything with a unique token, so tests never depend on demo employees
 * and never collide with other test files sharing the database.
 */

export interface UnitRef {
  id: string;
  regionId: string;
  municipalityId: string;
}

export interface EmployeeRef {
  id: string;
  employeeNumber: string;
  givenName: string;
  familyName: string;
  unitId: string;
}

export interface CompetenceRef {
  id: string;
  name: string;
}

export interface EmployeeSeed {
  employeeNumber?: string;
  givenName?: string;
  familyName?: string;
  positionTitle?: string;
  professionCode?: string | null;
  fte?: number;
  employmentType?: 'PERMANENT' | 'TEMPORARY' | 'SUBSTITUTE';
  birthYear?: number | null;
  active?: boolean;
}

export interface AssessmentSeed {
  employeeId: string;
  competenceId: string;
  level: number;
  source: 'FORMAL' | 'INFORMAL' | 'SELF_DECLARED' | 'LEADER_ASSESSED';
  assessedOn: string;
  validUntil?: string | null;
  /** Norwegian calendar day of a leader's confirmation (SELF_DECLARED). */
  confirmedOn?: string | null;
  evidence?: string;
}

/**
 * A token unique to this run and call, for names that must not collide. Digits only after
 * the prefix: Norwegian collation sorts "aa" as "å", which would upset ordering tests.
 */
export function uniqueToken(prefix = 'T'): string {
  return `${prefix}${randomInt(1e11, 2 ** 47)}`;
}

export async function regionId(): Promise<string> {
  const { rows } = await db().query(`SELECT id FROM region WHERE slug = 'gjovikregionen'`);
  if (!rows[0]) throw new Error('The demo region is missing');
  return rows[0].id;
}

export async function municipalityId(number: string): Promise<string> {
  const { rows } = await db().query(
    `SELECT id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = $1`,
    [number],
  );
  if (!rows[0]) throw new Error(`Municipality ${number} is missing from the demo data`);
  return rows[0].id;
}

/**
 * A fresh unit of a test's own. Without a parent it goes under the municipality's
 * "Helse og omsorg", never beside it: the gap views show the units below a lone top unit,
 * so a second top-level unit would change what other tests (and the browser tests) see.
 */
export async function makeUnit(
  municipalityId: string,
  options: { parentId?: string | null; name?: string; serviceType?: string | null } = {},
): Promise<string> {
  const { rows } = await db().query(
    `WITH new_id AS (SELECT gen_random_uuid() AS id),
          parent AS (
            SELECT id, path, parent_id FROM unit
             WHERE id = $2
                OR ($2::uuid IS NULL AND municipality_id = $1 AND parent_id IS NULL
                    AND name = 'Helse og omsorg'))
     INSERT INTO unit (id, region_id, municipality_id, parent_id, path, name, kind, service_type)
     SELECT new_id.id, m.region_id, m.id, parent.id, parent.path || new_id.id, $3,
            CASE WHEN parent.parent_id IS NULL THEN 'UNIT' ELSE 'DEPARTMENT' END, $4
       FROM municipality m, new_id, parent WHERE m.id = $1
     RETURNING id`,
    [
      municipalityId,
      options.parentId ?? null,
      options.name ?? `Testenhet ${uniqueToken('U')}`,
      options.serviceType ?? null,
    ],
  );
  if (!rows[0]) throw new Error(`No parent unit for a test unit in ${municipalityId}`);
  return rows[0].id;
}

/** A demo unit by name, e.g. 'Hjemmetjenesten Gjøvik nord' (in Gjøvik unless told). */
export async function demoUnit(name: string, municipalityNumber = '3407'): Promise<UnitRef> {
  const { rows } = await db().query(
    `SELECT u.id, u.region_id AS "regionId", u.municipality_id AS "municipalityId"
       FROM unit u JOIN municipality m ON m.id = u.municipality_id
      WHERE u.name = $1 AND m.region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND m.number = $2`,
    [name, municipalityNumber],
  );
  if (rows.length !== 1) throw new Error(`Expected one demo unit named ${name}`);
  return rows[0];
}

/** Employees in one multi-row insert; names default to `<token> <n>` for easy searching. */
export async function makeEmployees(unit: UnitRef, seeds: EmployeeSeed[]): Promise<EmployeeRef[]> {
  if (seeds.length === 0) return [];
  const token = uniqueToken('E');
  const rows = seeds.map((seed, index) => ({
    employeeNumber: seed.employeeNumber ?? `${token}-${index}`,
    givenName: seed.givenName ?? `Test${index}`,
    familyName: seed.familyName ?? token,
    positionTitle: seed.positionTitle ?? 'Helsefagarbeider',
    professionCode: seed.professionCode === undefined ? '5321' : seed.professionCode,
    fte: seed.fte ?? 80,
    employmentType: seed.employmentType ?? 'PERMANENT',
    birthYear: seed.birthYear === undefined ? 1980 : seed.birthYear,
    active: seed.active ?? true,
  }));
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  const { rows: inserted } = await db().query(
    `INSERT INTO employee (region_id, municipality_id, unit_id, employee_number, given_name,
       family_name, position_title, profession_code, fte, employment_type, birth_year, active)
     SELECT $1, $2, $3, t.employee_number, t.given_name, t.family_name, t.position_title,
            t.profession_code, t.fte, t.employment_type, t.birth_year, t.active
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::numeric[], $10::text[], $11::int[], $12::boolean[]) WITH ORDINALITY
       AS t(employee_number, given_name, family_name, position_title, profession_code, fte,
            employment_type, birth_year, active, ord)
     ORDER BY t.ord
     RETURNING id, employee_number AS "employeeNumber"`,
    [
      unit.regionId,
      unit.municipalityId,
      unit.id,
      column('employeeNumber'),
      column('givenName'),
      column('familyName'),
      column('positionTitle'),
      column('professionCode'),
      column('fte'),
      column('employmentType'),
      column('birthYear'),
      column('active'),
    ],
  );
  const byNumber = new Map<string, string>(
    inserted.map((row: { id: string; employeeNumber: string }) => [row.employeeNumber, row.id]),
  );
  return rows.map((row) => ({
    id: byNumber.get(row.employeeNumber) ?? '',
    employeeNumber: row.employeeNumber,
    givenName: row.givenName,
    familyName: row.familyName,
    unitId: unit.id,
  }));
}

export async function makeEmployee(unit: UnitRef, seed: EmployeeSeed = {}): Promise<EmployeeRef> {
  const [employee] = await makeEmployees(unit, [seed]);
  return employee;
}

/** A catalogue entry in the demo region; the default scale is 0–4. */
export async function makeCompetence(
  seed: {
    name?: string;
    area?: string;
    tags?: string[];
    levels?: number[];
    validityMonths?: number | null;
    active?: boolean;
    regionId?: string;
  } = {},
): Promise<CompetenceRef> {
  const name = seed.name ?? `Kompetanse ${uniqueToken()}`;
  const scale = (seed.levels ?? [0, 1, 2, 3, 4]).map((level) => ({
    level,
    description: `Nivå ${level}`,
  }));
  const { rows } = await db().query(
    `INSERT INTO competence (region_id, name, building_block, area, tags, scale, validity_months, active)
     VALUES ($1, $2, 'SKILLS', $3, $4, $5, $6, $7) RETURNING id`,
    [
      seed.regionId ?? (await regionId()),
      name,
      seed.area ?? 'Testområde',
      seed.tags ?? [],
      JSON.stringify(scale),
      seed.validityMonths ?? null,
      seed.active ?? true,
    ],
  );
  return { id: rows[0].id, name };
}

/**
 * Assessments in one statement, recorded in the order given (created_at increases along the
 * list, so same-day entries keep their order, as the API records them one by one).
 */
export async function addAssessments(seeds: AssessmentSeed[]): Promise<string[]> {
  if (seeds.length === 0) return [];
  const column = <T>(pick: (seed: AssessmentSeed) => T) => seeds.map(pick);
  const { rows } = await db().query(
    `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
       assessed_on, valid_until, confirmed_at, created_at)
     SELECT e.region_id, t.employee_id, t.competence_id, t.level, t.source, t.evidence,
            t.assessed_on, t.valid_until,
            (t.confirmed_on + time '12:00') AT TIME ZONE 'Europe/Oslo',
            now() + t.ord * interval '1 microsecond'
       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::date[],
                   $7::date[], $8::date[]) WITH ORDINALITY
            AS t(employee_id, competence_id, level, source, evidence, assessed_on, valid_until,
                 confirmed_on, ord)
       JOIN employee e ON e.id = t.employee_id
      ORDER BY t.ord
     RETURNING id`,
    [
      column((s) => s.employeeId),
      column((s) => s.competenceId),
      column((s) => s.level),
      column((s) => s.source),
      column((s) => s.evidence ?? (s.source === 'FORMAL' ? 'Testbevis' : '')),
      column((s) => s.assessedOn),
      column((s) => s.validUntil ?? null),
      column((s) => s.confirmedOn ?? null),
    ],
  );
  return rows.map((row: { id: string }) => row.id);
}

/**
 * One qualification per employee (one statement), each documenting `competenceId` at
 * `level` through a FORMAL assessment, as addQualification records it.
 */
export async function addQualifications(
  employeeIds: string[],
  seed: {
    title: string;
    competenceId: string;
    level: number;
    obtainedOn: string;
    expiresOn?: string | null;
  },
): Promise<void> {
  await db().query(
    `WITH q AS (
       INSERT INTO qualification (region_id, employee_id, kind, title, obtained_on, expires_on)
       SELECT e.region_id, e.id, 'CERTIFICATE', $2, $3, $4
         FROM employee e WHERE e.id = ANY($1::uuid[])
       RETURNING id, region_id, employee_id, title, obtained_on, expires_on
     )
     INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
       qualification_id, assessed_on, valid_until)
     SELECT q.region_id, q.employee_id, $5, $6, 'FORMAL', q.title, q.id, q.obtained_on, q.expires_on
       FROM q`,
    [
      employeeIds,
      seed.title,
      seed.obtainedOn,
      seed.expiresOn ?? null,
      seed.competenceId,
      seed.level,
    ],
  );
}

export interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string | null;
  employee_id: string | null;
  employee_ids: string[] | null;
  actor_email: string | null;
  before: unknown;
  after: unknown;
}

/** Audit entries of one action about one employee (single or in a list), oldest first. */
export async function auditEntries(action: string, employeeId: string): Promise<AuditRow[]> {
  const { rows } = await db().query(
    `SELECT action, entity_type, entity_id, employee_id, employee_ids, actor_email, before, after
       FROM audit_log
      WHERE action = $1 AND (employee_id = $2 OR employee_ids @> ARRAY[$2::uuid])
      ORDER BY id`,
    [action, employeeId],
  );
  return rows;
}

/** Today's date in Norway: the API's own rule (@kp/domain). */
export { todayInNorway } from '@kp/domain';

/** Whole days added to an ISO date. */
export function daysFrom(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const none = async () => ({});

/**
 * Policy probes for the people-and-competence operations, in the shape of
 * support/policy-probes.ts, which spreads them into PROBES: the generated policy test
 * (policy.int-spec.ts) runs them with every other operation.
 */
export const PEOPLE_PROBES: Record<string, Probe> = {
  employees: {
    document: `query ($unitId: ID) { employees(filter: { unitId: $unitId }, first: 5) { totalCount } }`,
    hasTarget: false,
    variables: async (f) => ({ unitId: f.unitIn }),
  },
  employee: {
    document: 'query ($id: ID!) { employee(id: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: scope === 'in' ? f.employeeIn : f.employeeOut }),
  },
  createEmployee: {
    document: 'mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        unitId: scope === 'in' ? f.unitIn : f.unitOut,
        employeeNumber: uniqueToken('POL-'),
        givenName: 'Policy',
        familyName: 'Nyansatt',
        fte: 50,
        employmentType: 'TEMPORARY',
      },
    }),
  },
  updateEmployee: {
    document: 'mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const employee = await f.newEmployee(scope === 'in' ? f.unitIn : f.unitOut);
      return { input: { id: employee.id, version: 1, fte: 40 } };
    },
  },
  addQualification: {
    document:
      'mutation ($input: AddQualificationInput!) { addQualification(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        employeeId: scope === 'in' ? f.employeeIn : f.employeeOut,
        kind: 'COURSE',
        title: 'Policykurs',
        obtainedOn: '2025-01-01',
        competences: [{ competenceId: f.competenceId, level: 1 }],
      },
    }),
  },
  recordAssessment: {
    document:
      'mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        employeeId: scope === 'in' ? f.employeeIn : f.employeeOut,
        competenceId: f.competenceId,
        level: 1,
        source: 'INFORMAL',
      },
    }),
  },
  confirmAssessment: {
    document: 'mutation ($id: ID!) { confirmAssessment(id: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const [id] = await addAssessments([
        {
          employeeId: scope === 'in' ? f.employeeIn : f.employeeOut,
          competenceId: f.competenceId,
          level: 1,
          source: 'SELF_DECLARED',
          assessedOn: '2025-01-01',
        },
      ]);
      return { id };
    },
  },
  competences: { document: '{ competences { id } }', hasTarget: false, variables: none },
  competence: {
    document: 'query ($id: ID!) { competence(id: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id:
        scope === 'in'
          ? f.competenceId
          : (await makeCompetence({ regionId: f.foreignRegionId })).id,
    }),
  },
  competenceAreas: { document: '{ competenceAreas }', hasTarget: false, variables: none },
  professions: { document: '{ professions { code } }', hasTarget: false, variables: none },
  createCompetence: {
    document:
      'mutation ($input: CreateCompetenceInput!) { createCompetence(input: $input) { id } }',
    hasTarget: false,
    variables: async () => ({
      input: { name: `Policy ${uniqueToken()}`, buildingBlock: 'SKILLS', area: 'Policytest' },
    }),
  },
  updateCompetence: {
    document:
      'mutation ($input: UpdateCompetenceInput!) { updateCompetence(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const region = scope === 'in' ? f.regionId : f.foreignRegionId;
      const competence = await makeCompetence({ regionId: region });
      return { input: { id: competence.id, version: 1, description: 'Endret' } };
    },
  },
};
