import { randomUUID } from 'node:crypto';
import { Role } from '../../src/auth/roles';
import { makeAppraisal, makeEmployee, makeFutureCycle } from './appraisal-factories';
import { db } from './database';
import { EVALUATION_PROBES } from './evaluation-probes';
import { PEOPLE_PROBES } from './factories';
import { IMPORT_PROBES } from './import-probes';
import { PARTICIPATION_PROBES } from './participation-probes';
import { KOSTRA_PROBES } from './kostra-probes';
import type { PolicyFixtures } from './policy-fixtures';

export type Scope = 'in' | 'out';

/**
 * How to call one operation for the policy tests. `variables` gets the role
 * (or null for an anonymous caller) and whether the target should lie in or
 * out of the caller's scope; operations without a target ignore the scope.
 */
export interface Probe {
  document: string;
  hasTarget: boolean;
  /** Sign in afresh for this call (the operation ends the session it runs in). */
  freshSession?: boolean;
  variables(f: PolicyFixtures, scope: Scope, role: Role | null): Promise<Record<string, unknown>>;
}

const REGION_ROLES = [Role.REGIONAL_COORDINATOR, Role.BOARD_MEMBER, Role.REGION_ADMIN];

/** Outside the scope: another municipality for municipal roles, another region for regional ones. */
function municipalityFor(f: PolicyFixtures, scope: Scope, role: Role | null): string {
  if (scope === 'in') return f.municipalityIn;
  return role && REGION_ROLES.includes(role) ? f.foreignMunicipalityId : f.municipalityOut;
}

async function freshUser(f: PolicyFixtures): Promise<string> {
  const { rows } = await db().query(
    `INSERT INTO app_user (region_id, email, name) VALUES ($1, $2, 'Policy Bruker') RETURNING id`,
    [f.regionId, `policy-${randomUUID().slice(0, 8)}@reks.demo`],
  );
  return rows[0].id;
}

async function freshRole(f: PolicyFixtures): Promise<string> {
  const userId = await freshUser(f);
  const { rows } = await db().query(
    `INSERT INTO role_assignment (region_id, user_id, role) VALUES ($1, $2, 'BOARD_MEMBER') RETURNING id`,
    [f.regionId, userId],
  );
  return rows[0].id;
}

const none = async () => ({});

/** Requirements and gaps: a fresh department under a unit (so probes never collide). */
async function departmentUnder(parentId: string): Promise<string> {
  const { rows } = await db().query(
    `WITH new_id AS (SELECT gen_random_uuid() AS id)
     INSERT INTO unit (id, region_id, municipality_id, parent_id, path, name, kind)
     SELECT new_id.id, p.region_id, p.municipality_id, p.id, p.path || new_id.id, $2, 'DEPARTMENT'
     FROM unit p, new_id WHERE p.id = $1 RETURNING id`,
    [parentId, `Policyavdeling ${randomUUID().slice(0, 8)}`],
  );
  return rows[0].id;
}

/** A unit in the other region: outside every demo user's scope. */
async function foreignUnit(f: PolicyFixtures): Promise<string> {
  const { rows } = await db().query(
    `WITH new_id AS (SELECT gen_random_uuid() AS id)
     INSERT INTO unit (id, region_id, municipality_id, path, name, kind)
     SELECT new_id.id, $1, $2, ARRAY[new_id.id], $3, 'UNIT' FROM new_id RETURNING id`,
    [f.foreignRegionId, f.foreignMunicipalityId, `Utenforenhet ${randomUUID().slice(0, 8)}`],
  );
  return rows[0].id;
}

/** Where a requirement change lands: in scope, or outside it (another region for regional roles). */
function requirementUnit(f: PolicyFixtures, scope: Scope, role: Role | null): Promise<string> {
  if (scope === 'in') return departmentUnder(f.unitIn);
  return role && REGION_ROLES.includes(role) ? foreignUnit(f) : departmentUnder(f.unitOut);
}

/** Requirements are read region-wide: out of scope means another region for every role. */
function readableUnit(f: PolicyFixtures, scope: Scope): Promise<string> {
  return scope === 'in' ? departmentUnder(f.unitIn) : foreignUnit(f);
}

async function requirementAt(unitId: string): Promise<string> {
  const { rows } = await db().query(
    `WITH c AS (
       INSERT INTO competence (region_id, name, building_block, area, scale)
       SELECT region_id, $2, 'SKILLS', 'Policytest',
              '[{"level":0,"description":"Ingen"},{"level":1,"description":"Noe"},{"level":2,"description":"God"}]'
       FROM unit WHERE id = $1 RETURNING id, region_id)
     INSERT INTO requirement (region_id, municipality_id, unit_id, competence_id, min_level,
       required, measure, horizon, priority, rationale_kind)
     SELECT c.region_id, u.municipality_id, u.id, c.id, 1, 2, 'HEADCOUNT', 'NOW', 'IMPORTANT', 'LOCAL_GOAL'
     FROM c, unit u WHERE u.id = $1 RETURNING id`,
    [unitId, `Policykrav ${randomUUID().slice(0, 8)}`],
  );
  return rows[0].id;
}

async function staffingRequirementAt(unitId: string): Promise<string> {
  const { rows } = await db().query(
    `INSERT INTO staffing_requirement (region_id, municipality_id, unit_id, profession_code,
       required_fte, horizon, priority, rationale_kind)
     SELECT region_id, municipality_id, id, '2223', 2.5, 'NOW', 'IMPORTANT', 'LOCAL_GOAL'
     FROM unit WHERE id = $1 RETURNING id`,
    [unitId],
  );
  return rows[0].id;
}

/** Plans: a free half-year for a plan at this place (so probes never collide). */
async function planAt(
  regionId: string,
  place: { level: 'REGION' | 'MUNICIPALITY' | 'UNIT'; municipalityId?: string; unitId?: string },
  status: 'DRAFT' | 'ADOPTED' = 'DRAFT',
): Promise<string> {
  const { rows } = await db().query(
    `INSERT INTO action_plan (region_id, level, municipality_id, unit_id, year, half, status, adopted_on)
     SELECT $1, $2, $3, $4, slot.year, slot.half, $5, CASE WHEN $5 = 'ADOPTED' THEN DATE '2026-01-10' END
     FROM (SELECT y AS year, h AS half FROM generate_series(2100, 2000, -1) y, (VALUES (2), (1)) v(h)
           WHERE NOT EXISTS (SELECT 1 FROM action_plan p WHERE p.region_id = $1
             AND p.municipality_id IS NOT DISTINCT FROM $3::uuid
             AND p.unit_id IS NOT DISTINCT FROM $4::uuid AND p.year = y AND p.half = h)
           ORDER BY y DESC, h DESC LIMIT 1) slot
     RETURNING id`,
    [regionId, place.level, place.municipalityId ?? null, place.unitId ?? null, status],
  );
  return rows[0].id;
}

/** A unit plan of a fresh department under the unit. */
async function unitPlanUnder(
  parentId: string,
  status: 'DRAFT' | 'ADOPTED' = 'DRAFT',
): Promise<string> {
  const unitId = await departmentUnder(parentId);
  const { rows } = await db().query(`SELECT region_id, municipality_id FROM unit WHERE id = $1`, [
    unitId,
  ]);
  return planAt(
    rows[0].region_id,
    { level: 'UNIT', municipalityId: rows[0].municipality_id, unitId },
    status,
  );
}

/**
 * A plan the role writes: in scope a unit plan in the leader's unit (HR's municipality), or
 * the region's programme for the coordinator; out of scope another municipality's unit, or
 * another region's programme for regional roles.
 */
function writablePlan(
  f: PolicyFixtures,
  scope: Scope,
  role: Role | null,
  status: 'DRAFT' | 'ADOPTED' = 'DRAFT',
): Promise<string> {
  const regional = role !== null && REGION_ROLES.includes(role);
  if (regional) {
    return planAt(scope === 'in' ? f.regionId : f.foreignRegionId, { level: 'REGION' }, status);
  }
  return unitPlanUnder(scope === 'in' ? f.unitIn : f.unitOut, status);
}

/** Plans are read region-wide: out of scope means another region for every role. */
function readablePlan(f: PolicyFixtures, scope: Scope): Promise<string> {
  return scope === 'in' ? unitPlanUnder(f.unitIn) : planAt(f.foreignRegionId, { level: 'REGION' });
}

async function measureIn(planId: string): Promise<string> {
  const { rows } = await db().query(
    `INSERT INTO measure (region_id, plan_id, municipality_id, unit_id, title, strategy, kind,
       provider, owner, places, starts_on, ends_on)
     SELECT region_id, id, municipality_id, unit_id, 'Policytiltak', 'DEVELOP', 'COURSE',
       'OWN_STAFF', 'Policy', 10, DATE '2026-02-01', DATE '2026-05-31'
     FROM action_plan WHERE id = $1 RETURNING id`,
    [planId],
  );
  return rows[0].id;
}

/** A requirement for a draft: in the region (in scope), or in another region (out). */
async function draftRequirement(f: PolicyFixtures, scope: Scope): Promise<string> {
  return requirementAt(scope === 'in' ? await departmentUnder(f.unitIn) : await foreignUnit(f));
}

/** Two requirements of one competence in two departments: a mobilisation pair. */
async function requirementPair(f: PolicyFixtures, scope: Scope): Promise<[string, string]> {
  const from = await draftRequirement(f, scope);
  const unit = scope === 'in' ? await departmentUnder(f.unitIn) : await foreignUnit(f);
  const { rows } = await db().query(
    `INSERT INTO requirement (region_id, municipality_id, unit_id, competence_id, min_level,
       required, measure, horizon, priority, rationale_kind)
     SELECT u.region_id, u.municipality_id, u.id, r.competence_id, 1, 2, 'HEADCOUNT', 'NOW',
       'IMPORTANT', 'LOCAL_GOAL'
     FROM requirement r, unit u WHERE r.id = $1 AND u.id = $2 RETURNING id`,
    [from, unit],
  );
  return [from, rows[0].id];
}

/** One probe per operation in the policy table; a missing one fails the policy test. */
export const PROBES: Record<string, Probe> = {
  ...PEOPLE_PROBES,
  ...IMPORT_PROBES,
  ...PARTICIPATION_PROBES,
  ...EVALUATION_PROBES,
  ...KOSTRA_PROBES,
  login: {
    document: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    hasTarget: false,
    variables: async () => ({ email: 'koordinator@reks.demo', password: 'reks-demo-2026' }),
  },
  logout: {
    document: 'mutation { logout }',
    hasTarget: false,
    freshSession: true,
    variables: none,
  },
  me: { document: '{ me { email } }', hasTarget: false, variables: none },
  municipalities: { document: '{ municipalities { number } }', hasTarget: false, variables: none },
  addUnit: {
    document: 'mutation ($input: AddUnitInput!) { addUnit(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        municipalityId: municipalityFor(f, scope, role),
        name: `Policyenhet ${randomUUID().slice(0, 8)}`,
      },
    }),
  },
  auditLog: {
    document: '{ auditLog(filter: { first: 5 }) { id action } }',
    hasTarget: false,
    variables: none,
  },
  exportEmployeeData: {
    document: 'query ($id: ID!) { exportEmployeeData(employeeId: $id) }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: scope === 'in' ? f.employeeIn : f.employeeOut }),
  },
  eraseEmployee: {
    document:
      'mutation ($id: ID!, $number: String!) { eraseEmployee(employeeId: $id, confirmEmployeeNumber: $number) }',
    hasTarget: true,
    variables: async (f, scope) => {
      const employee = await f.newEmployee(scope === 'in' ? f.unitIn : f.unitOut);
      return { id: employee.id, number: employee.employeeNumber };
    },
  },
  users: { document: '{ users { email } }', hasTarget: false, variables: none },
  createUser: {
    document: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    hasTarget: false,
    variables: async () => ({
      input: { email: `ny-${randomUUID().slice(0, 8)}@reks.demo`, name: 'Ny Bruker' },
    }),
  },
  updateUser: {
    document: 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        id: scope === 'in' ? await freshUser(f) : f.foreignUserId,
        version: 1,
        name: 'Nytt Navn',
      },
    }),
  },
  assignRole: {
    document: 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        userId: scope === 'in' ? await freshUser(f) : f.foreignUserId,
        role: 'BOARD_MEMBER',
      },
    }),
  },
  removeRole: {
    document: 'mutation ($id: ID!) { removeRole(roleAssignmentId: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: scope === 'in' ? await freshRole(f) : f.foreignRoleId }),
  },
  regionSettings: {
    document: '{ regionSettings { minGroupSize } }',
    hasTarget: false,
    variables: none,
  },
  updateRegionSettings: {
    document: 'mutation { updateRegionSettings(input: { retirementAge: 67 }) { retirementAge } }',
    hasTarget: false,
    variables: none,
  },
  appraisalCycles: {
    document: '{ appraisalCycles { id name } }',
    hasTarget: false,
    variables: none,
  },
  createAppraisalCycle: {
    document:
      'mutation ($input: CreateAppraisalCycleInput!) { createAppraisalCycle(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => {
      // within the ten years a cycle may be planned ahead, in a window of the year no other
      // test's cycle uses (the appraisal tests use February–June and September–December)
      const year = new Date().getFullYear() + 1 + Math.floor(Math.random() * 10);
      return {
        input: {
          municipalityId: municipalityFor(f, scope, role),
          name: `Policyrunde ${randomUUID().slice(0, 8)}`,
          opensOn: `${year}-07-10`,
          closesOn: `${year}-08-20`,
        },
      };
    },
  },
  updateAppraisalCycle: {
    document:
      'mutation ($input: UpdateAppraisalCycleInput!) { updateAppraisalCycle(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const cycle = await makeFutureCycle(scope === 'in' ? f.municipalityIn : f.municipalityOut);
      return { input: { id: cycle.id, version: 1, name: `Omdøpt ${randomUUID().slice(0, 8)}` } };
    },
  },
  appraisalProgress: {
    document: '{ appraisalProgress { employeeCount } }',
    hasTarget: false,
    variables: none,
  },
  appraisal: {
    document: 'query ($id: ID!) { appraisal(id: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).id,
    }),
  },
  appraisals: {
    document: 'query ($employeeId: ID!) { appraisals(filter: { employeeId: $employeeId }) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      employeeId: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).employeeId,
    }),
  },
  appraisalDraft: {
    document: 'query ($id: ID!) { appraisalDraft(employeeId: $id) { employeeId } }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: scope === 'in' ? f.employeeIn : f.employeeOut }),
  },
  appraisalSummary: {
    document: 'query ($id: ID!) { appraisalSummary(id: $id) { text } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).id,
    }),
  },
  saveAppraisalDraft: {
    document:
      'mutation ($input: SaveAppraisalDraftInput!) { saveAppraisalDraft(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        employeeId: (await makeEmployee(scope === 'in' ? f.unitIn : f.unitOut)).id,
        content: { careerPlan: 'Policytest' },
      },
    }),
  },
  completeAppraisal: {
    document:
      'mutation ($input: CompleteAppraisalInput!) { completeAppraisal(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: { id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).id, version: 1 },
    }),
  },
  amendAppraisal: {
    document: 'mutation ($input: AmendAppraisalInput!) { amendAppraisal(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut, 'COMPLETED')).id,
        version: 1,
        note: 'Policytest',
        content: { careerPlan: 'Endret i policytest' },
      },
    }),
  },
  discardAppraisalDraft: {
    document: 'mutation ($id: ID!) { discardAppraisalDraft(id: $id, version: 1) }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: (await makeAppraisal(scope === 'in' ? f.unitIn : f.unitOut)).id,
    }),
  },
  appraisalStatistics: {
    document: '{ appraisalStatistics { exact employees { value suppressed } } }',
    hasTarget: false,
    variables: none,
  },
  teachingDirectory: {
    document: '{ teachingDirectory { competenceId } }',
    hasTarget: false,
    variables: none,
  },
  requirements: {
    document: 'query ($filter: RequirementFilter) { requirements(filter: $filter) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const unitId = await readableUnit(f, scope);
      await requirementAt(unitId);
      return { filter: { unitId } };
    },
  },
  requirement: {
    document: 'query ($id: ID!) { requirement(id: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: await requirementAt(await readableUnit(f, scope)) }),
  },
  staffingRequirements: {
    document: 'query ($filter: RequirementFilter) { staffingRequirements(filter: $filter) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const unitId = await readableUnit(f, scope);
      await staffingRequirementAt(unitId);
      return { filter: { unitId } };
    },
  },
  createRequirement: {
    document:
      'mutation ($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        unitId: await requirementUnit(f, scope, role),
        competenceId: f.competenceId,
        minLevel: 1,
        required: 2,
        horizon: 'NOW',
        priority: 'IMPORTANT',
        rationaleKind: 'LOCAL_GOAL',
      },
    }),
  },
  updateRequirement: {
    document:
      'mutation ($input: UpdateRequirementInput!) { updateRequirement(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        id: await requirementAt(await requirementUnit(f, scope, role)),
        version: 1,
        required: 3,
      },
    }),
  },
  deleteRequirement: {
    document: 'mutation ($id: ID!) { deleteRequirement(id: $id, version: 1) }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      id: await requirementAt(await requirementUnit(f, scope, role)),
    }),
  },
  createStaffingRequirement: {
    document:
      'mutation ($input: CreateStaffingRequirementInput!) { createStaffingRequirement(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        unitId: await requirementUnit(f, scope, role),
        professionCode: '2223',
        requiredFte: 2.5,
        horizon: 'NOW',
        priority: 'IMPORTANT',
        rationaleKind: 'LOCAL_GOAL',
      },
    }),
  },
  updateStaffingRequirement: {
    document:
      'mutation ($input: UpdateStaffingRequirementInput!) { updateStaffingRequirement(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        id: await staffingRequirementAt(await requirementUnit(f, scope, role)),
        version: 1,
        requiredFte: 3,
      },
    }),
  },
  deleteStaffingRequirement: {
    document: 'mutation ($id: ID!) { deleteStaffingRequirement(id: $id, version: 1) }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      id: await staffingRequirementAt(await requirementUnit(f, scope, role)),
    }),
  },
  copyRequirements: {
    document:
      'mutation ($input: CopyRequirementsInput!) { copyRequirements(input: $input) { created } }',
    hasTarget: true,
    variables: async (f, scope, role) => {
      const source = await departmentUnder(f.unitIn);
      await requirementAt(source);
      return {
        input: { sourceUnitId: source, targetUnitIds: [await requirementUnit(f, scope, role)] },
      };
    },
  },
  gapAnalysis: {
    document: 'query ($filter: GapFilter) { gapAnalysis(filter: $filter) { scopeId } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      filter: { unitId: scope === 'in' ? f.unitIn : await foreignUnit(f) },
    }),
  },
  gapHeatmap: {
    document: 'query ($filter: GapFilter) { gapHeatmap(filter: $filter) { horizon } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      filter: { unitId: scope === 'in' ? f.unitIn : await foreignUnit(f) },
    }),
  },
  mobilisationOptions: {
    document: '{ mobilisationOptions { competenceId } }',
    hasTarget: false,
    variables: none,
  },
  retirementWave: {
    document: 'query ($filter: RetirementWaveFilter) { retirementWave(filter: $filter) { years } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      filter: { unitId: scope === 'in' ? f.unitIn : await foreignUnit(f) },
    }),
  },
  expiringCertificates: {
    document:
      'query ($filter: ExpiringCertificatesFilter) { expiringCertificates(filter: $filter) { months } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      filter: { unitId: scope === 'in' ? f.unitIn : await foreignUnit(f) },
    }),
  },
  staffingGaps: {
    document: 'query ($filter: GapFilter) { staffingGaps(filter: $filter) { horizon } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      filter: { unitId: scope === 'in' ? f.unitIn : await foreignUnit(f) },
    }),
  },
  gapHolders: {
    document: 'query ($id: ID!) { gapHolders(requirementId: $id) { requirementId } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: await requirementAt(await departmentUnder(scope === 'in' ? f.unitIn : f.unitOut)),
    }),
  },
  actionPlans: {
    document: 'query ($filter: ActionPlanFilter) { actionPlans(filter: $filter) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const id = await readablePlan(f, scope);
      const { rows } = await db().query(`SELECT year, half FROM action_plan WHERE id = $1`, [id]);
      // out of scope: another region's municipality (its plans exist, the caller's region has
      // none there); a year-and-level filter alone would also find the caller's own region's
      // plans (the demo data and other probes make them)
      return {
        filter:
          scope === 'in'
            ? { year: rows[0].year, half: rows[0].half, level: 'UNIT' }
            : { year: rows[0].year, half: rows[0].half, municipalityId: f.foreignMunicipalityId },
      };
    },
  },
  actionPlan: {
    document: 'query ($id: ID!) { actionPlan(id: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: await readablePlan(f, scope) }),
  },
  createActionPlan: {
    document:
      'mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => {
      if (role === Role.REGIONAL_COORDINATOR && scope === 'in') {
        const id = await planAt(f.regionId, { level: 'REGION' });
        const { rows } = await db().query(
          `DELETE FROM action_plan WHERE id = $1 RETURNING year, half`,
          [id],
        );
        return { input: { level: 'REGION', year: rows[0].year, half: rows[0].half } };
      }
      const regional = role !== null && REGION_ROLES.includes(role);
      const unitId =
        scope === 'in'
          ? await departmentUnder(f.unitIn)
          : regional
            ? await foreignUnit(f)
            : await departmentUnder(f.unitOut);
      return { input: { level: 'UNIT', unitId, year: 2026, half: 1 } };
    },
  },
  updateActionPlan: {
    document:
      'mutation ($input: UpdateActionPlanInput!) { updateActionPlan(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: { id: await writablePlan(f, scope, role), version: 1, title: 'Ny tittel' },
    }),
  },
  adoptActionPlan: {
    document:
      'mutation ($id: ID!) { adoptActionPlan(id: $id, version: 1, adoptedOn: "2026-01-15") { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({ id: await writablePlan(f, scope, role) }),
  },
  closeActionPlan: {
    document: 'mutation ($id: ID!) { closeActionPlan(id: $id, version: 1) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({ id: await writablePlan(f, scope, role, 'ADOPTED') }),
  },
  reopenActionPlan: {
    document: 'mutation ($id: ID!) { reopenActionPlan(id: $id, version: 1) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({ id: await writablePlan(f, scope, role, 'ADOPTED') }),
  },
  deleteActionPlan: {
    document: 'mutation ($id: ID!) { deleteActionPlan(id: $id, version: 1) }',
    hasTarget: true,
    variables: async (f, scope, role) => ({ id: await writablePlan(f, scope, role) }),
  },
  measures: {
    document: 'query ($planId: ID!) { measures(planId: $planId) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const planId = await readablePlan(f, scope);
      await measureIn(planId);
      return { planId };
    },
  },
  measure: {
    document: 'query ($id: ID!) { measure(id: $id) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: await measureIn(await readablePlan(f, scope)) }),
  },
  createMeasure: {
    document: 'mutation ($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        planId: await writablePlan(f, scope, role),
        title: 'Demenskurs',
        strategy: 'DEVELOP',
        kind: 'COURSE',
        provider: 'OWN_STAFF',
        owner: 'Fagutvikler',
        places: 10,
        startsOn: '2026-02-01',
        endsOn: '2026-05-31',
        funding: [{ source: 'OWN_BUDGET', amount: 1000 }],
      },
    }),
  },
  updateMeasure: {
    document: 'mutation ($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: { id: await measureIn(await writablePlan(f, scope, role)), version: 1, places: 12 },
    }),
  },
  changeMeasureStatus: {
    document:
      'mutation ($input: ChangeMeasureStatusInput!) { changeMeasureStatus(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      input: {
        id: await measureIn(await writablePlan(f, scope, role)),
        version: 1,
        status: 'OPEN',
      },
    }),
  },
  deleteMeasure: {
    document: 'mutation ($id: ID!) { deleteMeasure(id: $id, version: 1) }',
    hasTarget: true,
    variables: async (f, scope, role) => ({
      id: await measureIn(await writablePlan(f, scope, role)),
    }),
  },
  measureDraftFromGap: {
    document: 'query ($id: ID!) { measureDraftFromGap(requirementId: $id) { title } }',
    hasTarget: true,
    variables: async (f, scope) => ({ id: await draftRequirement(f, scope) }),
  },
  measureDraftFromMobilisation: {
    document:
      'query ($input: MobilisationDraftInput!) { measureDraftFromMobilisation(input: $input) { title } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const [fromRequirementId, toRequirementId] = await requirementPair(f, scope);
      return { input: { fromRequirementId, toRequirementId } };
    },
  },
  measureDraftFromExpiringCertificates: {
    document:
      'query ($input: ExpiringCertificatesDraftInput!) { measureDraftFromExpiringCertificates(input: $input) { title } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        unitId: scope === 'in' ? f.unitIn : await foreignUnit(f),
        competenceId: f.competenceId,
      },
    }),
  },
};
