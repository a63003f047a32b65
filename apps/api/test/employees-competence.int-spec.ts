import { computeRealkompetanse, createRandom, type AssessmentSource } from '@kp/domain';
import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';
import {
  addAssessments,
  AssessmentSeed,
  auditEntries,
  daysFrom,
  demoUnit,
  makeCompetence,
  makeEmployee,
  makeEmployees,
  todayInNorway,
  uniqueToken,
  UnitRef,
} from './support/factories';

const PROFILE = `query ($id: ID!) {
  employee(id: $id) {
    competences {
      competenceId level source formalLevel informalLevel leaderLevel selfDeclaredLevel
      selfDeclaredConfirmed expiresOn levelValidUntil
      sources { source level countingLevel reason }
      competence { name }
    }
    qualifications { id title obtainedOn expiresOn competences { level competence { name } } }
    assessments { id level source evidence assessedOn validUntil confirmedAt assessedByName competence { name } }
  }
}`;
const ADD_QUALIFICATION = `mutation ($input: AddQualificationInput!) {
  addQualification(input: $input) {
    id kind title issuer obtainedOn expiresOn competences { level competence { name } }
  }
}`;
const RECORD = `mutation ($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) { id level source evidence assessedOn validUntil assessedByName confirmedAt }
}`;
const CONFIRM = `mutation ($id: ID!) { confirmAssessment(id: $id) { id source confirmedAt confirmedByName } }`;
const FILTERED = `query ($filter: EmployeeFilter) { employees(filter: $filter, first: 500) { edges { node { id } } } }`;

interface Status {
  competenceId: string;
  level: number | null;
  source: string | null;
  formalLevel: number | null;
  informalLevel: number | null;
  leaderLevel: number | null;
  selfDeclaredLevel: number | null;
  selfDeclaredConfirmed: boolean;
  expiresOn: string | null;
  sources: Array<{
    source: string;
    level: number;
    countingLevel: number | null;
    reason: string | null;
  }>;
}
interface Profile {
  competences: Status[];
  qualifications: Array<{ id: string; title: string; expiresOn: string | null }>;
  assessments: Array<{
    id: string;
    level: number;
    source: string;
    assessedOn: string;
    confirmedAt: string | null;
  }>;
}

async function profile(employeeId: string, user: string = DEMO.hrGjovik): Promise<Profile> {
  const data = await gqlOk<{ employee: Profile }>(PROFILE, { id: employeeId }, await as(user));
  return data.employee;
}

async function statusOf(employeeId: string, competenceId: string): Promise<Status | undefined> {
  return (await profile(employeeId)).competences.find((s) => s.competenceId === competenceId);
}

async function holders(filter: Record<string, unknown>): Promise<string[]> {
  const data = await gqlOk<{ employees: { edges: Array<{ node: { id: string } }> } }>(
    FILTERED,
    { filter },
    await as(DEMO.hrGjovik),
  );
  return data.employees.edges.map((edge) => edge.node.id);
}

async function record(user: string, input: Record<string, unknown>) {
  const data = await gqlOk<{ recordAssessment: { id: string; confirmedAt: string | null } }>(
    RECORD,
    { input },
    await as(user),
  );
  return data.recordAssessment;
}

let north: UnitRef;
let lena: UnitRef;
const today = todayInNorway();

beforeAll(async () => {
  north = await demoUnit('Hjemmetjenesten Gjøvik nord');
  lena = await demoUnit('Lena sykehjem', '3442');
});
afterAll(closeDb);

describe('addQualification', () => {
  it('writes the qualification and a FORMAL level per competence, expiring with the shortest validity', async () => {
    const employee = await makeEmployee(north);
    const longValid = await makeCompetence({ name: `A ${uniqueToken()}`, validityMonths: 24 });
    const shortValid = await makeCompetence({ name: `B ${uniqueToken()}`, validityMonths: 1 });
    const noValidity = await makeCompetence({ name: `C ${uniqueToken()}` });
    const { addQualification } = await gqlOk<{
      addQualification: { id: string; expiresOn: string; competences: unknown[] };
    }>(
      ADD_QUALIFICATION,
      {
        input: {
          employeeId: employee.id,
          kind: 'EDUCATION',
          title: 'Videreutdanning i eldreomsorg',
          issuer: 'NTNU Gjøvik',
          obtainedOn: '2024-01-31',
          competences: [
            { competenceId: noValidity.id, level: 4 },
            { competenceId: longValid.id, level: 3 },
            { competenceId: shortValid.id, level: 2 },
          ],
        },
      },
      await as(DEMO.hrGjovik),
    );
    // one month after 31 January 2024 is the last day of February (a leap year)
    expect(addQualification).toMatchObject({
      kind: 'EDUCATION',
      issuer: 'NTNU Gjøvik',
      obtainedOn: '2024-01-31',
      expiresOn: '2024-02-29',
      competences: [
        { level: 3, competence: { name: longValid.name } },
        { level: 2, competence: { name: shortValid.name } },
        { level: 4, competence: { name: noValidity.name } },
      ],
    });
    const { rows } = await db().query(
      `SELECT competence_id, level, source, evidence, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on,
              to_char(valid_until, 'YYYY-MM-DD') AS valid_until
         FROM assessment WHERE qualification_id = $1 ORDER BY level`,
      [addQualification.id],
    );
    expect(rows).toEqual(
      [
        [shortValid.id, 2],
        [longValid.id, 3],
        [noValidity.id, 4],
      ].map(([competenceId, level]) => ({
        competence_id: competenceId,
        level,
        source: 'FORMAL',
        evidence: 'Videreutdanning i eldreomsorg',
        assessed_on: '2024-01-31',
        valid_until: '2024-02-29',
      })),
    );
    const [entry] = await auditEntries('qualification.create', employee.id);
    expect(entry).toMatchObject({ entity_id: addQualification.id, actor_email: DEMO.hrGjovik });
    expect(entry.after).toMatchObject({
      qualification: { title: 'Videreutdanning i eldreomsorg' },
    });
  });

  it('keeps an expiry date that is given, and none when no competence has a validity', async () => {
    const employee = await makeEmployee(north);
    const competence = await makeCompetence({ validityMonths: 12 });
    const plain = await makeCompetence();
    const options = await as(DEMO.hrGjovik);
    const given = await gqlOk<{ addQualification: { expiresOn: string } }>(
      ADD_QUALIFICATION,
      {
        input: {
          employeeId: employee.id,
          kind: 'CERTIFICATE',
          title: 'HLR',
          obtainedOn: '2025-05-10',
          expiresOn: '2025-12-31',
          competences: [{ competenceId: competence.id, level: 3 }],
        },
      },
      options,
    );
    expect(given.addQualification.expiresOn).toBe('2025-12-31');
    const none = await gqlOk<{ addQualification: { expiresOn: string | null } }>(
      ADD_QUALIFICATION,
      {
        input: {
          employeeId: employee.id,
          kind: 'COURSE',
          title: 'Kurs',
          obtainedOn: '2025-05-10',
          competences: [{ competenceId: plain.id, level: 1 }],
        },
      },
      options,
    );
    expect(none.addQualification.expiresOn).toBeNull();
  });

  it('refuses what does not fit the catalogue or the calendar, all at once, and writes nothing', async () => {
    const employee = await makeEmployee(north);
    const scale = await makeCompetence({ levels: [0, 1, 2] });
    const inactive = await makeCompetence({ active: false });
    const result = await gql(
      ADD_QUALIFICATION,
      {
        input: {
          employeeId: employee.id,
          kind: 'CERTIFICATE',
          title: 'Sertifikat',
          obtainedOn: daysFrom(today, 1),
          expiresOn: today,
          competences: [
            { competenceId: scale.id, level: 3 },
            { competenceId: '00000000-0000-4000-8000-000000000000', level: 1 },
            { competenceId: inactive.id, level: 1 },
          ],
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'obtainedOn', code: 'IN_FUTURE', message: 'Dato oppnådd kan ikke være i fremtiden' },
      {
        field: 'expiresOn',
        code: 'BEFORE_OBTAINED',
        message: 'Utløpsdato kan ikke være før datoen den ble oppnådd',
      },
      {
        field: 'competences.0.level',
        code: 'LEVEL_NOT_ON_SCALE',
        message: `Nivå 3 finnes ikke på skalaen for «${scale.name}» (0–2)`,
      },
      {
        field: 'competences.1.competenceId',
        code: 'UNKNOWN_COMPETENCE',
        message: 'Kompetansen finnes ikke',
      },
      {
        field: 'competences.2.competenceId',
        code: 'INACTIVE_COMPETENCE',
        message: `Kompetansen «${inactive.name}» er ikke lenger i bruk`,
      },
    ]);
    expect(await count('SELECT 1 FROM qualification WHERE employee_id = $1', [employee.id])).toBe(
      0,
    );
    expect(await count('SELECT 1 FROM assessment WHERE employee_id = $1', [employee.id])).toBe(0);
  });

  it('refuses a competence named twice and a malformed date', async () => {
    const employee = await makeEmployee(north);
    const competence = await makeCompetence();
    const twice = await gql(
      ADD_QUALIFICATION,
      {
        input: {
          employeeId: employee.id,
          kind: 'COURSE',
          title: 'Kurs',
          obtainedOn: '2025-01-01',
          competences: [
            { competenceId: competence.id, level: 1 },
            { competenceId: competence.id, level: 2 },
          ],
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(twice.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'competences',
        code: 'DUPLICATE_COMPETENCE',
        message: 'Samme kompetanse er oppgitt flere ganger',
      },
    ]);
    const badDate = await gql(
      ADD_QUALIFICATION,
      {
        input: {
          employeeId: employee.id,
          kind: 'COURSE',
          title: 'Kurs',
          obtainedOn: '01.02.2025',
          competences: [],
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(badDate.errors?.[0].extensions?.fields).toEqual([
      { field: 'obtainedOn', code: 'INVALID_DATE', message: 'Dato oppnådd er ikke en gyldig dato' },
    ]);
    expect(await count('SELECT 1 FROM qualification WHERE employee_id = $1', [employee.id])).toBe(
      0,
    );
  });

  it('answers NOT_FOUND outside HR’s municipality and FORBIDDEN to unit leaders', async () => {
    const outside = await makeEmployee(lena);
    const inside = await makeEmployee(north);
    const competence = await makeCompetence();
    const input = (employeeId: string) => ({
      employeeId,
      kind: 'COURSE',
      title: 'Kurs',
      obtainedOn: '2025-01-01',
      competences: [{ competenceId: competence.id, level: 1 }],
    });
    const notFound = await gql(
      ADD_QUALIFICATION,
      { input: input(outside.id) },
      await as(DEMO.hrGjovik),
    );
    expect(notFound.errors?.[0]).toMatchObject({
      message: 'Fant ikke den ansatte',
      extensions: { code: 'NOT_FOUND' },
    });
    const forbidden = await gql(
      ADD_QUALIFICATION,
      { input: input(inside.id) },
      await as(DEMO.leaderHomeCareGjovik),
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      await count('SELECT 1 FROM qualification WHERE employee_id = ANY($1::uuid[])', [
        [outside.id, inside.id],
      ]),
    ).toBe(0);
  });
});

describe('realkompetanse', () => {
  it('shows an unconfirmed self-declaration without counting it, and counts it once a leader confirms', async () => {
    const employee = await makeEmployee(north);
    const competence = await makeCompetence();
    const declared = await record(DEMO.leaderHomeCareGjovik, {
      employeeId: employee.id,
      competenceId: competence.id,
      level: 3,
      source: 'SELF_DECLARED',
      evidence: 'Egenerklæring 2026',
    });
    expect(declared.confirmedAt).toBeNull();
    expect(await statusOf(employee.id, competence.id)).toMatchObject({
      level: null,
      source: null,
      selfDeclaredLevel: 3,
      selfDeclaredConfirmed: false,
      sources: [{ source: 'SELF_DECLARED', level: 3, countingLevel: null, reason: 'UNCONFIRMED' }],
    });
    const filter = { search: employee.familyName, competenceId: competence.id, minLevel: 3 };
    expect(await holders(filter)).toEqual([]);

    const { confirmAssessment } = await gqlOk<{
      confirmAssessment: { confirmedAt: string; confirmedByName: string; source: string };
    }>(CONFIRM, { id: declared.id }, await as(DEMO.leaderHomeCareGjovik));
    expect(confirmAssessment.source).toBe('SELF_DECLARED');
    expect(Date.parse(confirmAssessment.confirmedAt)).not.toBeNaN();
    const { rows } = await db().query(
      `SELECT u.email FROM assessment a JOIN app_user u ON u.id = a.confirmed_by WHERE a.id = $1`,
      [declared.id],
    );
    expect(rows).toEqual([{ email: DEMO.leaderHomeCareGjovik }]);

    expect(await statusOf(employee.id, competence.id)).toMatchObject({
      level: 3,
      source: 'SELF_DECLARED',
      selfDeclaredLevel: 3,
      selfDeclaredConfirmed: true,
    });
    expect(await holders(filter)).toEqual([employee.id]);

    const [entry] = await auditEntries('assessment.confirm', employee.id);
    expect(entry.before).toMatchObject({ id: declared.id, confirmedAt: null });
    expect(entry.after).toMatchObject({ id: declared.id, confirmedAt: expect.any(String) });
  });

  it('does not count an expired certificate, and counts a valid one', async () => {
    const employee = await makeEmployee(north);
    const hlr = await makeCompetence({ name: `HLR ${uniqueToken()}`, validityMonths: 12 });
    const filter = { search: employee.familyName, competenceId: hlr.id, minLevel: 1 };
    const options = await as(DEMO.hrGjovik);
    const expired = await gqlOk<{ addQualification: { expiresOn: string } }>(
      ADD_QUALIFICATION,
      {
        input: {
          employeeId: employee.id,
          kind: 'CERTIFICATE',
          title: 'HLR-kurs',
          obtainedOn: daysFrom(today, -400),
          competences: [{ competenceId: hlr.id, level: 3 }],
        },
      },
      options,
    );
    expect(expired.addQualification.expiresOn < today).toBe(true);
    expect(await statusOf(employee.id, hlr.id)).toMatchObject({
      level: null,
      formalLevel: null,
      sources: [{ source: 'FORMAL', level: 3, countingLevel: null, reason: 'EXPIRED' }],
    });
    expect(await holders(filter)).toEqual([]);

    const renewed = await gqlOk<{ addQualification: { expiresOn: string } }>(
      ADD_QUALIFICATION,
      {
        input: {
          employeeId: employee.id,
          kind: 'CERTIFICATE',
          title: 'HLR-kurs',
          obtainedOn: daysFrom(today, -10),
          competences: [{ competenceId: hlr.id, level: 3 }],
        },
      },
      options,
    );
    expect(await statusOf(employee.id, hlr.id)).toMatchObject({
      level: 3,
      source: 'FORMAL',
      formalLevel: 3,
      expiresOn: renewed.addQualification.expiresOn,
    });
    expect(await holders(filter)).toEqual([employee.id]);
  });

  it('lets the newest informal assessment replace older ones, and the best source give the level', async () => {
    const employee = await makeEmployee(north);
    const competence = await makeCompetence();
    const base = { employeeId: employee.id, competenceId: competence.id };
    await record(DEMO.leaderHomeCareGjovik, {
      ...base,
      level: 4,
      source: 'INFORMAL',
      assessedOn: daysFrom(today, -100),
    });
    await record(DEMO.leaderHomeCareGjovik, {
      ...base,
      level: 1,
      source: 'INFORMAL',
      assessedOn: daysFrom(today, -10),
    });
    expect(await statusOf(employee.id, competence.id)).toMatchObject({
      level: 1,
      source: 'INFORMAL',
      informalLevel: 1,
    });

    await record(DEMO.hrGjovik, {
      ...base,
      level: 2,
      source: 'LEADER_ASSESSED',
      validUntil: daysFrom(today, 30),
    });
    expect(await statusOf(employee.id, competence.id)).toMatchObject({
      level: 2,
      source: 'LEADER_ASSESSED',
      leaderLevel: 2,
      informalLevel: 1,
      expiresOn: daysFrom(today, 30),
    });
    expect(
      await holders({ search: employee.familyName, competenceId: competence.id, minLevel: 2 }),
    ).toEqual([employee.id]);
    expect(
      await holders({ search: employee.familyName, competenceId: competence.id, minLevel: 3 }),
    ).toEqual([]);
  });
});

describe('the assessment history', () => {
  it('is kept whole, newest first, with who recorded each entry, and audited', async () => {
    const employee = await makeEmployee(north);
    const competence = await makeCompetence();
    const base = {
      employeeId: employee.id,
      competenceId: competence.id,
      source: 'LEADER_ASSESSED',
    };
    const first = await record(DEMO.leaderHomeCareGjovik, {
      ...base,
      level: 2,
      assessedOn: daysFrom(today, -20),
    });
    const second = await record(DEMO.leaderHomeCareGjovik, {
      ...base,
      level: 3,
      evidence: 'Observert i praksis',
    });

    const { assessments } = await profile(employee.id, DEMO.leaderHomeCareGjovik);
    expect(assessments).toEqual([
      expect.objectContaining({
        id: second.id,
        level: 3,
        assessedOn: today,
        assessedByName: expect.any(String),
      }),
      expect.objectContaining({ id: first.id, level: 2, assessedOn: daysFrom(today, -20) }),
    ]);
    const entries = await auditEntries('assessment.create', employee.id);
    expect(entries.map((entry) => entry.entity_id)).toEqual([first.id, second.id]);
    expect(entries[1].after).toMatchObject({ level: 3, evidence: 'Observert i praksis' });
  });

  it.each([
    ['UPDATE assessment SET level = 0 WHERE id = $1'],
    ['UPDATE assessment SET evidence = $$omskrevet$$ WHERE id = $1'],
    ['DELETE FROM assessment WHERE id = $1'],
  ])('cannot be rewritten in the database: %s', async (sql) => {
    const employee = await makeEmployee(north);
    const competence = await makeCompetence();
    const [id] = await addAssessments([
      {
        employeeId: employee.id,
        competenceId: competence.id,
        level: 2,
        source: 'INFORMAL',
        assessedOn: today,
        evidence: 'original',
      },
    ]);
    await expect(db().query(sql, [id])).rejects.toThrow(/append-only/);
    const { rows } = await db().query('SELECT level, evidence FROM assessment WHERE id = $1', [id]);
    expect(rows).toEqual([{ level: 2, evidence: 'original' }]);
  });

  it.each([
    [
      'a FORMAL level (it comes with a qualification)',
      { source: 'FORMAL' },
      'source',
      'FORMAL_NEEDS_QUALIFICATION',
    ],
    ['a level not on the scale', { level: 5 }, 'level', 'LEVEL_NOT_ON_SCALE'],
    ['a level outside 0–10', { level: 11 }, 'level', 'TOO_LARGE'],
    [
      'an assessment date in the future',
      { assessedOn: daysFrom(today, 1) },
      'assessedOn',
      'IN_FUTURE',
    ],
    [
      'a validity ending before the assessment',
      { assessedOn: today, validUntil: daysFrom(today, -1) },
      'validUntil',
      'BEFORE_ASSESSED',
    ],
    [
      'an unknown competence',
      { competenceId: '00000000-0000-4000-8000-000000000000' },
      'competenceId',
      'UNKNOWN_COMPETENCE',
    ],
  ])('refuses %s and writes nothing', async (_case, change, field, code) => {
    const employee = await makeEmployee(north);
    const competence = await makeCompetence();
    const result = await gql(
      RECORD,
      {
        input: {
          employeeId: employee.id,
          competenceId: competence.id,
          level: 2,
          source: 'INFORMAL',
          ...change,
        },
      },
      await as(DEMO.leaderHomeCareGjovik),
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field, code, message: expect.stringMatching(/\S/) },
    ]);
    expect(await count('SELECT 1 FROM assessment WHERE employee_id = $1', [employee.id])).toBe(0);
  });

  it('confirms only self-declarations, once, and only in scope', async () => {
    const gjovik = await makeEmployee(north);
    const competence = await makeCompetence();
    const [informal, declared] = await Promise.all([
      record(DEMO.hrGjovik, {
        employeeId: gjovik.id,
        competenceId: competence.id,
        level: 2,
        source: 'INFORMAL',
      }),
      record(DEMO.hrGjovik, {
        employeeId: gjovik.id,
        competenceId: competence.id,
        level: 3,
        source: 'SELF_DECLARED',
      }),
    ]);
    const leader = await as(DEMO.leaderHomeCareGjovik);

    const notSelf = await gql(CONFIRM, { id: informal.id }, leader);
    expect(notSelf.errors?.[0].extensions?.fields).toEqual([
      { field: 'id', code: 'NOT_SELF_DECLARED', message: 'Bare egenerklærte nivåer kan bekreftes' },
    ]);

    const outOfScope = await gql(
      CONFIRM,
      { id: declared.id },
      await as(DEMO.leaderNursingHomeOstreToten),
    );
    expect(outOfScope.errors?.[0]).toMatchObject({
      message: 'Fant ikke vurderingen',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(
      await count('SELECT 1 FROM assessment WHERE id = $1 AND confirmed_at IS NULL', [declared.id]),
    ).toBe(1);

    await gqlOk(CONFIRM, { id: declared.id }, leader);
    const again = await gql(CONFIRM, { id: declared.id }, leader);
    expect(again.errors?.[0].extensions?.fields?.[0].code).toBe('ALREADY_CONFIRMED');

    // a malformed id is refused by name before anything is read (docs/input-rules.md)
    const malformed = await gql(CONFIRM, { id: 'nope' }, leader);
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'id' })],
    });
    expect(await auditEntries('assessment.confirm', gjovik.id)).toHaveLength(1);
  });

  it('is closed to an Østre Toten leader for a Gjøvik employee, who gets NOT_FOUND', async () => {
    const gjovik = await makeEmployee(north);
    const competence = await makeCompetence();
    const result = await gql(
      RECORD,
      {
        input: { employeeId: gjovik.id, competenceId: competence.id, level: 1, source: 'INFORMAL' },
      },
      await as(DEMO.leaderNursingHomeOstreToten),
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'Fant ikke den ansatte',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await count('SELECT 1 FROM assessment WHERE employee_id = $1', [gjovik.id])).toBe(0);
  });
});

describe('the SQL filter and computeRealkompetanse', () => {
  it('agree on generated histories', async () => {
    const random = createRandom('people-realkompetanse-agreement');
    const token = uniqueToken();
    const employees = await makeEmployees(
      north,
      Array.from({ length: 60 }, (_, index) => ({
        familyName: `${token} ${String(index).padStart(2, '0')}`,
      })),
    );
    const competence = await makeCompetence();
    const sources: AssessmentSource[] = ['FORMAL', 'INFORMAL', 'SELF_DECLARED', 'LEADER_ASSESSED'];
    const seeds: AssessmentSeed[] = [];
    for (const employee of employees) {
      let previous: string | null = null;
      for (let entry = random.int(0, 6); entry > 0; entry -= 1) {
        // mostly the past three years, sometimes the same day as the entry before, now and then
        // a date after today (which must not count yet)
        const assessedOn: string =
          previous && random.chance(0.25)
            ? previous
            : daysFrom(today, random.chance(0.05) ? random.int(1, 30) : -random.int(0, 1100));
        previous = assessedOn;
        const source = random.pick(sources);
        seeds.push({
          employeeId: employee.id,
          competenceId: competence.id,
          level: random.int(0, 4),
          source,
          assessedOn,
          validUntil: random.chance(0.4) ? null : daysFrom(assessedOn, random.int(0, 900)),
          confirmedOn:
            source === 'SELF_DECLARED' && random.chance(0.6)
              ? daysFrom(assessedOn, random.int(0, 400))
              : null,
        });
      }
    }
    await addAssessments(seeds);

    // the domain function on the stored rows, in recorded order, as the test's own reference
    const { rows } = await db().query(
      `SELECT employee_id, competence_id, level, source, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on,
              to_char(valid_until, 'YYYY-MM-DD') AS valid_until,
              to_char(confirmed_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS confirmed_on
         FROM assessment WHERE competence_id = $1 ORDER BY assessed_on, created_at, id`,
      [competence.id],
    );
    const expected = new Map<string, number | null>();
    for (const employee of employees) {
      const history = rows
        .filter((row: { employee_id: string }) => row.employee_id === employee.id)
        .map((row: Record<string, string | number | null>) => ({
          competenceId: competence.id,
          level: row.level as number,
          source: row.source as AssessmentSource,
          assessedAt: row.assessed_on as string,
          validUntil: row.valid_until as string | null,
          confirmedAt: row.confirmed_on as string | null,
        }));
      expected.set(
        employee.id,
        computeRealkompetanse({ assessments: history, qualifications: [] }, today)[0]?.level ??
          null,
      );
    }
    const levels = [...expected.values()];
    // the generated data must exercise the rules, not only the empty case
    expect(new Set(levels).size).toBeGreaterThanOrEqual(4);
    expect(levels.filter((level) => level === null).length).toBeGreaterThan(0);

    // what the API computes per employee (through computeRealkompetanse) …
    const { employees: page } = await gqlOk<{
      employees: {
        edges: Array<{
          node: { id: string; competences: Array<{ competenceId: string; level: number | null }> };
        }>;
      };
    }>(
      `query ($filter: EmployeeFilter) {
        employees(filter: $filter, first: 500) { edges { node { id competences { competenceId level } } } }
      }`,
      { filter: { search: token } },
      await as(DEMO.hrGjovik),
    );
    const served = new Map(
      page.edges.map(({ node }) => [
        node.id,
        node.competences.find((status) => status.competenceId === competence.id)?.level ?? null,
      ]),
    );
    expect(served).toEqual(expected);

    // … and what the SQL mirror filters on
    const sorted = (ids: string[]) => [...ids].sort();
    for (const minLevel of [0, 1, 2, 3, 4]) {
      const wanted = employees
        .filter((e) => (expected.get(e.id) ?? -1) >= minLevel)
        .map((e) => e.id);
      expect(
        sorted(await holders({ search: token, competenceId: competence.id, minLevel })),
      ).toEqual(sorted(wanted));
    }
    const anyLevel = employees.filter((e) => expected.get(e.id) !== null).map((e) => e.id);
    expect(sorted(await holders({ search: token, competenceId: competence.id }))).toEqual(
      sorted(anyLevel),
    );
  });
});
