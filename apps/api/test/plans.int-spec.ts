import { halfYearOf, todayInNorway } from '@kp/domain';
import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';
import {
  addParticipants,
  consentingTeacher,
  departmentUnder,
  planPlaces,
  type PlanPlaces,
  requirementAt,
} from './support/plan-factories';

const PLAN_FIELDS = `id level municipalityId unitId year half periodLabel startsOn endsOn title status
  adoptedOn adoptedByName version`;
const CREATE_PLAN = `mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { ${PLAN_FIELDS} } }`;
const MEASURE_FIELDS = `id planId title status owner places hours cost version participantCount
  allowedTransitions lendingUnitId
  funding { source amount } targets { competenceId level requirementId competence { name } }
  shares { municipalityId places } teachers { employeeId name municipalityId competenceId }`;
const CREATE_MEASURE = `mutation ($input: CreateMeasureInput!) { createMeasure(input: $input) { ${MEASURE_FIELDS} } }`;
const UPDATE_MEASURE = `mutation ($input: UpdateMeasureInput!) { updateMeasure(input: $input) { ${MEASURE_FIELDS} } }`;
const STATUS = `mutation ($input: ChangeMeasureStatusInput!) { changeMeasureStatus(input: $input) { id status version } }`;

let places: PlanPlaces;
beforeAll(async () => {
  places = await planPlaces();
});
afterAll(closeDb);

interface Plan {
  id: string;
  version: number;
  status: string;
  adoptedByName: string | null;
  periodLabel: string;
}

async function unitPlan(
  email: string = DEMO.hrGjovik,
  parent = places.homeCare,
): Promise<Plan & { unitId: string }> {
  const unitId = await departmentUnder(places.gjovik, parent);
  const { createActionPlan } = await gqlOk<{ createActionPlan: Plan }>(
    CREATE_PLAN,
    { input: { level: 'UNIT', unitId, year: 2026, half: 1, title: 'Enhetsplan' } },
    await as(email),
  );
  return { ...createActionPlan, unitId };
}

function measureInput(planId: string, extra: Record<string, unknown> = {}) {
  return {
    planId,
    title: 'Demensomsorg ABC',
    strategy: 'DEVELOP',
    kind: 'COURSE',
    provider: 'UNIVERSITY_COLLEGE',
    providerName: 'NTNU Gjøvik',
    owner: 'Kari Fagutvikler',
    places: 12,
    hours: 14.5,
    startsOn: '2026-02-01',
    endsOn: '2026-05-31',
    funding: [
      { source: 'OWN_BUDGET', amount: 20000 },
      { source: 'COMPETENCE_GRANT', amount: 45000.5 },
    ],
    ...extra,
  };
}

describe('action plans', () => {
  it('HR creates the municipality plan once per half-year; a second one is refused and nothing is written', async () => {
    const hr = await as(DEMO.hrGjovik);
    const year = 2041;
    const input = { level: 'MUNICIPALITY', municipalityId: places.gjovik, year, half: 2 };
    const { createActionPlan } = await gqlOk<{ createActionPlan: Plan & Record<string, unknown> }>(
      CREATE_PLAN,
      { input },
      hr,
    );
    expect(createActionPlan).toMatchObject({
      level: 'MUNICIPALITY',
      municipalityId: places.gjovik,
      unitId: null,
      periodLabel: '2. halvår 2041',
      startsOn: '2041-07-01',
      endsOn: '2041-12-31',
      status: 'DRAFT',
      version: 1,
    });
    const again = await gql(CREATE_PLAN, { input: { ...input, title: 'Kopi' } }, hr);
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'half',
          code: 'DUPLICATE',
          message:
            'Kommunen har allerede en plan for 2. halvår 2041; åpne den i stedet for å lage en ny',
        },
      ],
    });
    expect(
      await count(
        `SELECT 1 FROM action_plan WHERE municipality_id = $1 AND unit_id IS NULL AND year = $2`,
        [places.gjovik, year],
      ),
    ).toBe(1);
  });

  it('a unit leader plans for their own unit only; HR only for their municipality; the coordinator the regional programme', async () => {
    const leader = await as(DEMO.leaderHomeCareGjovik);
    const own = await unitPlan(DEMO.leaderHomeCareGjovik);
    expect(own.status).toBe('DRAFT');

    const elsewhere = await departmentUnder(places.ostreToten, places.lena);
    const refused = await gql(
      CREATE_PLAN,
      { input: { level: 'UNIT', unitId: elsewhere, year: 2026, half: 1 } },
      leader,
    );
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { field: 'unitId', code: 'UNKNOWN_UNIT', message: 'Enheten finnes ikke' },
    ]);
    const municipal = await gql(
      CREATE_PLAN,
      { input: { level: 'MUNICIPALITY', municipalityId: places.gjovik, year: 2042, half: 1 } },
      leader,
    );
    expect(municipal.errors?.[0].extensions?.fields?.[0]?.code).toBe('UNKNOWN_MUNICIPALITY');
    const hrOther = await gql(
      CREATE_PLAN,
      { input: { level: 'MUNICIPALITY', municipalityId: places.ostreToten, year: 2042, half: 1 } },
      await as(DEMO.hrGjovik),
    );
    expect(hrOther.errors?.[0].extensions?.fields?.[0]?.code).toBe('UNKNOWN_MUNICIPALITY');
    const hrRegion = await gql(
      CREATE_PLAN,
      { input: { level: 'REGION', year: 2042, half: 1 } },
      await as(DEMO.hrGjovik),
    );
    expect(hrRegion.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const region = await gqlOk<{ createActionPlan: Plan & { level: string } }>(
      CREATE_PLAN,
      { input: { level: 'REGION', year: 2042, half: 1, title: 'Regionalt program' } },
      await as(DEMO.coordinator),
    );
    expect(region.createActionPlan.level).toBe('REGION');
    expect(
      await count(`SELECT 1 FROM action_plan WHERE year = 2042 AND region_id = $1`, [
        places.regionId,
      ]),
    ).toBe(1);
  });

  it('adopting records the date and who; board members see no name; close, reopen and delete follow the rules', async () => {
    const hr = await as(DEMO.hrGjovik);
    const plan = await unitPlan();
    const adopt = `mutation ($id: ID!, $version: Int!, $on: String!) { adoptActionPlan(id: $id, version: $version, adoptedOn: $on) { ${PLAN_FIELDS} } }`;
    const tomorrowRefused = await gql(adopt, { id: plan.id, version: 1, on: '2999-01-01' }, hr);
    expect(tomorrowRefused.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'adoptedOn',
      message: 'Vedtaksdato må være mellom 01.01.2000 og i dag',
    });
    const { adoptActionPlan } = await gqlOk<{ adoptActionPlan: Plan & { adoptedOn: string } }>(
      adopt,
      { id: plan.id, version: 1, on: '2026-01-20' },
      hr,
    );
    expect(adoptActionPlan).toMatchObject({
      status: 'ADOPTED',
      adoptedOn: '2026-01-20',
      version: 2,
    });
    expect(adoptActionPlan.adoptedByName).toBeTruthy();
    const { rows } = await db().query(
      `SELECT u.email FROM action_plan p JOIN app_user u ON u.id = p.adopted_by WHERE p.id = $1`,
      [plan.id],
    );
    expect(rows[0].email).toBe(DEMO.hrGjovik);
    const asBoard = await gqlOk<{ actionPlan: Plan }>(
      `query ($id: ID!) { actionPlan(id: $id) { status adoptedByName } }`,
      { id: plan.id },
      await as(DEMO.board),
    );
    expect(asBoard.actionPlan).toEqual({ status: 'ADOPTED', adoptedByName: null });

    const measure = await gqlOk<{ createMeasure: { id: string } }>(
      CREATE_MEASURE,
      { input: measureInput(plan.id) },
      hr,
    );
    const close = `mutation ($id: ID!, $v: Int!) { closeActionPlan(id: $id, version: $v) { status version } }`;
    const reopen = `mutation ($id: ID!, $v: Int!) { reopenActionPlan(id: $id, version: $v) { status adoptedOn version } }`;
    const del = `mutation ($id: ID!, $v: Int!) { deleteActionPlan(id: $id, version: $v) }`;
    expect(
      (await gqlOk<{ closeActionPlan: unknown }>(close, { id: plan.id, v: 2 }, hr)).closeActionPlan,
    ).toEqual({
      status: 'CLOSED',
      version: 3,
    });
    const closedEdit = await gql(
      UPDATE_MEASURE,
      { input: { id: measure.createMeasure.id, version: 1, places: 3 } },
      hr,
    );
    expect(closedEdit.errors?.[0].extensions?.fields?.[0]?.code).toBe('PLAN_CLOSED');
    expect(
      (await gqlOk<{ reopenActionPlan: unknown }>(reopen, { id: plan.id, v: 3 }, hr))
        .reopenActionPlan,
    ).toEqual({
      status: 'ADOPTED',
      adoptedOn: '2026-01-20',
      version: 4,
    });
    expect(
      (await gqlOk<{ reopenActionPlan: unknown }>(reopen, { id: plan.id, v: 4 }, hr))
        .reopenActionPlan,
    ).toEqual({
      status: 'DRAFT',
      adoptedOn: null,
      version: 5,
    });
    const withMeasures = await gql(del, { id: plan.id, v: 5 }, hr);
    expect(withMeasures.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'id',
        code: 'HAS_MEASURES',
        message:
          'Planen har 1 tiltak og kan ikke slettes. Avlys tiltakene i stedet; de blir stående i planen',
      },
    ]);
    expect(await count(`SELECT 1 FROM action_plan WHERE id = $1`, [plan.id])).toBe(1);

    const empty = await unitPlan();
    expect(
      (await gqlOk<{ deleteActionPlan: string }>(del, { id: empty.id, v: 1 }, hr)).deleteActionPlan,
    ).toBe(empty.id);
    const audit = await db().query(
      `SELECT action FROM audit_log WHERE entity_id = ANY($1::text[]) ORDER BY id`,
      [[plan.id, empty.id]],
    );
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual([
      'action_plan.create',
      'action_plan.adopt',
      'action_plan.close',
      'action_plan.reopen',
      'action_plan.reopen',
      'action_plan.create',
      'action_plan.delete',
    ]);
  });

  it('lists plans by level, municipality, unit, year and half', async () => {
    const plan = await unitPlan();
    const list = `query ($filter: ActionPlanFilter) { actionPlans(filter: $filter) { id } }`;
    const found = await gqlOk<{ actionPlans: Array<{ id: string }> }>(
      list,
      { filter: { level: 'UNIT', unitId: places.homeCare, year: 2026, half: 1 } },
      await as(DEMO.board),
    );
    expect(found.actionPlans.map((p) => p.id)).toContain(plan.id);
    const none = await gqlOk<{ actionPlans: unknown[] }>(
      list,
      { filter: { unitId: places.homeCare, year: 2026, half: 2 } },
      await as(DEMO.board),
    );
    expect(none.actionPlans.map((p) => (p as { id: string }).id)).not.toContain(plan.id);
  });
});

describe('measures', () => {
  it('are created with targets, funding, teachers and a lending unit, and listed with totals', async () => {
    const hr = await as(DEMO.hrGjovik);
    const plan = await unitPlan();
    const requirementId = await requirementAt(plan.unitId, places.competenceId, 2);
    const teacher = await consentingTeacher(places.ostreToten);
    const lender = await departmentUnder(places.gjovik, places.homeCare);
    const { createMeasure } = await gqlOk<{
      createMeasure: Record<string, unknown> & { id: string };
    }>(
      CREATE_MEASURE,
      {
        input: measureInput(plan.id, {
          targets: [{ requirementId }, { competenceId: teacher.competenceId, level: 1 }],
          teachers: [{ employeeId: teacher.employeeId, competenceId: teacher.competenceId }],
          lendingUnitId: lender,
        }),
      },
      hr,
    );
    expect(createMeasure).toMatchObject({
      title: 'Demensomsorg ABC',
      status: 'PLANNED',
      owner: 'Kari Fagutvikler',
      places: 12,
      hours: 14.5,
      cost: 65000.5,
      version: 1,
      participantCount: 0,
      allowedTransitions: ['OPEN', 'RUNNING', 'CANCELLED'],
      lendingUnitId: lender,
      funding: [
        { source: 'OWN_BUDGET', amount: 20000 },
        { source: 'COMPETENCE_GRANT', amount: 45000.5 },
      ],
      teachers: [
        {
          employeeId: teacher.employeeId,
          name: teacher.name,
          municipalityId: places.ostreToten,
          competenceId: teacher.competenceId,
        },
      ],
    });
    expect(createMeasure.targets).toEqual([
      expect.objectContaining({ competenceId: places.competenceId, level: 2, requirementId }),
      expect.objectContaining({
        competenceId: teacher.competenceId,
        level: 1,
        requirementId: null,
      }),
    ]);
    await addParticipants(createMeasure.id, places.gjovik, 3);
    const second = await gqlOk<{ createMeasure: { id: string } }>(
      CREATE_MEASURE,
      {
        input: measureInput(plan.id, {
          title: 'Avlyst kurs',
          funding: [{ source: 'OTHER', amount: 999 }],
        }),
      },
      hr,
    );
    await gqlOk(
      STATUS,
      { input: { id: second.createMeasure.id, version: 1, status: 'CANCELLED' } },
      hr,
    );

    const totals = `query ($id: ID!) { actionPlan(id: $id) { totals { measures cancelledMeasures places participants cost funding { source amount } }
      measures { id participantCount owner teachers { name employeeId } } } }`;
    const asHr = await gqlOk<{ actionPlan: { totals: unknown; measures: unknown[] } }>(
      totals,
      { id: plan.id },
      hr,
    );
    expect(asHr.actionPlan.totals).toEqual({
      measures: 1,
      cancelledMeasures: 1,
      places: 12,
      participants: 3,
      cost: 65000.5,
      funding: [
        { source: 'OWN_BUDGET', amount: 20000 },
        { source: 'COMPETENCE_GRANT', amount: 45000.5 },
        { source: 'OTHER', amount: 0 },
      ],
    });
    // the board: plans, measures and counts; no names, and a count below k is hidden
    const asBoard = await gqlOk<{
      actionPlan: { totals: { participants: number }; measures: unknown[] };
    }>(totals, { id: plan.id }, await as(DEMO.board));
    expect(asBoard.actionPlan.measures).toContainEqual({
      id: createMeasure.id,
      participantCount: null,
      owner: null,
      teachers: [{ name: null, employeeId: null }],
    });
    expect(asBoard.actionPlan.totals.participants).toBe(0);
    const list = await gqlOk<{ measures: Array<{ id: string }> }>(
      `query ($planId: ID!) { measures(planId: $planId) { id } }`,
      { planId: plan.id },
      hr,
    );
    // by start date, then title
    expect(list.measures.map((m) => m.id)).toEqual([second.createMeasure.id, createMeasure.id]);
    expect(
      await count(`SELECT 1 FROM audit_log WHERE action = 'measure.create' AND entity_id = $1`, [
        createMeasure.id,
      ]),
    ).toBe(1);
  });

  it('move through their statuses; a measure with participants is cancelled, not deleted', async () => {
    const hr = await as(DEMO.hrGjovik);
    const plan = await unitPlan();
    const { createMeasure } = await gqlOk<{ createMeasure: { id: string } }>(
      CREATE_MEASURE,
      { input: measureInput(plan.id) },
      hr,
    );
    const id = createMeasure.id;
    const step = (version: number, status: string) =>
      gql(STATUS, { input: { id, version, status } }, hr);
    expect((await step(1, 'OPEN')).data).toEqual({
      changeMeasureStatus: { id, status: 'OPEN', version: 2 },
    });
    const early = await step(2, 'COMPLETED');
    expect(early.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'status',
      code: 'STATUS_NOT_ALLOWED',
    });
    await addParticipants(id, places.gjovik, 1);
    const del = await gql(`mutation ($id: ID!) { deleteMeasure(id: $id, version: 2) }`, { id }, hr);
    expect(del.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'id',
        code: 'HAS_PARTICIPANTS',
        message: 'Tiltaket har 1 påmeldte og kan ikke slettes. Avlys det i stedet',
      },
    ]);
    const fewer = await gql(UPDATE_MEASURE, { input: { id, version: 2, places: 0 } }, hr);
    expect(fewer.errors?.[0].extensions?.fields?.[0]?.code).toBe('BELOW_PARTICIPANTS');
    expect((await step(2, 'RUNNING')).data).toEqual({
      changeMeasureStatus: { id, status: 'RUNNING', version: 3 },
    });
    expect((await step(3, 'COMPLETED')).data).toEqual({
      changeMeasureStatus: { id, status: 'COMPLETED', version: 4 },
    });
    const final = await step(4, 'RUNNING');
    expect(final.errors?.[0].extensions?.fields?.[0]?.message).toBe(
      'Et tiltak som er «fullført», kan ikke settes til «pågår» (statusen er endelig)',
    );

    const empty = await gqlOk<{ createMeasure: { id: string } }>(
      CREATE_MEASURE,
      { input: measureInput(plan.id) },
      hr,
    );
    expect(
      (
        await gqlOk<{ deleteMeasure: string }>(
          `mutation ($id: ID!) { deleteMeasure(id: $id, version: 1) }`,
          { id: empty.createMeasure.id },
          hr,
        )
      ).deleteMeasure,
    ).toBe(empty.createMeasure.id);
    expect(await count(`SELECT 1 FROM measure WHERE id = $1`, [empty.createMeasure.id])).toBe(0);
    expect(
      await count(
        `SELECT 1 FROM audit_log WHERE action IN ('measure.status', 'measure.delete') AND entity_id = ANY($1::text[])`,
        [[id, empty.createMeasure.id]],
      ),
    ).toBe(4);
  });

  it('the coordinator gives a regional measure places per municipality', async () => {
    const coordinator = await as(DEMO.coordinator);
    const { createActionPlan } = await gqlOk<{ createActionPlan: Plan }>(
      CREATE_PLAN,
      { input: { level: 'REGION', year: 2043, half: 1 } },
      coordinator,
    );
    const { createMeasure } = await gqlOk<{ createMeasure: { shares: unknown; owner: string } }>(
      CREATE_MEASURE,
      {
        input: measureInput(createActionPlan.id, {
          places: 20,
          shares: [
            { municipalityId: places.gjovik, places: 12 },
            { municipalityId: places.ostreToten, places: 8 },
          ],
        }),
      },
      coordinator,
    );
    expect(createMeasure.shares).toEqual([
      { municipalityId: places.gjovik, places: 12 },
      { municipalityId: places.ostreToten, places: 8 },
    ]);
    expect(createMeasure.owner).toBe('Kari Fagutvikler');
  });
});

describe('two people editing the same record', () => {
  it('the second gets CONFLICT with the saved measure, and the first one’s change stays', async () => {
    const hr = await as(DEMO.hrGjovik);
    const leader = await as(DEMO.leaderHomeCareGjovik);
    const plan = await unitPlan(DEMO.leaderHomeCareGjovik);
    const { createMeasure } = await gqlOk<{ createMeasure: { id: string; version: number } }>(
      CREATE_MEASURE,
      { input: measureInput(plan.id) },
      leader,
    );
    const first = await gqlOk<{ updateMeasure: { title: string; version: number } }>(
      UPDATE_MEASURE,
      { input: { id: createMeasure.id, version: 1, title: 'Lederens tittel', places: 15 } },
      leader,
    );
    expect(first.updateMeasure).toMatchObject({ title: 'Lederens tittel', version: 2 });
    const second = await gql(
      UPDATE_MEASURE,
      { input: { id: createMeasure.id, version: 1, title: 'HRs tittel' } },
      hr,
    );
    expect(second.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: {
        id: createMeasure.id,
        version: 2,
        title: 'Lederens tittel',
        places: 15,
        owner: 'Kari Fagutvikler',
      },
    });
    expect(second.errors?.[0].message).toBe(
      'Noen andre har endret tiltaket mens du arbeidet. Last inn på nytt og gjør endringen igjen.',
    );
    const { rows } = await db().query(`SELECT title, places, version FROM measure WHERE id = $1`, [
      createMeasure.id,
    ]);
    expect(rows[0]).toEqual({ title: 'Lederens tittel', places: 15, version: 2 });

    const updatePlan = `mutation ($input: UpdateActionPlanInput!) { updateActionPlan(input: $input) { title version } }`;
    await gqlOk(updatePlan, { input: { id: plan.id, version: 1, title: 'Lederens plan' } }, leader);
    const stalePlan = await gql(
      updatePlan,
      { input: { id: plan.id, version: 1, title: 'HRs plan' } },
      hr,
    );
    expect(stalePlan.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id: plan.id, version: 2, title: 'Lederens plan', status: 'DRAFT' },
    });
  });
});

describe('measures made from the gap views', () => {
  const DRAFT = `title strategy kind provider targetGroup places startsOn endsOn awardsCertificate lendingUnitId
    expiringCount targets { competenceId level requirementId } plan { planId level municipalityId unitId year half periodLabel }`;

  it('from a gap row: the requirement as target, DEVELOP, the plan the caller writes for this half-year', async () => {
    const unitId = await departmentUnder(places.gjovik, places.homeCare);
    const requirementId = await requirementAt(unitId, places.competenceId, 2);
    const period = halfYearOf(todayInNorway());
    const { measureDraftFromGap } = await gqlOk<{ measureDraftFromGap: Record<string, unknown> }>(
      `query ($id: ID!) { measureDraftFromGap(requirementId: $id, places: 4) { ${DRAFT} } }`,
      { id: requirementId },
      await as(DEMO.hrGjovik),
    );
    expect(measureDraftFromGap).toMatchObject({
      strategy: 'DEVELOP',
      places: 4,
      lendingUnitId: null,
      targets: [{ competenceId: places.competenceId, level: 2, requirementId }],
      plan: { level: 'MUNICIPALITY', municipalityId: places.gjovik, unitId: null, ...period },
    });
    const asLeader = await gqlOk<{
      measureDraftFromGap: { plan: { level: string; unitId: string } };
    }>(
      `query ($id: ID!) { measureDraftFromGap(requirementId: $id) { ${DRAFT} } }`,
      { id: requirementId },
      await as(DEMO.leaderHomeCareGjovik),
    );
    expect(asLeader.measureDraftFromGap.plan).toMatchObject({
      level: 'UNIT',
      unitId: places.homeCare,
    });
    expect(await count(`SELECT 1 FROM measure WHERE title LIKE $1`, ['Plantest%'])).toBe(0);
  });

  it('from a mobilisation pair: MOBILISE, the unit with surplus lends, the regional programme across municipalities', async () => {
    const lender = await departmentUnder(places.ostreToten, places.lena);
    const borrower = await departmentUnder(places.gjovik, places.homeCare);
    const from = await requirementAt(lender, places.competenceId, 1);
    const to = await requirementAt(borrower, places.competenceId, 1);
    const { measureDraftFromMobilisation } = await gqlOk<{
      measureDraftFromMobilisation: Record<string, unknown>;
    }>(
      `query ($input: MobilisationDraftInput!) { measureDraftFromMobilisation(input: $input, places: 2) { ${DRAFT} } }`,
      { input: { fromRequirementId: from, toRequirementId: to, kind: 'HOSPITATION' } },
      await as(DEMO.coordinator),
    );
    expect(measureDraftFromMobilisation).toMatchObject({
      strategy: 'MOBILISE',
      kind: 'HOSPITATION',
      provider: 'OTHER_MUNICIPALITY',
      places: 2,
      lendingUnitId: lender,
      targets: [{ competenceId: places.competenceId, level: 1, requirementId: to }],
      plan: { level: 'REGION', municipalityId: null, unitId: null },
    });
    const hr = await gqlOk<{ measureDraftFromMobilisation: { plan: unknown } }>(
      `query ($input: MobilisationDraftInput!) { measureDraftFromMobilisation(input: $input) { plan { level } } }`,
      { input: { fromRequirementId: from, toRequirementId: to } },
      await as(DEMO.hrGjovik),
    );
    expect(hr.measureDraftFromMobilisation.plan).toBeNull();
  });

  it('from expiring certificates: a renewal course, the certificates counted where the caller sees the people', async () => {
    const unitId = await departmentUnder(places.gjovik, places.homeCare);
    const { rows } = await db().query(
      `WITH e AS (
         INSERT INTO employee (region_id, municipality_id, unit_id, employee_number, given_name, family_name,
           fte, employment_type, birth_year)
         SELECT region_id, municipality_id, id, 'PLAN-' || substr(md5(random()::text), 1, 8), 'Sertifikat', 'Holder',
           100, 'PERMANENT', 1980 FROM unit WHERE id = $1 RETURNING id, region_id),
       q AS (
         INSERT INTO qualification (region_id, employee_id, kind, title, obtained_on, expires_on)
         SELECT region_id, id, 'CERTIFICATE', 'HLR', current_date - 300, current_date + 30 FROM e
         RETURNING id, employee_id, region_id)
       INSERT INTO assessment (region_id, employee_id, competence_id, level, source, assessed_on, qualification_id)
       SELECT region_id, employee_id, $2, 2, 'FORMAL', current_date - 300, id FROM q RETURNING id`,
      [unitId, places.competenceId],
    );
    expect(rows).toHaveLength(1);
    const query = `query ($input: ExpiringCertificatesDraftInput!) { measureDraftFromExpiringCertificates(input: $input) { ${DRAFT} } }`;
    const { measureDraftFromExpiringCertificates: draft } = await gqlOk<{
      measureDraftFromExpiringCertificates: Record<string, unknown> & { targetGroup: string };
    }>(query, { input: { unitId } }, await as(DEMO.hrGjovik));
    expect(draft).toMatchObject({
      kind: 'CERTIFICATE_RENEWAL',
      strategy: 'DEVELOP',
      awardsCertificate: true,
      expiringCount: 1,
      places: 1,
      targets: [{ competenceId: places.competenceId, level: 2, requirementId: null }],
    });
    expect(draft.targetGroup).toMatch(
      /^1 ansatt i Planavdeling .* med sertifikat i «Plantest .*» som går ut innen \d\d\.\d\d\.\d{4}$/,
    );
    const coordinator = await gqlOk<{
      measureDraftFromExpiringCertificates: { expiringCount: number | null; targetGroup: string };
    }>(query, { input: { unitId, competenceId: places.competenceId } }, await as(DEMO.coordinator));
    expect(coordinator.measureDraftFromExpiringCertificates.expiringCount).toBeNull();
    expect(coordinator.measureDraftFromExpiringCertificates.targetGroup).toMatch(
      /^Ansatte i Planavdeling/,
    );
  });
});
