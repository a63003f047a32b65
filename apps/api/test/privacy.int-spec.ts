import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';
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
