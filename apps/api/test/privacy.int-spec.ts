import { as, DEMO, gql, gqlOk } from './support/api-client';
import { makeCompetence, makeEmployee } from './support/appraisal-factories';
import { closeDb, count, db } from './support/database';
import { uniqueToken } from './support/factories';
import { createPolicyFixtures, PolicyFixtures } from './support/policy-fixtures';

const EXPORT = 'query ($id: ID!) { exportEmployeeData(employeeId: $id) }';
const ERASE = `mutation ($id: ID!, $number: String!) {
  eraseEmployee(employeeId: $id, confirmEmployeeNumber: $number)
}`;

let f: PolicyFixtures;
beforeAll(async () => {
  f = await createPolicyFixtures();
});
afterAll(closeDb);

async function employeeWithHistory() {
  const employee = await f.newEmployee(f.unitIn);
  await db().query(
    `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence, assessed_on)
     VALUES ($1, $2, $3, 2, 'INFORMAL', 'Veiledet studenter i to år', '2025-05-01')`,
    [f.regionId, employee.id, f.competenceId],
  );
  return employee;
}

describe('GDPR export', () => {
  it('gives HR everything held about the person, and audits it', async () => {
    const employee = await employeeWithHistory();
    const { exportEmployeeData } = await gqlOk<{ exportEmployeeData: string }>(
      EXPORT,
      { id: employee.id },
      await as(DEMO.hrGjovik),
    );
    const data = JSON.parse(exportEmployeeData);
    expect(data.employee).toMatchObject({
      employee_number: employee.employeeNumber,
      given_name: 'Policy',
    });
    expect(data).toMatchObject({ appraisals: [], developmentItems: [], teachingDirectory: [] });
    expect(data.assessments).toEqual([
      expect.objectContaining({
        level: 2,
        source: 'INFORMAL',
        evidence: 'Veiledet studenter i to år',
      }),
    ]);
    expect(
      await count(`SELECT 1 FROM audit_log WHERE action = 'employee.export' AND employee_id = $1`, [
        employee.id,
      ]),
    ).toBe(1);
  });

  it('answers as for a missing person when the person is outside the scope', async () => {
    const result = await gql(EXPORT, { id: f.employeeOut }, await as(DEMO.hrGjovik));
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const missing = await gql(
      EXPORT,
      { id: '00000000-0000-4000-8000-000000000000' },
      await as(DEMO.hrGjovik),
    );
    expect(missing.errors?.[0].message).toBe(result.errors?.[0].message);
  });
});

describe('GDPR erasure', () => {
  it('needs the employee number typed in as confirmation', async () => {
    const employee = await employeeWithHistory();
    const result = await gql(ERASE, { id: employee.id, number: 'feil' }, await as(DEMO.hrGjovik));
    expect(result.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'confirmEmployeeNumber',
      code: 'CONFIRMATION_MISMATCH',
    });
    const { rows } = await db().query('SELECT given_name, erased_at FROM employee WHERE id = $1', [
      employee.id,
    ]);
    expect(rows[0]).toEqual({ given_name: 'Policy', erased_at: null });
  });

  it('removes what identifies the person and keeps the figures aggregates are built on', async () => {
    const employee = await employeeWithHistory();
    const before = await db().query(
      `SELECT count(*)::int AS people, sum(fte)::float AS fte FROM employee WHERE unit_id = $1`,
      [f.unitIn],
    );
    await gqlOk(
      ERASE,
      { id: employee.id, number: employee.employeeNumber },
      await as(DEMO.hrGjovik),
    );

    const { rows } = await db().query(
      `SELECT given_name, family_name, employee_number, birth_year, fte::float AS fte, erased_at
       FROM employee WHERE id = $1`,
      [employee.id],
    );
    expect(rows[0]).toMatchObject({
      given_name: 'Slettet',
      family_name: 'person',
      birth_year: null,
      fte: 80,
    });
    expect(rows[0].employee_number).not.toBe(employee.employeeNumber);
    expect(rows[0].erased_at).not.toBeNull();
    const levels = await db().query(
      'SELECT level, evidence FROM assessment WHERE employee_id = $1',
      [employee.id],
    );
    expect(levels.rows).toEqual([{ level: 2, evidence: '' }]);
    const after = await db().query(
      `SELECT count(*)::int AS people, sum(fte)::float AS fte FROM employee WHERE unit_id = $1`,
      [f.unitIn],
    );
    expect(after.rows).toEqual(before.rows);
    expect(
      await count(`SELECT 1 FROM audit_log WHERE action = 'employee.erase' AND employee_id = $1`, [
        employee.id,
      ]),
    ).toBe(1);
    const again = await gql(
      ERASE,
      { id: employee.id, number: rows[0].employee_number },
      await as(DEMO.hrGjovik),
    );
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_ERASED');
  });
});

/**
 * A person with free text about them everywhere the service keeps it, written through the API
 * as HR would: a qualification, an assessment, a signed-off appraisal with agreed actions and a
 * development wish, an amendment to it, a search for their name and a change of their record.
 */
async function personWrittenAboutEverywhere() {
  const token = uniqueToken('Gdpr');
  const employee = await makeEmployee(f.unitIn, {
    givenName: `Fornavn${token}`,
    familyName: `Etternavn${token}`,
  });
  const name = `${employee.givenName} ${employee.familyName}`;
  const hr = await as(DEMO.hrGjovik);
  const wished = await makeCompetence(f.regionId, 'Innsyn ønsket');
  const taught = await makeCompetence(f.regionId, 'Innsyn lære bort');
  await gqlOk(
    `mutation ($input: AddQualificationInput!) { addQualification(input: $input) { id } }`,
    {
      input: {
        employeeId: employee.id,
        kind: 'COURSE',
        title: `Kursbevis for ${name}`,
        issuer: `${name} sitt kursfirma`,
        obtainedOn: '2025-03-01',
        competences: [{ competenceId: f.competenceId, level: 1 }],
      },
    },
    hr,
  );
  await gqlOk(
    `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
    {
      input: {
        employeeId: employee.id,
        competenceId: wished,
        level: 1,
        source: 'INFORMAL',
        assessedOn: '2025-04-01',
        evidence: `Observert av leder sammen med ${name}`,
      },
    },
    hr,
  );
  const content = {
    heldOn: '2026-10-20',
    hrRegistrationsChecked: true,
    hrRegistrationsComment: `Fagbrev for ${name} er registrert`,
    potentialUsed: `${name} veileder nye`,
    potentialNeeds: `${name} trenger tid`,
    teachingTopicIds: [taught],
    teachingConsent: true,
    developmentWishes: [{ competenceId: wished, targetLevel: 3 }],
    careerPlan: `${name} vil ta videreutdanning`,
    careerTargetRole: `Fagutvikler etter ${name}`,
    agreedActions: [{ description: `${name} tar kurs i demensomsorg`, dueOn: '2027-03-01' }],
  };
  const saved = await gqlOk<{ saveAppraisalDraft: { id: string; version: number } }>(
    `mutation ($input: SaveAppraisalDraftInput!) { saveAppraisalDraft(input: $input) { id version } }`,
    { input: { employeeId: employee.id, content } },
    hr,
  );
  const completed = await gqlOk<{ completeAppraisal: { version: number } }>(
    `mutation ($input: CompleteAppraisalInput!) { completeAppraisal(input: $input) { version } }`,
    { input: { id: saved.saveAppraisalDraft.id, version: saved.saveAppraisalDraft.version } },
    hr,
  );
  await gqlOk(
    `mutation ($input: AmendAppraisalInput!) { amendAppraisal(input: $input) { id } }`,
    {
      input: {
        id: saved.saveAppraisalDraft.id,
        version: completed.completeAppraisal.version,
        note: `Rettet etter ny samtale med ${name}`,
        content: { ...content, careerPlan: `${name} vil heller bli fagutviklingssykepleier` },
      },
    },
    hr,
  );
  await gqlOk(
    `query ($search: String) { employees(first: 5, filter: { search: $search }) { totalCount } }`,
    { search: employee.familyName },
    hr,
  );
  const { rows } = await db().query('SELECT version FROM employee WHERE id = $1', [employee.id]);
  await gqlOk(
    `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }`,
    {
      input: { id: employee.id, version: rows[0].version, positionTitle: `Mentor for ${name}` },
    },
    hr,
  );
  return { ...employee, token, name, appraisalId: saved.saveAppraisalDraft.id };
}

/** Every column of every table that holds text, as "table.column". */
async function textColumns(): Promise<Array<{ table: string; column: string }>> {
  const { rows } = await db().query(
    `SELECT c.table_name AS table, c.column_name AS column
     FROM information_schema.columns c
     JOIN information_schema.tables t
       ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
     ORDER BY 1, 2`,
  );
  return rows;
}

describe('GDPR: everything held, and everything that can name the person', () => {
  it('exports the appraisal history with every amendment: the note, who, when and the earlier content', async () => {
    const person = await personWrittenAboutEverywhere();
    const { exportEmployeeData } = await gqlOk<{ exportEmployeeData: string }>(
      EXPORT,
      { id: person.id },
      await as(DEMO.hrGjovik),
    );
    const data = JSON.parse(exportEmployeeData);
    const [appraisal] = data.appraisals;
    expect(appraisal.career_plan).toBe(`${person.name} vil heller bli fagutviklingssykepleier`);
    expect(appraisal.agreed_actions).toEqual([
      {
        description: `${person.name} tar kurs i demensomsorg`,
        dueOn: '2027-03-01',
        competence: null,
      },
    ]);
    expect(appraisal.amendments).toEqual([
      expect.objectContaining({
        note: `Rettet etter ny samtale med ${person.name}`,
        amendedBy: expect.stringMatching(/\S/),
        amendedAt: expect.any(String),
        before: expect.objectContaining({ careerPlan: `${person.name} vil ta videreutdanning` }),
        after: expect.objectContaining({
          careerPlan: `${person.name} vil heller bli fagutviklingssykepleier`,
        }),
      }),
    ]);
    expect(data.qualifications).toEqual([
      expect.objectContaining({
        title: `Kursbevis for ${person.name}`,
        issuer: `${person.name} sitt kursfirma`,
      }),
    ]);
    expect(data.developmentItems.map((item: { kind: string }) => item.kind).sort()).toEqual([
      'ACTION',
      'WISH',
    ]);
    expect(data.teachingDirectory).toEqual([expect.objectContaining({ consent: true })]);
    // the change of their record, with what it was before
    expect(data.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'employee.update',
          before: expect.objectContaining({ positionTitle: 'Helsefagarbeider' }),
        }),
        expect.objectContaining({ action: 'appraisal.amend' }),
      ]),
    );
  });

  it('has a part for every table that refers to an employee', async () => {
    const { rows } = await db().query(
      `SELECT DISTINCT conrelid::regclass::text AS table FROM pg_constraint
       WHERE contype = 'f' AND confrelid = 'employee'::regclass ORDER BY 1`,
    );
    // a new table about employees must be added to exportEmployeeData, erasure and the docs
    const exported: Record<string, string> = {
      qualification: 'qualifications',
      assessment: 'assessments',
      appraisal: 'appraisals',
      development_item: 'developmentItems',
      teaching_directory_entry: 'teachingDirectory',
      import_run_employee: 'importRuns',
      measure_participant: 'measureParticipation',
      measure_teacher: 'measureTeaching',
    };
    expect(rows.map((row) => row.table).filter((table) => !(table in exported))).toEqual([]);
    const employee = await employeeWithHistory();
    const { exportEmployeeData } = await gqlOk<{ exportEmployeeData: string }>(
      EXPORT,
      { id: employee.id },
      await as(DEMO.hrGjovik),
    );
    expect(Object.keys(JSON.parse(exportEmployeeData))).toEqual(
      expect.arrayContaining([...Object.values(exported), 'employee', 'accessLog']),
    );
  });

  it('leaves no text that names the person in any column of any table after erasure', async () => {
    const person = await personWrittenAboutEverywhere();
    const columns = await textColumns();
    const holding = async () => {
      const found: string[] = [];
      for (const { table, column } of columns) {
        const n = await count(`SELECT 1 FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`, [
          person.token,
        ]);
        if (n > 0) found.push(`${table}.${column}`);
      }
      return found;
    };
    // the name really was written to every kind of place first
    expect(await holding()).toEqual(
      expect.arrayContaining([
        'employee.given_name',
        'employee.family_name',
        'employee.position_title',
        'qualification.title',
        'qualification.issuer',
        'assessment.evidence',
        'appraisal.career_plan',
        'appraisal_action.description',
        'appraisal_amendment.note',
        'appraisal_amendment.before',
        'development_item.description',
        'audit_log.before',
        'audit_log.after',
        'audit_log.details',
      ]),
    );

    await gqlOk(ERASE, { id: person.id, number: person.employeeNumber }, await as(DEMO.hrGjovik));
    expect(await holding()).toEqual([]);

    // what the figures are built on stays
    const { rows } = await db().query(
      `SELECT e.fte::float AS fte, e.profession_code, e.unit_id,
              (SELECT count(*)::int FROM assessment a WHERE a.employee_id = e.id) AS assessments,
              (SELECT array_agg(q.kind ORDER BY q.kind) FROM qualification q WHERE q.employee_id = e.id) AS kinds,
              (SELECT count(*)::int FROM development_item d WHERE d.employee_id = e.id) AS items
       FROM employee e WHERE e.id = $1`,
      [person.id],
    );
    expect(rows[0]).toMatchObject({
      fte: 80,
      profession_code: '5321',
      unit_id: f.unitIn,
      kinds: ['COURSE'],
      items: 2,
    });
    // the course's level (formal) and the informal assessment, levels kept
    expect(rows[0].assessments).toBe(2);
  });
});

describe('the audit log', () => {
  it('cannot be changed, not even directly in the database', async () => {
    await expect(
      db().query(`UPDATE audit_log SET action = 'x' WHERE id = (SELECT max(id) FROM audit_log)`),
    ).rejects.toThrow(/append-only/);
    await expect(
      db().query(`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`),
    ).rejects.toThrow(/append-only/);
  });

  it('shows HR only their own municipality and the region admin everything', async () => {
    const exported = await employeeWithHistory();
    await gqlOk(EXPORT, { id: exported.id }, await as(DEMO.hrGjovik));
    const hr = await gqlOk<{ auditLog: Array<{ municipalityId: string | null }> }>(
      '{ auditLog(filter: { first: 200 }) { municipalityId } }',
      {},
      await as(DEMO.hrGjovik),
    );
    expect(hr.auditLog.length).toBeGreaterThan(0);
    expect(new Set(hr.auditLog.map((entry) => entry.municipalityId))).toEqual(
      new Set([f.municipalityIn]),
    );
    const admin = await gqlOk<{ auditLog: Array<{ action: string }> }>(
      'query ($id: ID!) { auditLog(filter: { employeeId: $id }) { action } }',
      { id: exported.id },
      await as(DEMO.admin),
    );
    expect(admin.auditLog.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['employee.export']),
    );
  });
});
