import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, db } from './support/database';
import {
  departmentUnder,
  foreignRequirement,
  planPlaces,
  type PlanPlaces,
  requirementAt,
} from './support/plan-factories';

/**
 * The list of bad input for plans and measures, over real HTTP: each gets a clear
 * Norwegian field error, and nothing is written (the plan's measures and every child row are
 * compared before and after).
 */
const CREATE = `mutation ($input: CreateMeasureInput!) { createMeasure(input: $input) { id version } }`;
const UPDATE = `mutation ($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id version } }`;
const STATUS = `mutation ($input: ChangeMeasureStatusInput!) { changeMeasureStatus(input: $input) { id status version } }`;

let places: PlanPlaces;
let hr: Awaited<ReturnType<typeof as>>;
let plan: { id: string; unitId: string };
let regionalPlan: string;

function input(extra: Record<string, unknown> = {}, planId = plan.id) {
  return {
    planId,
    title: 'Kurs i legemiddelhåndtering',
    strategy: 'DEVELOP',
    kind: 'COURSE',
    provider: 'HOSPITAL',
    owner: 'Avdelingsleder',
    places: 10,
    startsOn: '2026-03-01',
    endsOn: '2026-03-31',
    funding: [{ source: 'OWN_BUDGET', amount: 5000 }],
    ...extra,
  };
}

/** Every row of the plan's measures and their children: equal means nothing was written. */
async function snapshot(planId: string): Promise<unknown> {
  const { rows } = await db().query(
    `SELECT m.id, m.version, m.status, m.title,
       (SELECT json_agg(f ORDER BY f.source) FROM measure_funding f WHERE f.measure_id = m.id) AS funding,
       (SELECT json_agg(t ORDER BY t.competence_id) FROM measure_target t WHERE t.measure_id = m.id) AS targets,
       (SELECT json_agg(s ORDER BY s.municipality_id) FROM measure_share s WHERE s.measure_id = m.id) AS shares,
       (SELECT json_agg(x ORDER BY x.employee_id) FROM measure_teacher x WHERE x.measure_id = m.id) AS teachers
     FROM measure m WHERE m.plan_id = $1 ORDER BY m.id`,
    [planId],
  );
  return rows;
}

async function refused(
  document: string,
  variables: Record<string, unknown>,
  expected: { field: string; code: string; message?: string | RegExp },
  caller = hr,
  planId = plan.id,
): Promise<void> {
  const before = await snapshot(planId);
  const result = await gql(document, variables, caller);
  const error = result.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  const problem = error?.extensions?.fields?.find((f) => f.field === expected.field);
  expect(problem).toMatchObject({ field: expected.field, code: expected.code });
  if (typeof expected.message === 'string') expect(problem?.message).toBe(expected.message);
  if (expected.message instanceof RegExp) expect(problem?.message).toMatch(expected.message);
  expect(await snapshot(planId)).toEqual(before);
}

beforeAll(async () => {
  places = await planPlaces();
  hr = await as(DEMO.hrGjovik);
  const unitId = await departmentUnder(places.gjovik, places.homeCare);
  const created = await gqlOk<{ createActionPlan: { id: string } }>(
    `mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`,
    { input: { level: 'UNIT', unitId, year: 2026, half: 1 } },
    hr,
  );
  plan = { id: created.createActionPlan.id, unitId };
  const regional = await gqlOk<{ createActionPlan: { id: string } }>(
    `mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`,
    { input: { level: 'REGION', year: 2044, half: 2 } },
    await as(DEMO.coordinator),
  );
  regionalPlan = regional.createActionPlan.id;
});
afterAll(closeDb);

describe('bad input to measures: a field error in Norwegian, nothing written', () => {
  it('an end date before the start', () =>
    refused(
      CREATE,
      { input: input({ startsOn: '2026-04-01', endsOn: '2026-03-01' }) },
      {
        field: 'endsOn',
        code: 'BEFORE_START',
        message: 'Sluttdato (01.03.2026) kan ikke være før startdato (01.04.2026)',
      },
    ));

  it('a date that does not exist', () =>
    refused(
      CREATE,
      { input: input({ startsOn: '2026-02-30' }) },
      {
        field: 'startsOn',
        code: 'INVALID_DATE',
        message: /Startdato/,
      },
    ));

  it('a negative cost', () =>
    refused(
      CREATE,
      { input: input({ funding: [{ source: 'COMPETENCE_GRANT', amount: -100 }] }) },
      {
        field: 'funding.0.amount',
        code: 'NEGATIVE',
        message: 'Beløpet kan ikke være negativt (minst 0 kr)',
      },
    ));

  it('shares over the places', async () =>
    refused(
      CREATE,
      {
        input: input(
          {
            places: 10,
            shares: [
              { municipalityId: places.gjovik, places: 6 },
              { municipalityId: places.ostreToten, places: 5 },
            ],
          },
          regionalPlan,
        ),
      },
      {
        field: 'shares',
        code: 'SHARES_OVER_PLACES',
        message: 'Kommunenes andeler er til sammen 11 plasser, men tiltaket har bare 10',
      },
      await as(DEMO.coordinator),
      regionalPlan,
    ));

  it('shares on a measure that is not regional', () =>
    refused(
      CREATE,
      { input: input({ shares: [{ municipalityId: places.gjovik, places: 1 }] }) },
      {
        field: 'shares',
        code: 'NOT_REGIONAL',
        message: 'Bare tiltak i det regionale programmet fordeler plasser på kommunene',
      },
    ));

  it('a target requirement of another region', async () =>
    refused(
      CREATE,
      { input: input({ targets: [{ requirementId: await foreignRequirement() }] }) },
      {
        field: 'targets.0.requirementId',
        code: 'UNKNOWN_REQUIREMENT',
        message: 'Kravet finnes ikke i regionen',
      },
    ));

  it('a target requirement outside the plan (another municipality)', async () => {
    const lenaRequirement = await requirementAt(
      await departmentUnder(places.ostreToten, places.lena),
      places.competenceId,
    );
    await refused(
      CREATE,
      { input: input({ targets: [{ requirementId: lenaRequirement }] }) },
      {
        field: 'targets.0.requirementId',
        code: 'OUTSIDE_PLAN',
        message: /^Kravet gjelder «Planavdeling .*», som ligger utenfor planens område$/,
      },
    );
  });

  it('a target level that is not on the competence’s scale', () =>
    refused(
      CREATE,
      { input: input({ targets: [{ competenceId: places.competenceId, level: 7 }] }) },
      {
        field: 'targets.0.level',
        code: 'LEVEL_NOT_ON_SCALE',
      },
    ));

  it('a teacher who is not in the teaching directory', async () => {
    const { rows } = await db().query(
      `SELECT e.id FROM employee e WHERE e.municipality_id = $1 AND e.active
         AND NOT EXISTS (SELECT 1 FROM teaching_directory_entry t WHERE t.employee_id = e.id)
       ORDER BY e.id LIMIT 1`,
      [places.ostreToten],
    );
    await refused(
      CREATE,
      {
        input: input({ teachers: [{ employeeId: rows[0].id, competenceId: places.competenceId }] }),
      },
      {
        field: 'teachers.0.employeeId',
        code: 'UNKNOWN_TEACHER',
        message:
          'Personen står ikke i oversikten over folk som kan undervise i dette temaet (med samtykke)',
      },
    );
  });

  it('a lending unit outside the caller’s scope', async () =>
    refused(
      CREATE,
      { input: input({ lendingUnitId: await departmentUnder(places.ostreToten, places.lena) }) },
      {
        field: 'lendingUnitId',
        code: 'UNKNOWN_UNIT',
        message: 'Enheten finnes ikke',
      },
    ));

  it('a plan outside the caller’s scope', async () => {
    const lenaPlan = await gqlOk<{ createActionPlan: { id: string } }>(
      `mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`,
      {
        input: {
          level: 'UNIT',
          unitId: await departmentUnder(places.ostreToten, places.lena),
          year: 2026,
          half: 1,
        },
      },
      await as(DEMO.leaderNursingHomeOstreToten),
    );
    await refused(
      CREATE,
      { input: input({}, lenaPlan.createActionPlan.id) },
      {
        field: 'planId',
        code: 'UNKNOWN_PLAN',
        message: 'Planen finnes ikke',
      },
      hr,
      lenaPlan.createActionPlan.id,
    );
  });

  it('an empty title', () =>
    refused(
      CREATE,
      { input: input({ title: '   ' }) },
      {
        field: 'title',
        code: 'REQUIRED',
        message: 'Tittel må fylles ut',
      },
    ));

  it('a title that is too long', () =>
    refused(
      CREATE,
      { input: input({ title: 'x'.repeat(201) }) },
      {
        field: 'title',
        code: 'TOO_LONG',
        message: 'Tittel er for lang (høyst 200 tegn)',
      },
    ));

  it('an unknown strategy', () =>
    refused(
      CREATE,
      { input: input({ strategy: 'OUTSOURCE' }) },
      {
        field: 'strategy',
        code: 'INVALID_CHOICE',
      },
    ));

  it('completing a cancelled measure', async () => {
    const { createMeasure } = await gqlOk<{ createMeasure: { id: string } }>(
      CREATE,
      { input: input() },
      hr,
    );
    await gqlOk(STATUS, { input: { id: createMeasure.id, version: 1, status: 'CANCELLED' } }, hr);
    await refused(
      STATUS,
      { input: { id: createMeasure.id, version: 2, status: 'COMPLETED' } },
      {
        field: 'status',
        code: 'STATUS_NOT_ALLOWED',
        message:
          'Et avlyst tiltak kan ikke fullføres. Sett det til «planlagt» først hvis det likevel skal gjennomføres',
      },
    );
    // nor reopened for sign-up at once, nor edited while cancelled
    await refused(
      STATUS,
      { input: { id: createMeasure.id, version: 2, status: 'OPEN' } },
      {
        field: 'status',
        code: 'STATUS_NOT_ALLOWED',
      },
    );
    await refused(
      UPDATE,
      { input: { id: createMeasure.id, version: 2, title: 'Likevel' } },
      {
        field: 'status',
        code: 'MEASURE_FINAL',
      },
    );
  });

  it('every problem at once, and nothing written', async () => {
    const before = await snapshot(plan.id);
    const result = await gql(
      CREATE,
      {
        input: input({
          endsOn: '2026-01-01',
          funding: [{ source: 'OTHER', amount: -1 }],
          targets: [{ requirementId: await foreignRequirement() }],
        }),
      },
      hr,
    );
    expect(result.errors?.[0].extensions?.fields?.map((f) => f.code).sort()).toEqual([
      'BEFORE_START',
      'NEGATIVE',
      'UNKNOWN_REQUIREMENT',
    ]);
    expect(await snapshot(plan.id)).toEqual(before);
  });
});
