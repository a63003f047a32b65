import { addDays } from '@kp/domain';
import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';
import {
  demoUnit,
  makeCompetence,
  makeEmployee,
  makeEmployees,
  makeUnit,
  municipalityId,
  todayInNorway,
  type CompetenceRef,
  type UnitRef,
} from './support/factories';
import { addParticipant, addWish, makeMeasure } from './support/measure-factories';
import { userWithDemoPassword } from './support/users';

/**
 * Participation over real HTTP (docs/participation.md): sign-up within places and shares, all
 * or nothing, held to the caller's scope; proposals from appraisals; completion documenting
 * competence once; "expected" in the gap figures; counts without names.
 */

const SIGN_UP = `mutation ($input: SignUpParticipantsInput!) {
  signUpParticipants(input: $input) { id employeeId fullName status developmentItemId version }
}`;
const OUTCOMES = `mutation ($input: RecordParticipantOutcomesInput!) {
  recordParticipantOutcomes(input: $input) {
    completed notCompleted unchanged assessmentsAdded qualificationsAdded
    participants { id status outcomeOn }
  }
}`;
const WITHDRAW = `mutation ($input: WithdrawParticipantInput!) {
  withdrawParticipant(input: $input) { id status version }
}`;
const SIGN_UPS = `query ($id: ID!) {
  measureSignUps(measureId: $id) {
    places taken free
    municipalities { municipalityName share free signedUp { value rounded } completed { value rounded } }
  }
}`;
const GAPS = `query ($filter: GapFilter) {
  gapAnalysis(filter: $filter, breakdown: REQUIREMENT) {
    requirementGaps { requirementId horizon holdersHeadcount { value } expected { value } gap { value } }
  }
}`;

interface Participant {
  id: string;
  employeeId: string;
  fullName: string;
  status: string;
  developmentItemId: string | null;
  version: number;
}

let gjovik: string;
let ostreToten: string;
let homeCare: UnitRef;
let lena: UnitRef;
let hrOstreToten: string;
let competence: CompetenceRef;
const today = todayInNorway();

beforeAll(async () => {
  gjovik = await municipalityId('3407');
  ostreToten = await municipalityId('3442');
  homeCare = await demoUnit('Hjemmetjenesten Gjøvik');
  lena = await demoUnit('Lena sykehjem', '3442');
  hrOstreToten = await userWithDemoPassword('hr-ostre-toten', 'MUNICIPALITY_HR', [ostreToten]);
  competence = await makeCompetence({ validityMonths: 24 });
});
afterAll(closeDb);

function regional(places: number, shares: Record<string, number>, extra = {}) {
  return makeMeasure({
    municipalityId: null,
    places,
    startsOn: addDays(today, -30),
    endsOn: addDays(today, 60),
    shares: Object.entries(shares).map(([municipalityId, n]) => ({ municipalityId, places: n })),
    targets: [{ competenceId: competence.id, level: 3 }],
    ...extra,
  });
}

async function participantsOf(measureId: string): Promise<number> {
  return count(`SELECT 1 FROM measure_participant WHERE measure_id = $1`, [measureId]);
}

async function signUp(user: string, measureId: string, employeeIds: string[], items?: string[]) {
  return gql<{ signUpParticipants: Participant[] }>(
    SIGN_UP,
    { input: { measureId, employeeIds, developmentItemIds: items } },
    await as(user),
  );
}

function fieldsOf(result: { errors?: Array<{ extensions?: { fields?: unknown } }> }) {
  return (result.errors?.[0]?.extensions?.fields ?? []) as Array<{
    field: string;
    code: string;
    message: string;
  }>;
}

describe('signing up', () => {
  it('signs up the municipality’s people within its share, and refuses more than the share naming the limit', async () => {
    const measure = await regional(10, { [gjovik]: 2, [ostreToten]: 3 });
    const people = await makeEmployees(homeCare, [{}, {}, {}]);
    const over = await signUp(
      DEMO.hrGjovik,
      measure.id,
      people.map((p) => p.id),
    );
    expect(fieldsOf(over)).toEqual([
      {
        field: 'employeeIds',
        code: 'SHARE_EXCEEDED',
        message: 'Gjøvik har 2 plasser i tiltaket og 0 er tatt: du kan melde på 2 til, ikke 3',
      },
    ]);
    expect(await participantsOf(measure.id)).toBe(0);

    const ok = await signUp(DEMO.hrGjovik, measure.id, [people[0].id, people[1].id]);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.signUpParticipants.map((p) => p.status)).toEqual(['SIGNED_UP', 'SIGNED_UP']);
    // the share is used up; Østre Toten's is untouched
    const more = await signUp(DEMO.hrGjovik, measure.id, [people[2].id]);
    expect(fieldsOf(more)[0].code).toBe('SHARE_EXCEEDED');
    const theirs = await makeEmployee(lena);
    expect((await signUp(hrOstreToten, measure.id, [theirs.id])).errors).toBeUndefined();
  });

  it('refuses over-booking of a local measure, nothing written', async () => {
    const measure = await makeMeasure({
      municipalityId: gjovik,
      places: 2,
      targets: [{ competenceId: competence.id, level: 2 }],
    });
    const people = await makeEmployees(homeCare, [{}, {}, {}]);
    const result = await signUp(
      DEMO.hrGjovik,
      measure.id,
      people.map((p) => p.id),
    );
    expect(fieldsOf(result)).toEqual([
      {
        field: 'employeeIds',
        code: 'TOO_MANY_PARTICIPANTS',
        message: 'Tiltaket har 2 plasser og 0 er tatt: du kan melde på 2 til, ikke 3',
      },
    ]);
    expect(await participantsOf(measure.id)).toBe(0);
  });

  it('names every bad row at once: outside scope, inactive, twice in the list; nothing written', async () => {
    const measure = await regional(10, { [gjovik]: 5, [ostreToten]: 5 });
    const [good, inactive] = await makeEmployees(homeCare, [{}, { active: false }]);
    const outside = await makeEmployee(lena);
    const result = await signUp(DEMO.hrGjovik, measure.id, [
      good.id,
      outside.id,
      inactive.id,
      good.id,
    ]);
    expect(fieldsOf(result)).toEqual([
      {
        field: 'employeeIds.1',
        code: 'UNKNOWN_EMPLOYEE',
        message: 'Fant ikke den ansatte på rad 2 blant dem du kan melde på',
      },
      {
        field: 'employeeIds.2',
        code: 'INACTIVE_EMPLOYEE',
        message: `${inactive.givenName} ${inactive.familyName} (rad 3) er ikke aktiv ansatt og kan ikke meldes på`,
      },
      {
        field: 'employeeIds.3',
        code: 'DUPLICATE',
        message: `${good.givenName} ${good.familyName} (rad 4) står flere ganger i listen`,
      },
    ]);
    expect(await participantsOf(measure.id)).toBe(0);
    // the attempt on someone outside the scope is in the audit log
    expect(
      await count(
        `SELECT 1 FROM audit_log WHERE action = 'access.out_of_scope' AND employee_id = $1`,
        [outside.id],
      ),
    ).toBe(1);
  });

  it('lets a unit leader sign up their own units’ people only', async () => {
    const measure = await regional(10, { [gjovik]: 5 });
    const own = await makeEmployee(homeCare);
    const elsewhere = await makeEmployee({
      ...homeCare,
      id: await makeUnit(homeCare.municipalityId),
    });
    const refused = await signUp(DEMO.leaderHomeCareGjovik, measure.id, [own.id, elsewhere.id]);
    expect(fieldsOf(refused).map((f) => [f.field, f.code])).toEqual([
      ['employeeIds.1', 'UNKNOWN_EMPLOYEE'],
    ]);
    expect((await signUp(DEMO.leaderHomeCareGjovik, measure.id, [own.id])).errors).toBeUndefined();
  });

  it.each(['CANCELLED', 'COMPLETED'] as const)(
    'refuses sign-up to a %s measure',
    async (status) => {
      const measure = await regional(10, { [gjovik]: 5 }, { status });
      const person = await makeEmployee(homeCare);
      const result = await signUp(DEMO.hrGjovik, measure.id, [person.id]);
      expect(fieldsOf(result)).toEqual([
        expect.objectContaining({ field: 'measureId', code: `MEASURE_${status}` }),
      ]);
      expect(await participantsOf(measure.id)).toBe(0);
    },
  );

  it('serves two HR users racing for the last places one after the other', async () => {
    const measure = await regional(3, { [gjovik]: 2, [ostreToten]: 2 });
    const ours = await makeEmployees(homeCare, [{}, {}]);
    const theirs = await makeEmployees(lena, [{}, {}]);
    const [a, b] = await Promise.all([
      signUp(
        DEMO.hrGjovik,
        measure.id,
        ours.map((p) => p.id),
      ),
      signUp(
        hrOstreToten,
        measure.id,
        theirs.map((p) => p.id),
      ),
    ]);
    const failed = [a, b].filter((r) => r.errors);
    expect(failed).toHaveLength(1);
    expect(fieldsOf(failed[0])[0]).toEqual(
      expect.objectContaining({
        code: 'TOO_MANY_PARTICIPANTS',
        message: 'Tiltaket har 3 plasser og 2 er tatt: du kan melde på 1 til, ikke 2',
      }),
    );
    expect(await participantsOf(measure.id)).toBe(2);
  });

  it('withdraws at the version read, frees the place and reopens the wish', async () => {
    const measure = await regional(1, { [gjovik]: 1 });
    const person = await makeEmployee(homeCare);
    const wish = await addWish(person.id, competence.id, 2);
    const [signed] = (await signUp(DEMO.hrGjovik, measure.id, [person.id])).data!
      .signUpParticipants;
    expect(signed.developmentItemId).toBe(wish);
    const stale = await gql(
      WITHDRAW,
      { input: { participantId: signed.id, version: signed.version + 1 } },
      await as(DEMO.hrGjovik),
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { withdrawParticipant } = await gqlOk<{
      withdrawParticipant: { status: string; version: number };
    }>(
      WITHDRAW,
      { input: { participantId: signed.id, version: signed.version } },
      await as(DEMO.hrGjovik),
    );
    expect(withdrawParticipant.status).toBe('WITHDRAWN');
    expect(
      await count(`SELECT 1 FROM development_item WHERE id = $1 AND status = 'OPEN'`, [wish]),
    ).toBe(1);
    // the place is free again: someone else may take it
    const other = await makeEmployee(homeCare);
    expect((await signUp(DEMO.hrGjovik, measure.id, [other.id])).errors).toBeUndefined();
  });
});

describe('proposals from appraisals', () => {
  it('proposes people with an open wish the measure reaches, and sign-up closes the loop', async () => {
    const own = await makeCompetence();
    const measure = await regional(
      5,
      { [gjovik]: 5 },
      {
        targets: [{ competenceId: own.id, level: 3 }],
      },
    );
    const [wishing, tooHigh] = await makeEmployees(homeCare, [{}, {}]);
    const wish = await addWish(wishing.id, own.id, 2);
    await addWish(tooHigh.id, own.id, 4); // the measure gives level 3
    const { proposedParticipants } = await gqlOk<{
      proposedParticipants: Array<{
        employeeId: string;
        reason: string;
        developmentItemId: string;
      }>;
    }>(
      `query ($id: ID!) { proposedParticipants(measureId: $id) { employeeId reason developmentItemId } }`,
      { id: measure.id },
      await as(DEMO.hrGjovik),
    );
    expect(proposedParticipants).toEqual([
      { employeeId: wishing.id, reason: 'DEVELOPMENT_WISH', developmentItemId: wish },
    ]);
    await signUp(DEMO.hrGjovik, measure.id, [wishing.id], [wish]);
    expect(
      await count(`SELECT 1 FROM development_item WHERE id = $1 AND status = 'IN_PROGRESS'`, [
        wish,
      ]),
    ).toBe(1);
  });
});

describe('completion', () => {
  it('documents the competence once, moves the gap at once, and records who did not complete', async () => {
    const unit = await makeUnit(gjovik);
    const place = { ...homeCare, id: unit };
    const [done, notDone] = await makeEmployees(place, [{}, {}]);
    const target = await makeCompetence({ validityMonths: 12 });
    const { rows } = await db().query(
      `INSERT INTO requirement (region_id, municipality_id, unit_id, competence_id, min_level,
         required, measure, horizon, priority, rationale_kind)
       SELECT region_id, municipality_id, id, $2, 2, 2, 'HEADCOUNT', 'NOW', 'IMPORTANT', 'LOCAL_GOAL'
       FROM unit WHERE id = $1 RETURNING id`,
      [unit, target.id],
    );
    const requirementId: string = rows[0].id;
    const measure = await makeMeasure({
      municipalityId: gjovik,
      title: 'HLR-kurs for hjemmetjenesten',
      providerName: 'Sykehuset Innlandet',
      awardsCertificate: true,
      status: 'RUNNING',
      startsOn: addDays(today, -10),
      endsOn: addDays(today, 100),
      targets: [{ competenceId: target.id, level: 3, requirementId }],
    });
    const gap = async (horizon: string) => {
      const { gapAnalysis } = await gqlOk<{
        gapAnalysis: {
          requirementGaps: Array<{
            requirementId: string;
            horizon: string;
            holdersHeadcount: { value: number };
            expected: { value: number };
            gap: { value: number };
          }>;
        };
      }>(GAPS, { filter: { unitId: unit } }, await as(DEMO.hrGjovik));
      const row = gapAnalysis.requirementGaps.find(
        (r) => r.requirementId === requirementId && r.horizon === horizon,
      )!;
      return {
        holders: row.holdersHeadcount.value,
        expected: row.expected.value,
        gap: row.gap.value,
      };
    };
    expect(await gap('ONE_YEAR')).toEqual({ holders: 0, expected: 0, gap: 2 });

    const signed = (await signUp(DEMO.hrGjovik, measure.id, [done.id, notDone.id])).data!
      .signUpParticipants;
    // expected appears in the 1-year figures (the measure ends within the year), not today's
    expect(await gap('ONE_YEAR')).toEqual({ holders: 0, expected: 2, gap: 2 });
    expect(await gap('NOW')).toEqual({ holders: 0, expected: 0, gap: 2 });
    // and by name for HR, who may see the people behind the figure
    const { gapHolders } = await gqlOk<{
      gapHolders: {
        holders: Array<{ employeeId: string }>;
        expected: Array<{ employeeId: string; level: number }>;
      };
    }>(
      `query ($id: ID!) { gapHolders(requirementId: $id, horizon: ONE_YEAR) {
        holders { employeeId } expected { employeeId level } } }`,
      { id: requirementId },
      await as(DEMO.hrGjovik),
    );
    expect(gapHolders.holders).toEqual([]);
    expect(gapHolders.expected.map((e) => e.employeeId).sort()).toEqual(
      [done.id, notDone.id].sort(),
    );
    expect(gapHolders.expected.map((e) => e.level)).toEqual([3, 3]);

    const byEmployee = new Map(signed.map((p) => [p.employeeId, p.id]));
    const input = {
      measureId: measure.id,
      completedOn: today,
      outcomes: [
        { participantId: byEmployee.get(done.id), completed: true },
        { participantId: byEmployee.get(notDone.id), completed: false },
      ],
    };
    const { recordParticipantOutcomes: first } = await gqlOk<{
      recordParticipantOutcomes: Record<string, number>;
    }>(OUTCOMES, { input }, await as(DEMO.hrGjovik));
    expect(first).toEqual(
      expect.objectContaining({
        completed: 1,
        notCompleted: 1,
        unchanged: 0,
        assessmentsAdded: 1,
        qualificationsAdded: 1,
      }),
    );
    // a certificate from the measure: title, issuer, expiry from the competence's validity
    const { rows: qualifications } = await db().query(
      `SELECT q.kind, q.title, q.issuer, to_char(q.expires_on, 'YYYY-MM-DD') AS expires,
              q.source_ref, a.source, a.level, to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until
       FROM qualification q JOIN assessment a ON a.qualification_id = q.id
       WHERE q.employee_id = $1`,
      [done.id],
    );
    const expires = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    expect(qualifications).toEqual([
      {
        kind: 'CERTIFICATE',
        title: 'HLR-kurs for hjemmetjenesten',
        issuer: 'Sykehuset Innlandet',
        expires: expect.stringMatching(expires.slice(0, 7)),
        source_ref: `tiltak:${measure.id}`,
        source: 'FORMAL',
        level: 3,
        valid_until: expect.stringMatching(expires.slice(0, 7)),
      },
    ]);
    // the gap moved at once: one holder now, nobody expected any more
    expect(await gap('NOW')).toEqual({ holders: 1, expected: 0, gap: 1 });
    expect(await gap('ONE_YEAR')).toEqual({ holders: 1, expected: 0, gap: 1 });

    // completing twice changes nothing
    const { recordParticipantOutcomes: again } = await gqlOk<{
      recordParticipantOutcomes: Record<string, number>;
    }>(OUTCOMES, { input }, await as(DEMO.hrGjovik));
    expect(again).toEqual(
      expect.objectContaining({ completed: 0, notCompleted: 0, unchanged: 2, assessmentsAdded: 0 }),
    );
    expect(await count(`SELECT 1 FROM qualification WHERE employee_id = $1`, [done.id])).toBe(1);
    expect(
      await count(`SELECT 1 FROM measure_participant WHERE id = $1 AND status = 'NOT_COMPLETED'`, [
        byEmployee.get(notDone.id),
      ]),
    ).toBe(1);
  });

  it('documents informal competence for a measure without a certificate', async () => {
    const measure = await regional(5, { [gjovik]: 5 }, { title: 'Fagdag demens' });
    const person = await makeEmployee(homeCare);
    const participantId = await addParticipant(measure.id, person.id);
    await gqlOk(
      OUTCOMES,
      {
        input: {
          measureId: measure.id,
          completedOn: today,
          outcomes: [{ participantId, completed: true }],
        },
      },
      await as(DEMO.hrGjovik),
    );
    const { rows } = await db().query(
      `SELECT source, level, evidence FROM assessment WHERE employee_id = $1`,
      [person.id],
    );
    expect(rows).toEqual([
      { source: 'INFORMAL', level: 3, evidence: 'Fullført tiltak: Fagdag demens' },
    ]);
  });

  it('refuses to complete a cancelled measure, and people outside scope or in the future; nothing written', async () => {
    const cancelled = await regional(5, { [gjovik]: 5 }, { status: 'CANCELLED' });
    const person = await makeEmployee(homeCare);
    const participantId = await addParticipant(cancelled.id, person.id);
    const result = await gql(
      OUTCOMES,
      {
        input: {
          measureId: cancelled.id,
          completedOn: today,
          outcomes: [{ participantId, completed: true }],
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(fieldsOf(result)).toEqual([
      expect.objectContaining({ field: 'measureId', code: 'MEASURE_CANCELLED' }),
    ]);

    const running = await regional(5, { [gjovik]: 5, [ostreToten]: 5 });
    const mine = await addParticipant(running.id, person.id);
    const theirs = await addParticipant(running.id, (await makeEmployee(lena)).id);
    const bad = await gql(
      OUTCOMES,
      {
        input: {
          measureId: running.id,
          completedOn: addDays(today, 1),
          outcomes: [
            { participantId: mine, completed: true },
            { participantId: theirs, completed: true },
          ],
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(fieldsOf(bad).map((f) => [f.field, f.code])).toEqual([
      ['completedOn', 'IN_FUTURE'],
      ['outcomes.1.participantId', 'UNKNOWN_PARTICIPANT'],
    ]);
    expect(await count(`SELECT 1 FROM assessment WHERE employee_id = $1`, [person.id])).toBe(0);
  });
});

describe('counts per municipality', () => {
  it('are exact for the coordinator and rounded to multiples of k for a board member', async () => {
    const measure = await regional(20, { [gjovik]: 10, [ostreToten]: 10 });
    for (const person of await makeEmployees(homeCare, [{}, {}, {}])) {
      await addParticipant(measure.id, person.id);
    }
    const exact = await gqlOk<{
      measureSignUps: {
        taken: number | null;
        municipalities: Array<{
          municipalityName: string;
          share: number;
          free: number | null;
          signedUp: { value: number; rounded: boolean };
        }>;
      };
    }>(SIGN_UPS, { id: measure.id }, await as(DEMO.coordinator));
    expect(exact.measureSignUps.taken).toBe(3);
    expect(exact.measureSignUps.municipalities).toEqual([
      expect.objectContaining({
        municipalityName: 'Gjøvik',
        share: 10,
        free: 7,
        signedUp: { value: 3, rounded: false },
      }),
      expect.objectContaining({
        municipalityName: 'Østre Toten',
        share: 10,
        free: 10,
        signedUp: { value: 0, rounded: false },
      }),
    ]);
    const board = await gqlOk<typeof exact>(SIGN_UPS, { id: measure.id }, await as(DEMO.board));
    expect(board.measureSignUps.taken).toBeNull();
    const gjovikRow = board.measureSignUps.municipalities[0];
    expect(gjovikRow.signedUp.rounded).toBe(true);
    expect([0, 5]).toContain(gjovikRow.signedUp.value);
    expect(gjovikRow.free).toBeNull();
  });
});
