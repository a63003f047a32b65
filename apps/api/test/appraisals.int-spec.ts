import { as, DEMO, gql, gqlOk } from './support/api-client';
import { currentCycleForUnit, makeCompetence, makeEmployee } from './support/appraisal-factories';
import { closeDb, count, db } from './support/database';

const APPRAISAL_FIELDS = `id status version completedAt completedByName updatedByName
  cycle { id name }
  employee { id fullName }
  content {
    heldOn hrRegistrationsChecked hrRegistrationsComment potentialUsed potentialNeeds
    teachingTopicIds teachingConsent preferredWays careerPlan careerTargetRole
    selfDeclarations { competenceId level leaderConfirms competence { name } }
    leaderAssessments { competenceId level }
    developmentWishes { competenceId targetLevel }
    agreedActions { description dueOn competenceId }
  }`;

const DRAFT = `query ($employeeId: ID!) {
  appraisalDraft(employeeId: $employeeId) {
    employeeId cycle { id name status }
    appraisal { id version }
    content {
      selfDeclarations { competenceId level leaderConfirms }
      leaderAssessments { competenceId level }
      teachingTopicIds
    }
    previous { id }
  }
}`;
const SAVE = `mutation ($input: SaveAppraisalDraftInput!) {
  saveAppraisalDraft(input: $input) { ${APPRAISAL_FIELDS} }
}`;
const COMPLETE = `mutation ($input: CompleteAppraisalInput!) {
  completeAppraisal(input: $input) {
    ${APPRAISAL_FIELDS}
    developmentItems { kind status competenceId targetLevel description dueOn }
  }
}`;
const AMEND = `mutation ($input: AmendAppraisalInput!) {
  amendAppraisal(input: $input) {
    ${APPRAISAL_FIELDS}
    amendments { note before { leaderAssessments { competenceId level } } after { leaderAssessments { competenceId level } } amendedByName }
  }
}`;
const GET = `query ($id: ID!) { appraisal(id: $id) { ${APPRAISAL_FIELDS} } }`;
const LIST = `query ($employeeId: ID) { appraisals(filter: { employeeId: $employeeId }) { id status } }`;
const SUMMARY = `query ($id: ID!) { appraisalSummary(id: $id) { title statusText text sections { heading lines } } }`;
const STATISTICS = `query ($unitId: ID, $municipalityId: ID) {
  appraisalStatistics(unitId: $unitId, municipalityId: $municipalityId) {
    level scopeName exact minGroupSize completedShare
    employees { value suppressed reason rounded }
    completed { value suppressed reasonCode reason rounded }
    wishedCompetences { competenceId people { value suppressed reasonCode reason rounded } competence { name } }
    preferredWays { way name people { value suppressed rounded } }
    teachingTopics { competenceId people { value suppressed reason rounded } }
    breakdown { id name employees { value suppressed rounded } completed { value suppressed rounded } }
  }
}`;
const DIRECTORY = `query ($competenceId: ID) {
  teachingDirectory(competenceId: $competenceId) {
    competenceId competence { name }
    people { name unitName municipalityName }
    anonymous { value suppressed reason rounded }
  }
}`;
const PROGRESS = `query ($days: Int) {
  appraisalProgress(dueWithinDays: $days) {
    scopeName unitId employeeCount completedCount draftCount notStartedCount overdue daysUntilClose
    pacePerWeek cycle { name }
    pending { employeeId status appraisalId overdue urgency employee { fullName } }
  }
}`;
const PROFILE = `query ($id: ID!) {
  employee(id: $id) { competences { competenceId level source selfDeclaredLevel selfDeclaredConfirmed leaderLevel } }
}`;
const CREATE_CYCLE = `mutation ($input: CreateAppraisalCycleInput!) {
  createAppraisalCycle(input: $input) { id name opensOn closesOn status municipality { name } }
}`;

interface Figure {
  value: number | null;
  suppressed: boolean;
  reason?: string | null;
  reasonCode?: string | null;
  rounded?: boolean;
}
interface Content {
  heldOn?: string | null;
  selfDeclarations?: Array<{ competenceId: string; level: number; leaderConfirms?: boolean }>;
  leaderAssessments?: Array<{ competenceId: string; level: number }>;
  developmentWishes?: Array<{ competenceId: string; targetLevel: number }>;
  teachingTopicIds?: string[];
  teachingConsent?: boolean;
  preferredWays?: string[];
  agreedActions?: Array<{
    description: string;
    dueOn?: string | null;
    competenceId?: string | null;
  }>;
  potentialUsed?: string;
  potentialNeeds?: string;
  careerPlan?: string;
  careerTargetRole?: string;
  hrRegistrationsChecked?: boolean;
  hrRegistrationsComment?: string;
}
interface Saved {
  id: string;
  status: string;
  version: number;
  completedAt: string | null;
  completedByName: string | null;
  content: Content & { selfDeclarations: Array<{ competence: { name: string } }> };
  developmentItems?: Array<{
    kind: string;
    status: string;
    competenceId: string | null;
    targetLevel: number | null;
    description: string;
    dueOn: string | null;
  }>;
}
interface Statistics {
  exact: boolean;
  minGroupSize: number;
  completedShare: number | null;
  employees: Figure;
  completed: Figure;
  wishedCompetences: Array<{ competenceId: string; people: Figure }>;
  teachingTopics: Array<{ competenceId: string; people: Figure }>;
  preferredWays: Array<{ way: string; people: Figure }>;
  breakdown: Array<{ id: string | null; employees: Figure; completed: Figure }>;
}
interface DirectoryTopic {
  competenceId: string;
  people: Array<{ name: string; unitName: string; municipalityName: string }>;
  anonymous: Figure;
}

let regionId: string;
let gjovikId: string;
let homeCareId: string;
let lenaId: string;
let cycleId: string;
/** Competences only this file uses, so figures about them start at zero. */
let selfDeclared: string;
let leaderAssessed: string;
let wished: string;
let teaching: string;

async function auditCount(action: string, employeeId: string): Promise<number> {
  return count(
    `SELECT 1 FROM audit_log WHERE action = $1
       AND (employee_id = $2 OR employee_ids @> ARRAY[$2]::uuid[])`,
    [action, employeeId],
  );
}

async function save(
  email: string,
  input: { employeeId: string; version?: number | null; content: Content },
) {
  return gql<{ saveAppraisalDraft: Saved }>(SAVE, { input }, await as(email));
}

async function saveOk(
  email: string,
  input: { employeeId: string; version?: number | null; content: Content },
): Promise<Saved> {
  const result = await save(email, input);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data.saveAppraisalDraft;
}

async function statistics(email: string, unitId: string): Promise<Statistics> {
  const { appraisalStatistics } = await gqlOk<{ appraisalStatistics: Statistics }>(
    STATISTICS,
    { unitId },
    await as(email),
  );
  return appraisalStatistics;
}

async function directory(email: string, competenceId: string): Promise<DirectoryTopic[]> {
  const { teachingDirectory } = await gqlOk<{ teachingDirectory: DirectoryTopic[] }>(
    DIRECTORY,
    { competenceId },
    await as(email),
  );
  return teachingDirectory;
}

async function appraisalRow(id: string) {
  const { rows } = await db().query(
    `SELECT status, version, potential_used FROM appraisal WHERE id = $1`,
    [id],
  );
  return rows[0];
}

beforeAll(async () => {
  const { rows } = await db().query(
    `SELECT m.region_id, m.id AS gjovik,
            (SELECT id FROM unit WHERE name = 'Hjemmetjenesten Gjøvik') AS home_care,
            (SELECT id FROM unit WHERE name = 'Lena sykehjem') AS lena
     FROM municipality m WHERE m.region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND m.number = '3407'`,
  );
  regionId = rows[0].region_id;
  gjovikId = rows[0].gjovik;
  homeCareId = rows[0].home_care;
  lenaId = rows[0].lena;
  cycleId = (await currentCycleForUnit(homeCareId)).id;
  selfDeclared = await makeCompetence(regionId, 'Samtale egenerklært');
  leaderAssessed = await makeCompetence(regionId, 'Samtale ledervurdert');
  wished = await makeCompetence(regionId, 'Samtale ønsket');
  teaching = await makeCompetence(regionId, 'Samtale lære bort');
});
afterAll(closeDb);

describe('an appraisal from draft to sign-off, as the leader of Hjemmetjenesten Gjøvik', () => {
  const leader = DEMO.leaderHomeCareGjovik;
  let employee: Awaited<ReturnType<typeof makeEmployee>>;
  let appraisal: Saved;

  const content = (): Content => ({
    heldOn: '2026-10-20',
    selfDeclarations: [{ competenceId: selfDeclared, level: 3, leaderConfirms: true }],
    hrRegistrationsChecked: true,
    hrRegistrationsComment: 'Fagbrev registrert',
    potentialUsed: 'Delvis',
    potentialNeeds: 'Tid til veiledning',
    teachingTopicIds: [teaching],
    teachingConsent: true,
    developmentWishes: [{ competenceId: wished, targetLevel: 3 }],
    preferredWays: ['E_LEARNING', 'COURSE'],
    careerPlan: 'Videreutdanning om to år',
    careerTargetRole: 'Fagutvikler',
    agreedActions: [{ description: 'Delta på kurs', dueOn: '2027-03-01', competenceId: wished }],
    leaderAssessments: [{ competenceId: leaderAssessed, level: 2 }],
  });

  beforeAll(async () => {
    employee = await makeEmployee(homeCareId, { givenName: 'Ingrid', familyName: 'Journeysen' });
    // a self-declaration waiting for the leader, so the form has something to pre-fill
    await db().query(
      `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, assessed_on)
       VALUES ($1, $2, $3, 3, 'SELF_DECLARED', '2026-09-01')`,
      [regionId, employee.id, selfDeclared],
    );
  });

  it('opens the form pre-filled from the current assessments, and audits the read', async () => {
    const { appraisalDraft } = await gqlOk<{
      appraisalDraft: {
        cycle: { id: string; status: string };
        appraisal: null;
        content: Content;
        previous: null;
      };
    }>(DRAFT, { employeeId: employee.id }, await as(leader));
    expect(appraisalDraft.cycle.id).toBe(cycleId);
    expect(appraisalDraft.appraisal).toBeNull();
    expect(appraisalDraft.previous).toBeNull();
    expect(appraisalDraft.content.selfDeclarations).toEqual([
      { competenceId: selfDeclared, level: 3, leaderConfirms: false },
    ]);
    expect(await auditCount('appraisal.draft.read', employee.id)).toBe(1);
  });

  it('saves a draft and autosaves it twice, each save a new version', async () => {
    const first = await saveOk(leader, {
      employeeId: employee.id,
      content: { potentialUsed: 'Først' },
    });
    expect(first.status).toBe('DRAFT');
    const second = await saveOk(leader, {
      employeeId: employee.id,
      version: first.version,
      content: { ...content(), potentialUsed: 'Andre' },
    });
    expect(second.version).toBe(first.version + 1);
    const third = await saveOk(leader, {
      employeeId: employee.id,
      version: second.version,
      content: content(),
    });
    expect(third.version).toBe(second.version + 1);
    expect(third.content.selfDeclarations[0].competence.name).toMatch(/^Samtale egenerklært/);
    expect(third.content.preferredWays).toEqual(['COURSE', 'E_LEARNING']);
    // the same content sent again (a retried autosave) writes nothing and is no conflict
    const again = await saveOk(leader, {
      employeeId: employee.id,
      version: second.version,
      content: content(),
    });
    expect(again.version).toBe(third.version);
    expect(
      await count(`SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'appraisal.update'`, [
        third.id,
      ]),
    ).toBe(2);
    appraisal = third;
  });

  it('signs off and updates the competence picture in one go', async () => {
    const before = await statistics(leader, homeCareId);
    expect(before.exact).toBe(true);
    expect(before.wishedCompetences.find((w) => w.competenceId === wished)).toBeUndefined();
    expect(await directory(leader, teaching)).toEqual([]);

    const { completeAppraisal } = await gqlOk<{ completeAppraisal: Saved }>(
      COMPLETE,
      { input: { id: appraisal.id, version: appraisal.version } },
      await as(leader),
    );
    expect(completeAppraisal.status).toBe('COMPLETED');
    expect(completeAppraisal.completedByName).toBe('Lars Leder');
    expect(completeAppraisal.completedAt).not.toBeNull();
    appraisal = completeAppraisal;

    // assessments: a leader-assessed row and a confirmed self-declared row (append-only)
    const { rows } = await db().query(
      `SELECT competence_id, level, source, assessed_on::text, confirmed_at IS NOT NULL AS confirmed,
              assessed_by IS NOT NULL AS by_someone
       FROM assessment WHERE employee_id = $1 ORDER BY created_at, source`,
      [employee.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        competence_id: selfDeclared,
        source: 'SELF_DECLARED',
        confirmed: false,
      }),
      expect.objectContaining({
        competence_id: leaderAssessed,
        level: 2,
        source: 'LEADER_ASSESSED',
        assessed_on: '2026-10-20',
        by_someone: true,
      }),
      expect.objectContaining({
        competence_id: selfDeclared,
        level: 3,
        source: 'SELF_DECLARED',
        confirmed: true,
      }),
    ]);

    // realkompetanse now counts both
    const { employee: profile } = await gqlOk<{
      employee: {
        competences: Array<{ competenceId: string; level: number | null; source: string }>;
      };
    }>(PROFILE, { id: employee.id }, await as(leader));
    expect(profile.competences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ competenceId: selfDeclared, level: 3, source: 'SELF_DECLARED' }),
        expect.objectContaining({
          competenceId: leaderAssessed,
          level: 2,
          source: 'LEADER_ASSESSED',
        }),
      ]),
    );

    // development items for the action plans
    expect(completeAppraisal.developmentItems).toEqual([
      expect.objectContaining({
        kind: 'WISH',
        status: 'OPEN',
        competenceId: wished,
        targetLevel: 3,
      }),
      expect.objectContaining({
        kind: 'ACTION',
        status: 'OPEN',
        description: 'Delta på kurs',
        dueOn: '2027-03-01',
      }),
    ]);

    // the unit's wish list and teaching topics count the person
    const after = await statistics(leader, homeCareId);
    expect(after.wishedCompetences.find((w) => w.competenceId === wished)?.people).toEqual({
      value: 1,
      suppressed: false,
      reasonCode: null,
      reason: null,
      rounded: false,
    });
    expect(after.teachingTopics.find((t) => t.competenceId === teaching)?.people.value).toBe(1);
    expect(after.completed.value).toBeGreaterThanOrEqual((before.completed.value ?? 0) + 1);

    // the directory lists them by name: they agreed
    const listed = await directory(leader, teaching);
    expect(listed).toHaveLength(1);
    expect(listed[0].people).toEqual([
      {
        name: 'Ingrid Journeysen',
        unitName: 'Hjemmetjenesten Gjøvik',
        municipalityName: 'Gjøvik',
      },
    ]);
    expect(listed[0].anonymous).toMatchObject({ value: 0, suppressed: false });
    expect(await auditCount('teaching_directory.read', employee.id)).toBeGreaterThanOrEqual(1);
  });

  it('gives a printable summary in Norwegian', async () => {
    const { appraisalSummary } = await gqlOk<{
      appraisalSummary: { title: string; statusText: string; text: string };
    }>(SUMMARY, { id: appraisal.id }, await as(leader));
    expect(appraisalSummary.title).toBe('Medarbeidersamtale – Ingrid Journeysen');
    expect(appraisalSummary.statusText).toMatch(/^Signert \d\d\.\d\d\.\d{4} av Lars Leder$/);
    expect(appraisalSummary.text).toContain('Dato: 20.10.2026');
    expect(appraisalSummary.text).toContain('nivå 3 (Nivå 3) – bekreftet av leder');
    expect(appraisalSummary.text).toContain('Delta på kurs – frist 01.03.2027');
    expect(appraisalSummary.text).toContain('E-læring');
  });

  it('is hidden from the leader in Østre Toten, who can change nothing', async () => {
    const other = await as(DEMO.leaderNursingHomeOstreToten);
    const read = await gql<{ appraisal: null }>(GET, { id: appraisal.id }, other);
    expect(read.errors).toBeUndefined();
    expect(read.data?.appraisal).toBeNull();
    const draft = await gql<{ appraisalDraft: null }>(DRAFT, { employeeId: employee.id }, other);
    expect(draft.data?.appraisalDraft).toBeNull();
    const list = await gqlOk<{ appraisals: unknown[] }>(LIST, { employeeId: employee.id }, other);
    expect(list.appraisals).toEqual([]);

    const before = await appraisalRow(appraisal.id);
    const amend = await gql(
      AMEND,
      { input: { id: appraisal.id, version: appraisal.version, note: 'Feil', content: {} } },
      other,
    );
    const missing = await gql(
      AMEND,
      {
        input: {
          id: '00000000-0000-4000-8000-000000000000',
          version: 1,
          note: 'Feil',
          content: {},
        },
      },
      other,
    );
    expect(amend.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(amend.errors?.[0].message).toBe(missing.errors?.[0].message);
    const saved = await save(DEMO.leaderNursingHomeOstreToten, {
      employeeId: employee.id,
      content: { careerPlan: 'Overskrevet' },
    });
    expect(saved.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await appraisalRow(appraisal.id)).toEqual(before);
    expect(
      await count(`SELECT 1 FROM appraisal_amendment WHERE appraisal_id = $1`, [appraisal.id]),
    ).toBe(0);
  });

  // Changed deliberately (issue 15): the board's figures are rounded, not hidden.
  it('shows a board member only the rounded aggregate, and no records', async () => {
    const board = await statistics(DEMO.board, homeCareId);
    expect(board.exact).toBe(false);
    expect(board.minGroupSize).toBe(5);
    // one person wished for it: rounded to 0 (then not listed, as nobody) or to 5
    const wish = board.wishedCompetences.find((w) => w.competenceId === wished)?.people;
    if (wish) {
      expect(wish).toEqual({
        value: 5,
        suppressed: false,
        reasonCode: null,
        reason: null,
        rounded: true,
      });
    }
    for (const figure of [
      board.employees,
      board.completed,
      ...board.wishedCompetences.map((w) => w.people),
      ...board.preferredWays.map((w) => w.people),
    ]) {
      expect(figure).toMatchObject({ suppressed: false, rounded: true });
      expect(figure.value! % 5).toBe(0);
    }
    const record = await gql(GET, { id: appraisal.id }, await as(DEMO.board));
    expect(record.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const listed = await gql(DIRECTORY, { competenceId: teaching }, await as(DEMO.board));
    expect(listed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to change a signed-off record without an amendment note, writing nothing', async () => {
    const before = await appraisalRow(appraisal.id);
    const empty = await gql(
      AMEND,
      { input: { id: appraisal.id, version: appraisal.version, note: '   ', content: content() } },
      await as(leader),
    );
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'note', code: 'REQUIRED' }),
    ]);
    const asDraft = await save(leader, {
      employeeId: employee.id,
      version: appraisal.version,
      content: { ...content(), careerPlan: 'Endret uten begrunnelse' },
    });
    expect(asDraft.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'note',
        code: 'AMENDMENT_NOTE_REQUIRED',
        message:
          'Samtalen er allerede signert. Endringer må lagres som en rettelse med begrunnelse.',
      },
    ]);
    expect(await appraisalRow(appraisal.id)).toEqual(before);
    expect(
      await count(`SELECT 1 FROM appraisal_amendment WHERE appraisal_id = $1`, [appraisal.id]),
    ).toBe(0);
  });

  it('amends with a note: history kept, only the changed level becomes a new assessment', async () => {
    const assessmentsBefore = await count(`SELECT 1 FROM assessment WHERE employee_id = $1`, [
      employee.id,
    ]);
    const { amendAppraisal } = await gqlOk<{
      amendAppraisal: Saved & {
        amendments: Array<{
          note: string;
          before: { leaderAssessments: Array<{ level: number }> };
          after: { leaderAssessments: Array<{ level: number }> };
          amendedByName: string;
        }>;
      };
    }>(
      AMEND,
      {
        input: {
          id: appraisal.id,
          version: appraisal.version,
          note: 'Nivået ble skrevet feil i samtalen',
          content: {
            ...content(),
            leaderAssessments: [{ competenceId: leaderAssessed, level: 3 }],
            agreedActions: [],
            teachingConsent: false,
          },
        },
      },
      await as(leader),
    );
    expect(amendAppraisal.status).toBe('COMPLETED');
    expect(amendAppraisal.amendments).toEqual([
      {
        note: 'Nivået ble skrevet feil i samtalen',
        before: { leaderAssessments: [{ competenceId: leaderAssessed, level: 2 }] },
        after: { leaderAssessments: [{ competenceId: leaderAssessed, level: 3 }] },
        amendedByName: 'Lars Leder',
      },
    ]);
    const { rows } = await db().query(
      `SELECT competence_id, level, source FROM assessment WHERE employee_id = $1
       ORDER BY created_at DESC LIMIT 1`,
      [employee.id],
    );
    expect(rows[0]).toEqual({ competence_id: leaderAssessed, level: 3, source: 'LEADER_ASSESSED' });
    expect(await count(`SELECT 1 FROM assessment WHERE employee_id = $1`, [employee.id])).toBe(
      assessmentsBefore + 1,
    );
    // the removed action is withdrawn from the action plans; the wish stays open
    const items = await db().query(
      `SELECT kind, status FROM development_item WHERE appraisal_id = $1 ORDER BY kind`,
      [appraisal.id],
    );
    expect(items.rows).toEqual([
      { kind: 'ACTION', status: 'CANCELLED' },
      { kind: 'WISH', status: 'OPEN' },
    ]);
    // consent withdrawn: no longer named, still counted
    const listed = await directory(DEMO.leaderHomeCareGjovik, teaching);
    expect(listed[0].people).toEqual([]);
    expect(listed[0].anonymous).toMatchObject({ value: 1, suppressed: false });
    await expect(
      db().query(`UPDATE appraisal_amendment SET note = 'x' WHERE appraisal_id = $1`, [
        appraisal.id,
      ]),
    ).rejects.toThrow(/append-only/);
    appraisal = amendAppraisal;
  });

  it('audits every read of the record and of lists of records', async () => {
    const reads = await auditCount('appraisal.read', employee.id);
    await gqlOk(GET, { id: appraisal.id }, await as(leader));
    expect(await auditCount('appraisal.read', employee.id)).toBe(reads + 1);

    const lists = await auditCount('appraisal.list', employee.id);
    const { appraisals } = await gqlOk<{ appraisals: Array<{ id: string }> }>(
      LIST,
      { employeeId: employee.id },
      await as(DEMO.hrGjovik),
    );
    expect(appraisals.map((a) => a.id)).toEqual([appraisal.id]);
    expect(await auditCount('appraisal.list', employee.id)).toBe(lists + 1);

    const summaries = await auditCount('appraisal.summary.read', employee.id);
    await gqlOk(SUMMARY, { id: appraisal.id }, await as(leader));
    expect(await auditCount('appraisal.summary.read', employee.id)).toBe(summaries + 1);

    const progress = await auditCount('appraisal.progress.read', employee.id);
    await gqlOk(PROGRESS, {}, await as(leader));
    expect(await auditCount('appraisal.progress.read', employee.id)).toBe(progress + 1);

    // and every change, with before and after
    const { rows } = await db().query(
      `SELECT action, before IS NOT NULL AS has_before, after IS NOT NULL AS has_after
       FROM audit_log WHERE entity_id = $1 AND action LIKE 'appraisal.%' AND action NOT LIKE '%read'
         AND action <> 'appraisal.list'
       ORDER BY at, id`,
      [appraisal.id],
    );
    expect(rows.map((row) => row.action)).toEqual([
      'appraisal.create',
      'appraisal.update',
      'appraisal.update',
      'appraisal.complete',
      'appraisal.amend',
    ]);
    expect(rows.slice(1).every((row) => row.has_before && row.has_after)).toBe(true);
  });
});

describe('the directory without consent', () => {
  it('counts the person without a name: exact for their leader, rounded for the coordinator', async () => {
    const topic = await makeCompetence(regionId, 'Samtale anonym');
    const employee = await makeEmployee(homeCareId);
    const draft = await saveOk(DEMO.leaderHomeCareGjovik, {
      employeeId: employee.id,
      content: { teachingTopicIds: [topic], teachingConsent: false, heldOn: '2026-10-01' },
    });
    await gqlOk(
      COMPLETE,
      { input: { id: draft.id, version: draft.version } },
      await as(DEMO.leaderHomeCareGjovik),
    );
    const forLeader = await directory(DEMO.leaderHomeCareGjovik, topic);
    // their own person exactly; the rest of the region (rounded groups) adds nobody here
    expect(forLeader).toEqual([
      expect.objectContaining({
        competenceId: topic,
        people: [],
        anonymous: { value: 1, suppressed: false, reason: null, rounded: true },
      }),
    ]);
    // one person rounded: to 0 (then the topic is not listed: nobody teaches it, as far as
    // the coordinator can tell) or to 5
    const forCoordinator = await directory(DEMO.coordinator, topic);
    expect(forCoordinator.length <= 1).toBe(true);
    for (const entry of forCoordinator) {
      expect(entry.people).toEqual([]);
      expect(entry.anonymous).toEqual({ value: 5, suppressed: false, reason: null, rounded: true });
    }
  });
});

describe('two leaders saving the same draft', () => {
  it('gives the second a CONFLICT with the saved version, and overwrites nothing', async () => {
    const employee = await makeEmployee(homeCareId);
    const first = await saveOk(DEMO.leaderHomeCareGjovik, {
      employeeId: employee.id,
      content: { potentialUsed: 'Start' },
    });
    const leaderSave = await saveOk(DEMO.leaderHomeCareGjovik, {
      employeeId: employee.id,
      version: first.version,
      content: { potentialUsed: 'Lederens tekst' },
    });
    const hrSave = await save(DEMO.hrGjovik, {
      employeeId: employee.id,
      version: first.version,
      content: { potentialUsed: 'HRs tekst' },
    });
    const error = hrSave.errors?.[0];
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.message).toMatch(/^Samtalen er lagret av Lars Leder etter at du åpnet den/);
    expect(error?.extensions).toMatchObject({
      current: {
        id: first.id,
        version: leaderSave.version,
        updatedByName: 'Lars Leder',
        content: { potentialUsed: 'Lederens tekst' },
      },
    });
    expect(await appraisalRow(first.id)).toMatchObject({
      version: leaderSave.version,
      potential_used: 'Lederens tekst',
    });
  });

  it('lets exactly one of two simultaneous saves through', async () => {
    const employee = await makeEmployee(homeCareId);
    const first = await saveOk(DEMO.leaderHomeCareGjovik, { employeeId: employee.id, content: {} });
    const results = await Promise.all([
      save(DEMO.leaderHomeCareGjovik, {
        employeeId: employee.id,
        version: first.version,
        content: { careerPlan: 'A' },
      }),
      save(DEMO.hrGjovik, {
        employeeId: employee.id,
        version: first.version,
        content: { careerPlan: 'B' },
      }),
    ]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((result) => !result.errors)?.data?.saveAppraisalDraft;
    const { rows } = await db().query(`SELECT career_plan, version FROM appraisal WHERE id = $1`, [
      first.id,
    ]);
    expect(rows[0]).toEqual({
      career_plan: winner?.content.careerPlan,
      version: first.version + 1,
    });
  });

  it('also when both start the draft at once', async () => {
    const employee = await makeEmployee(homeCareId);
    const results = await Promise.all([
      save(DEMO.leaderHomeCareGjovik, { employeeId: employee.id, content: { careerPlan: 'A' } }),
      save(DEMO.hrGjovik, { employeeId: employee.id, content: { careerPlan: 'B' } }),
    ]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await count(`SELECT 1 FROM appraisal WHERE employee_id = $1`, [employee.id])).toBe(1);
  });
});

describe('bad input', () => {
  it('refuses levels outside the scale and unknown competences, in Norwegian, writing nothing', async () => {
    const employee = await makeEmployee(homeCareId);
    const result = await save(DEMO.leaderHomeCareGjovik, {
      employeeId: employee.id,
      content: {
        leaderAssessments: [{ competenceId: leaderAssessed, level: 7 }],
        developmentWishes: [
          { competenceId: '00000000-0000-4000-8000-000000000000', targetLevel: 2 },
        ],
      },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'content.leaderAssessments.0.level',
        code: 'LEVEL_OUT_OF_SCALE',
        message: expect.stringMatching(
          /^Nivå 7 finnes ikke på skalaen for «Samtale ledervurdert .*» \(0–4\)$/,
        ),
      },
      {
        field: 'content.developmentWishes.0.competenceId',
        code: 'UNKNOWN_COMPETENCE',
        message: 'Kompetansen finnes ikke i katalogen',
      },
    ]);
    expect(await count(`SELECT 1 FROM appraisal WHERE employee_id = $1`, [employee.id])).toBe(0);
  });

  it('refuses a sign-off with a bad level and leaves everything as it was', async () => {
    const employee = await makeEmployee(homeCareId);
    const draft = await saveOk(DEMO.leaderHomeCareGjovik, {
      employeeId: employee.id,
      content: { developmentWishes: [{ competenceId: wished, targetLevel: 2 }] },
    });
    const result = await gql(
      COMPLETE,
      {
        input: {
          id: draft.id,
          version: draft.version,
          content: {
            leaderAssessments: [{ competenceId: leaderAssessed, level: 2 }],
            selfDeclarations: [{ competenceId: selfDeclared, level: 9, leaderConfirms: true }],
          },
        },
      },
      await as(DEMO.leaderHomeCareGjovik),
    );
    expect(result.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'content.selfDeclarations.0.level',
      code: 'LEVEL_OUT_OF_SCALE',
    });
    expect(await appraisalRow(draft.id)).toMatchObject({ status: 'DRAFT', version: draft.version });
    expect(await count(`SELECT 1 FROM assessment WHERE employee_id = $1`, [employee.id])).toBe(0);
    expect(
      await count(`SELECT 1 FROM development_item WHERE employee_id = $1`, [employee.id]),
    ).toBe(0);
  });

  it('refuses to sign off a talk dated in the future', async () => {
    const employee = await makeEmployee(homeCareId);
    // a draft may carry a planned date up to a year ahead (docs/input-rules.md)
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const draft = await saveOk(DEMO.leaderHomeCareGjovik, {
      employeeId: employee.id,
      content: { heldOn: inAMonth },
    });
    const result = await gql(
      COMPLETE,
      { input: { id: draft.id, version: draft.version } },
      await as(DEMO.leaderHomeCareGjovik),
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'content.heldOn', code: 'HELD_IN_FUTURE' }),
    ]);
    expect(await appraisalRow(draft.id)).toMatchObject({ status: 'DRAFT' });
  });
});

describe('cycles and progress', () => {
  it('lets HR open a cycle and refuses overlaps and reversed dates', async () => {
    const hr = await as(DEMO.hrGjovik);
    // cycles may be planned up to ten years ahead (docs/input-rules.md); the window within the
    // year keeps this cycle clear of the other tests' (the policy probe uses July–August)
    const year = new Date().getFullYear() + 1 + Math.floor(Math.random() * 10);
    const name = `Medarbeidersamtaler ${year} (test)`;
    const { createAppraisalCycle } = await gqlOk<{
      createAppraisalCycle: { name: string; status: string; municipality: { name: string } };
    }>(
      CREATE_CYCLE,
      {
        input: {
          municipalityId: gjovikId,
          name,
          opensOn: `${year}-02-01`,
          closesOn: `${year}-05-31`,
        },
      },
      hr,
    );
    expect(createAppraisalCycle).toEqual({
      name,
      opensOn: `${year}-02-01`,
      closesOn: `${year}-05-31`,
      status: 'UPCOMING',
      municipality: { name: 'Gjøvik' },
      id: expect.any(String),
    });
    const overlap = await gql(
      CREATE_CYCLE,
      {
        input: {
          municipalityId: gjovikId,
          name: `${name} 2`,
          opensOn: `${year}-05-01`,
          closesOn: `${year}-06-30`,
        },
      },
      hr,
    );
    expect(overlap.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'opensOn',
      code: 'OVERLAPPING_CYCLE',
      message: `Samtalerunden overlapper «${name}» (01.02.${year}–31.05.${year})`,
    });
    const reversed = await gql(
      CREATE_CYCLE,
      {
        input: {
          municipalityId: gjovikId,
          name: `${name} 3`,
          opensOn: `${year}-12-01`,
          closesOn: `${year}-11-01`,
        },
      },
      hr,
    );
    expect(reversed.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'closesOn',
      code: 'CLOSES_BEFORE_OPENS',
    });
    const elsewhere = await gql(
      CREATE_CYCLE,
      {
        input: {
          municipalityId: (
            await db().query(`SELECT municipality_id FROM unit WHERE id = $1`, [lenaId])
          ).rows[0].municipality_id,
          name,
          opensOn: `${year}-02-01`,
          closesOn: `${year}-05-31`,
        },
      },
      hr,
    );
    expect(elsewhere.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      code: 'UNKNOWN_MUNICIPALITY',
    });
  });

  it('lets HR move the dates of a cycle, with optimistic locking', async () => {
    const hr = await as(DEMO.hrGjovik);
    // cycles may be planned up to ten years ahead (docs/input-rules.md); the window within the
    // year keeps this cycle clear of the other tests' (the policy probe uses July–August, the browser test November–December)
    const year = new Date().getFullYear() + 1 + Math.floor(Math.random() * 10);
    const { createAppraisalCycle } = await gqlOk<{ createAppraisalCycle: { id: string } }>(
      CREATE_CYCLE,
      {
        input: {
          municipalityId: gjovikId,
          name: `Flyttet runde ${year}-${Math.random()}`,
          opensOn: `${year}-03-01`,
          closesOn: `${year}-04-30`,
        },
      },
      hr,
    );
    const update = `mutation ($input: UpdateAppraisalCycleInput!) {
      updateAppraisalCycle(input: $input) { closesOn version }
    }`;
    const moved = await gqlOk<{ updateAppraisalCycle: { closesOn: string; version: number } }>(
      update,
      { input: { id: createAppraisalCycle.id, version: 1, closesOn: `${year}-05-31` } },
      hr,
    );
    expect(moved.updateAppraisalCycle).toEqual({ closesOn: `${year}-05-31`, version: 2 });
    const stale = await gql(
      update,
      { input: { id: createAppraisalCycle.id, version: 1, closesOn: `${year}-06-15` } },
      hr,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('shows the leader who in the unit has not had the talk, and who is overdue', async () => {
    const waiting = await makeEmployee(homeCareId, { givenName: 'Vente', familyName: 'Aasen' });
    const started = await makeEmployee(homeCareId, { givenName: 'Påbegynt', familyName: 'Aasen' });
    await saveOk(DEMO.leaderHomeCareGjovik, { employeeId: started.id, content: {} });
    const { appraisalProgress } = await gqlOk<{
      appraisalProgress: Array<{
        scopeName: string;
        unitId: string;
        employeeCount: number;
        completedCount: number;
        draftCount: number;
        notStartedCount: number;
        overdue: boolean;
        daysUntilClose: number;
        pacePerWeek: number;
        pending: Array<{ employeeId: string; status: string; overdue: boolean; urgency: string }>;
      }>;
    }>(PROGRESS, { days: 365 }, await as(DEMO.leaderHomeCareGjovik));
    expect(appraisalProgress).toHaveLength(1);
    const unit = appraisalProgress[0];
    expect(unit).toMatchObject({ scopeName: 'Hjemmetjenesten Gjøvik', unitId: homeCareId });
    expect(unit.employeeCount).toBe(unit.completedCount + unit.draftCount + unit.notStartedCount);
    expect(unit.pending).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ employeeId: waiting.id, status: 'NOT_STARTED', overdue: true }),
        expect.objectContaining({ employeeId: started.id, status: 'DRAFT', overdue: true }),
      ]),
    );
    expect(unit.overdue).toBe(true);
    // not all alike: the week's share to finish by the deadline, begun drafts first
    const remaining = unit.draftCount + unit.notStartedCount;
    const weeksLeft = Math.max(1, Math.ceil((unit.daysUntilClose + 1) / 7));
    expect(unit.pacePerWeek).toBe(Math.ceil(remaining / weeksLeft));
    expect(unit.pending.filter((p) => p.urgency === 'THIS_WEEK')).toHaveLength(unit.pacePerWeek);
    expect(unit.pending.filter((p) => p.urgency === 'LATER')).toHaveLength(
      remaining - unit.pacePerWeek,
    );
    const drafts = unit.pending.filter((p) => p.status === 'DRAFT').length;
    expect(unit.pending.slice(0, drafts).every((p) => p.status === 'DRAFT')).toBe(true);

    const notDue = await gqlOk<{
      appraisalProgress: Array<{ overdue: boolean; daysUntilClose: number }>;
    }>(PROGRESS, { days: 0 }, await as(DEMO.leaderHomeCareGjovik));
    expect(notDue.appraisalProgress[0].overdue).toBe(false);
  });

  it('gives HR the whole municipality', async () => {
    const { appraisalProgress } = await gqlOk<{
      appraisalProgress: Array<{ scopeName: string; unitId: string | null; employeeCount: number }>;
    }>(PROGRESS, {}, await as(DEMO.hrGjovik));
    expect(appraisalProgress.map((p) => [p.scopeName, p.unitId])).toEqual([['Gjøvik', null]]);
    expect(appraisalProgress[0].employeeCount).toBeGreaterThan(0);
  });
});

describe('aggregates', () => {
  it('breaks the region down by municipality for the coordinator, rounded and adding up', async () => {
    const { appraisalStatistics } = await gqlOk<{
      appraisalStatistics: Statistics & { level: string };
    }>(STATISTICS, {}, await as(DEMO.coordinator));
    expect(appraisalStatistics.level).toBe('REGION');
    expect(appraisalStatistics.exact).toBe(false);
    expect(appraisalStatistics.breakdown).toHaveLength(5);
    const total = appraisalStatistics.breakdown.reduce(
      (sum, row) => sum + (row.employees.value ?? 0),
      0,
    );
    expect(appraisalStatistics.employees.value).toBe(total);
    expect(appraisalStatistics.completedShare).toBeGreaterThan(0);
    expect(appraisalStatistics.preferredWays.map((way) => way.way).sort()).toEqual([
      'COURSE',
      'E_LEARNING',
      'FURTHER_EDUCATION',
      'HOSPITATION',
      'OWN_TIME',
    ]);
    // people who wish or prefer something are rounded groups; teachers add those named in
    // the directory (public to the coordinator) exactly
    for (const figure of [
      ...appraisalStatistics.wishedCompetences.map((w) => w.people),
      ...appraisalStatistics.preferredWays.map((w) => w.people),
    ]) {
      expect(figure).toMatchObject({ suppressed: false, rounded: true });
      expect((figure.value ?? 0) % 5).toBe(0);
    }
  });

  it('has demo figures worth showing: a wish list, teachers, a directory with names', async () => {
    const { appraisalStatistics } = await gqlOk<{ appraisalStatistics: Statistics }>(
      STATISTICS,
      {},
      await as(DEMO.coordinator),
    );
    const visible = (figures: Array<{ people: Figure }>) =>
      figures.filter((f) => !f.people.suppressed && (f.people.value ?? 0) >= 5);
    expect(visible(appraisalStatistics.wishedCompetences).length).toBeGreaterThan(3);
    expect(visible(appraisalStatistics.teachingTopics).length).toBeGreaterThan(0);
    const { teachingDirectory } = await gqlOk<{ teachingDirectory: DirectoryTopic[] }>(
      DIRECTORY,
      {},
      await as(DEMO.coordinator),
    );
    expect(teachingDirectory.some((topic) => topic.people.length > 0)).toBe(true);
  });

  it('gives HR exact figures for its municipality', async () => {
    const { appraisalStatistics } = await gqlOk<{ appraisalStatistics: Statistics }>(
      STATISTICS,
      { municipalityId: gjovikId },
      await as(DEMO.hrGjovik),
    );
    expect(appraisalStatistics.exact).toBe(true);
    expect(appraisalStatistics.breakdown.length).toBeGreaterThan(1);
    expect(
      appraisalStatistics.breakdown.every(
        (row) => !row.employees.suppressed && !row.completed.suppressed,
      ),
    ).toBe(true);
  });
});

describe('reading many records', () => {
  const NESTED = `query ($unitId: ID, $cycleId: ID) {
    appraisals(filter: { unitId: $unitId, cycleId: $cycleId }) {
      id employee { fullName } cycle { name municipality { name } }
      content {
        selfDeclarations { competence { name } }
        leaderAssessments { competence { name } }
        developmentWishes { competence { name } }
        agreedActions { competence { name } }
        teachingTopics { name }
      }
      developmentItems { kind competence { name } }
      amendments { note }
    }
  }`;

  it('costs the same number of SQL statements for a short and a long list', async () => {
    const hr = await as(DEMO.hrGjovik);
    const { rows } = await db().query(
      `SELECT id FROM unit WHERE name IN ('Hjemmetjenesten Gjøvik nord', 'Hunndalen helse- og omsorgssenter')
       ORDER BY name`,
    );
    const [small, large] = await Promise.all(
      [rows[0].id, rows[1].id].map((unitId) =>
        gql<{ appraisals: unknown[] }>(NESTED, { unitId, cycleId }, hr),
      ),
    );
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data?.appraisals.length ?? 0).toBeGreaterThan(small.data?.appraisals.length ?? 0);
    expect(small.data?.appraisals.length).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});

describe('the demo appraisals', () => {
  it('have last year done in most units and this year part-way, in every municipality', async () => {
    const { rows: cycles } = await db().query(
      `SELECT m.number, c.name,
              count(a.id) FILTER (WHERE a.status = 'COMPLETED')::float
                / greatest(1, (SELECT count(*) FROM employee e JOIN region r ON r.id = e.region_id
                               WHERE e.municipality_id = m.id AND e.active
                                 -- the demo staff only: other tests add people (imports)
                                 AND e.created_at = r.created_at)) AS share
       FROM appraisal_cycle c JOIN municipality m ON m.id = c.municipality_id
       LEFT JOIN appraisal a ON a.cycle_id = c.id
       WHERE c.name IN ('Medarbeidersamtaler 2025', 'Medarbeidersamtaler 2026')
       GROUP BY m.id, m.number, c.name ORDER BY m.number, c.name`,
    );
    expect(cycles.map((row) => [row.number, row.name])).toEqual(
      ['3407', '3442', '3443', '3447', '3448'].flatMap((number) => [
        [number, 'Medarbeidersamtaler 2025'],
        [number, 'Medarbeidersamtaler 2026'],
      ]),
    );
    for (const row of cycles.filter((cycle) => cycle.name.endsWith('2026'))) {
      expect(row.share).toBeGreaterThan(0.15);
      expect(row.share).toBeLessThan(0.8);
    }
    // last year, per unit a leader holds, among those employed when the cycle closed
    const { rows: units } = await db().query(
      `WITH last AS (
         SELECT id, municipality_id, closes_on FROM appraisal_cycle
         WHERE name = 'Medarbeidersamtaler 2025')
       SELECT x.id, count(*)::int AS employees,
              count(a.id) FILTER (WHERE a.status = 'COMPLETED')::int AS completed
       FROM unit x JOIN unit u ON u.path @> ARRAY[x.id]
       JOIN employee e ON e.unit_id = u.id AND e.active
       -- the demo staff only (seeded in the region's own transaction): other tests add people
       JOIN region r ON r.id = e.region_id AND e.created_at = r.created_at
       JOIN last ON last.municipality_id = e.municipality_id
         AND (e.start_date IS NULL OR e.start_date <= last.closes_on)
       LEFT JOIN appraisal a ON a.employee_id = e.id AND a.cycle_id = last.id
       WHERE x.kind = 'UNIT'
       GROUP BY x.id HAVING count(*) >= 10`,
    );
    const done = units.filter((unit) => unit.completed / unit.employees >= 0.85);
    expect(units.length).toBeGreaterThan(20);
    expect(done.length / units.length).toBeGreaterThan(0.6);
  });
});

describe('erasure on request', () => {
  it('blanks what was written in the talks and takes the person out of the directory', async () => {
    const leader = await as(DEMO.leaderHomeCareGjovik);
    const employee = await makeEmployee(homeCareId);
    const draft = await saveOk(DEMO.leaderHomeCareGjovik, {
      employeeId: employee.id,
      content: {
        heldOn: '2026-10-01',
        careerPlan: 'Vil bli avdelingsleder',
        teachingTopicIds: [teaching],
        teachingConsent: true,
        agreedActions: [{ description: 'Lederkurs' }],
      },
    });
    const { completeAppraisal } = await gqlOk<{ completeAppraisal: Saved }>(
      COMPLETE,
      { input: { id: draft.id, version: draft.version } },
      leader,
    );
    await gqlOk(
      AMEND,
      {
        input: {
          id: draft.id,
          version: completeAppraisal.version,
          note: 'Hun sa noe annet',
          content: { ...completeAppraisal.content, careerPlan: 'Vil bli fagutvikler' },
        },
      },
      leader,
    );
    await gqlOk(
      `mutation ($id: ID!, $number: String!) { eraseEmployee(employeeId: $id, confirmEmployeeNumber: $number) }`,
      { id: employee.id, number: employee.employeeNumber },
      await as(DEMO.hrGjovik),
    );
    const { rows } = await db().query(
      `SELECT a.career_plan, a.status,
              (SELECT array_agg(description) FROM appraisal_action WHERE appraisal_id = a.id) AS actions,
              (SELECT array_agg(note) FROM appraisal_amendment WHERE appraisal_id = a.id) AS notes,
              (SELECT count(*)::int FROM teaching_directory_entry WHERE employee_id = a.employee_id)
                AS listed
       FROM appraisal a WHERE a.id = $1`,
      [draft.id],
    );
    expect(rows[0]).toEqual({
      career_plan: '',
      status: 'COMPLETED',
      actions: ['Slettet'],
      notes: ['Slettet'],
      listed: 0,
    });
  });
});
