import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';
import {
  addQualifications,
  auditEntries,
  daysFrom,
  demoUnit,
  makeCompetence,
  makeEmployee,
  makeEmployees,
  municipalityId,
  todayInNorway,
  uniqueToken,
  UnitRef,
} from './support/factories';

const EMPLOYEES = `query ($filter: EmployeeFilter, $first: Int, $after: String) {
  employees(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id givenName familyName fullName } }
  }
}`;
const EMPLOYEE = `query ($id: ID!) {
  employee(id: $id) {
    id employeeNumber fullName positionTitle fte employmentType birthYear startDate active version
    profession { code name healthEducation higherEducation }
    unit { id name } municipality { number name }
  }
}`;
const CREATE = `mutation ($input: CreateEmployeeInput!) {
  createEmployee(input: $input) {
    id employeeNumber fullName fte version profession { code name } unit { name } municipality { number }
  }
}`;
const UPDATE = `mutation ($input: UpdateEmployeeInput!) {
  updateEmployee(input: $input) { id givenName fte version unit { name } professionCode }
}`;

interface Page {
  employees: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: { id: string; givenName: string; familyName: string; fullName: string };
    }>;
  };
}

async function page(
  user: string,
  filter: Record<string, unknown>,
  first = 50,
  after?: string | null,
): Promise<Page['employees']> {
  const data = await gqlOk<Page>(EMPLOYEES, { filter, first, after }, await as(user));
  return data.employees;
}

async function ids(user: string, filter: Record<string, unknown>): Promise<string[]> {
  return (await page(user, filter, 500)).edges.map((edge) => edge.node.id);
}

let north: UnitRef; // Hjemmetjenesten Gjøvik nord: in the home-care leader's subtree
let sorbyen: UnitRef; // Sørbyen sykehjem: Gjøvik, outside that subtree
let lena: UnitRef; // Lena sykehjem, Østre Toten

beforeAll(async () => {
  north = await demoUnit('Hjemmetjenesten Gjøvik nord');
  sorbyen = await demoUnit('Sørbyen sykehjem');
  lena = await demoUnit('Lena sykehjem', '3442');
});
afterAll(closeDb);

describe('employees: order and paging', () => {
  it('sorts by family name, then given name, in the Norwegian alphabet', async () => {
    const t = uniqueToken();
    await makeEmployees(north, [
      { familyName: `${t} Øye`, givenName: 'Kari' },
      { familyName: `${t} Ås`, givenName: 'Per' },
      { familyName: `${t} Ærø`, givenName: 'Ola' },
      { familyName: `${t} berg`, givenName: 'Åse' },
      { familyName: `${t} Berg`, givenName: 'Anne' },
      { familyName: `${t} Zahl`, givenName: 'Eva' },
    ]);
    const result = await page(DEMO.hrGjovik, { search: t });
    expect(result.edges.map((edge) => edge.node.fullName)).toEqual([
      `Åse ${t} berg`,
      `Anne ${t} Berg`,
      `Eva ${t} Zahl`,
      `Ola ${t} Ærø`,
      `Kari ${t} Øye`,
      `Per ${t} Ås`,
    ]);
    expect(result.totalCount).toBe(6);
  });

  it('pages with an opaque cursor that stays stable when people are added before it', async () => {
    const t = uniqueToken();
    const made = await makeEmployees(
      north,
      ['B', 'C', 'D', 'E', 'F', 'G', 'H'].map((letter) => ({ familyName: `${t} ${letter}` })),
    );
    const expected = made.map((employee) => employee.id);

    const first = await page(DEMO.hrGjovik, { search: t }, 3);
    expect(first.edges.map((edge) => edge.node.id)).toEqual(expected.slice(0, 3));
    expect(first.totalCount).toBe(7);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).toBe(first.edges[2].cursor);
    expect(first.pageInfo.endCursor).not.toContain(t);

    // someone sorted before the cursor arrives between two page loads
    await makeEmployee(north, { familyName: `${t} A` });
    const second = await page(DEMO.hrGjovik, { search: t }, 3, first.pageInfo.endCursor);
    expect(second.edges.map((edge) => edge.node.id)).toEqual(expected.slice(3, 6));
    expect(second.totalCount).toBe(8);

    const third = await page(DEMO.hrGjovik, { search: t }, 3, second.pageInfo.endCursor);
    expect(third.edges.map((edge) => edge.node.id)).toEqual(expected.slice(6));
    expect(third.pageInfo.hasNextPage).toBe(false);

    const past = await page(DEMO.hrGjovik, { search: t }, 3, third.pageInfo.endCursor);
    expect(past).toEqual({
      totalCount: 8,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it('answers without a filter, and with an explicit null page size as with the default', async () => {
    const result = await gqlOk<Page>(
      `{ employees(first: null) { totalCount edges { node { id } } } }`,
      {},
      await as(DEMO.leaderHomeCareGjovik),
    );
    expect(result.employees.totalCount).toBeGreaterThan(0);
    expect(result.employees.edges.length).toBe(Math.min(50, result.employees.totalCount));
  });

  it.each([
    ['a malformed cursor', { after: 'not-a-cursor' }, 'after', 'INVALID_CURSOR'],
    ['a page that is too large', { first: 501 }, 'first', 'TOO_LARGE'],
    ['an empty page', { first: 0 }, 'first', 'TOO_SMALL'],
  ])('refuses %s with a field error', async (_case, args, field, code) => {
    const result = await gql(EMPLOYEES, { filter: {}, ...args }, await as(DEMO.hrGjovik));
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field, code, message: expect.any(String) },
    ]);
  });
});

describe('employees: filters', () => {
  const t = uniqueToken();
  const made: Record<string, string> = {};

  beforeAll(async () => {
    const [nurse, helper, inactive] = await makeEmployees(north, [
      {
        familyName: `${t} Nordmann`,
        givenName: 'Kari',
        professionCode: '2223',
        employeeNumber: `${t}-K1`,
      },
      { familyName: `${t} Hansen`, givenName: 'Jon', professionCode: '5321' },
      { familyName: `${t} Inaktiv`, givenName: 'Ida', active: false },
    ]);
    const [elsewhere] = await makeEmployees(sorbyen, [
      { familyName: `${t} Sørby`, givenName: 'Siri', professionCode: '2224' },
    ]);
    Object.assign(made, {
      nurse: nurse.id,
      helper: helper.id,
      inactive: inactive.id,
      elsewhere: elsewhere.id,
    });
  });

  it('searches names and employee numbers, case-insensitively, with % taken literally', async () => {
    expect(await ids(DEMO.hrGjovik, { search: `kari ${t.toLowerCase()} nord` })).toEqual([
      made.nurse,
    ]);
    expect(await ids(DEMO.hrGjovik, { search: `${t} nordmann, kari` })).toEqual([made.nurse]);
    expect(await ids(DEMO.hrGjovik, { search: `${t} Nordmann Kari` })).toEqual([made.nurse]);
    expect(await ids(DEMO.hrGjovik, { search: `${t}-k1` })).toEqual([made.nurse]);
    expect(await ids(DEMO.hrGjovik, { search: `${t}%` })).toEqual([]);
  });

  it('filters by unit subtree, municipality and profession, and leaves out inactive people', async () => {
    const homeCare = await demoUnit('Hjemmetjenesten Gjøvik');
    expect(await ids(DEMO.hrGjovik, { search: t, unitId: homeCare.id })).toEqual([
      made.helper,
      made.nurse,
    ]);
    expect(await ids(DEMO.hrGjovik, { search: t, unitId: sorbyen.id })).toEqual([made.elsewhere]);
    expect(
      await ids(DEMO.hrGjovik, { search: t, municipalityId: await municipalityId('3407') }),
    ).toHaveLength(3);
    expect(
      await ids(DEMO.hrGjovik, { search: t, municipalityId: await municipalityId('3442') }),
    ).toEqual([]);
    expect(await ids(DEMO.hrGjovik, { search: t, professionCodes: ['2223', '2224'] })).toEqual([
      made.nurse,
      made.elsewhere,
    ]);
    expect(await ids(DEMO.hrGjovik, { search: t, includeInactive: true })).toEqual([
      made.helper,
      made.inactive,
      made.nurse,
      made.elsewhere,
    ]);
  });

  it('filters on certificates and assessments expiring within N days', async () => {
    const competence = await makeCompetence({ validityMonths: 12 });
    const today = todayInNorway();
    await addQualifications([made.nurse], {
      title: 'HLR',
      competenceId: competence.id,
      level: 3,
      obtainedOn: daysFrom(today, -355),
      expiresOn: daysFrom(today, 10),
    });
    await addQualifications([made.helper], {
      title: 'HLR',
      competenceId: competence.id,
      level: 3,
      obtainedOn: daysFrom(today, -400),
      expiresOn: daysFrom(today, -1),
    });
    expect(await ids(DEMO.hrGjovik, { search: t, expiringWithinDays: 30 })).toEqual([made.nurse]);
    expect(await ids(DEMO.hrGjovik, { search: t, expiringWithinDays: 10 })).toEqual([made.nurse]);
    expect(await ids(DEMO.hrGjovik, { search: t, expiringWithinDays: 9 })).toEqual([]);
  });

  it.each([
    ['minLevel without a competence', { minLevel: 2 }, 'minLevel', 'COMPETENCE_REQUIRED'],
    [
      'an unknown profession code',
      { professionCodes: ['9999'] },
      'professionCodes',
      'INVALID_CHOICE',
    ],
    ['a negative number of days', { expiringWithinDays: -1 }, 'expiringWithinDays', 'TOO_SMALL'],
    ['a malformed unit id', { unitId: 'x' }, 'unitId', 'INVALID_ID'],
  ])('refuses %s', async (_case, filter, field, code) => {
    const result = await gql(EMPLOYEES, { filter }, await as(DEMO.hrGjovik));
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field, code, message: expect.any(String) },
    ]);
  });
});

describe('employees: scope', () => {
  const t = uniqueToken();
  let inSubtree: string;
  let outsideSubtree: string;
  let ostreToten: string;

  beforeAll(async () => {
    inSubtree = (await makeEmployee(north, { familyName: `${t} Nord` })).id;
    outsideSubtree = (await makeEmployee(sorbyen, { familyName: `${t} Sørby` })).id;
    ostreToten = (await makeEmployee(lena, { familyName: `${t} Lena` })).id;
  });

  it('shows a unit leader only their own unit subtree', async () => {
    expect(await ids(DEMO.leaderHomeCareGjovik, { search: t })).toEqual([inSubtree]);
    // asking for a unit outside the subtree gives nothing rather than an error
    expect(await ids(DEMO.leaderHomeCareGjovik, { search: t, unitId: sorbyen.id })).toEqual([]);
    const options = await as(DEMO.leaderHomeCareGjovik);
    expect(
      (await gqlOk<{ employee: unknown }>(EMPLOYEE, { id: inSubtree }, options)).employee,
    ).not.toBeNull();
    expect(
      (await gqlOk<{ employee: unknown }>(EMPLOYEE, { id: outsideSubtree }, options)).employee,
    ).toBeNull();
  });

  it('shows HR their whole municipality and nothing of others', async () => {
    expect(await ids(DEMO.hrGjovik, { search: t })).toEqual([inSubtree, outsideSubtree]);
    const options = await as(DEMO.hrGjovik);
    expect(
      (await gqlOk<{ employee: unknown }>(EMPLOYEE, { id: ostreToten }, options)).employee,
    ).toBeNull();
  });

  it('lets an Østre Toten leader neither read nor change a Gjøvik employee', async () => {
    const options = await as(DEMO.leaderNursingHomeOstreToten);
    expect(await ids(DEMO.leaderNursingHomeOstreToten, { search: t })).toEqual([ostreToten]);
    expect(
      (await gqlOk<{ employee: unknown }>(EMPLOYEE, { id: inSubtree }, options)).employee,
    ).toBeNull();

    const competence = await makeCompetence();
    const before = await count('SELECT 1 FROM assessment WHERE employee_id = $1', [inSubtree]);
    const record = await gql(
      `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
      {
        input: {
          employeeId: inSubtree,
          competenceId: competence.id,
          level: 2,
          source: 'LEADER_ASSESSED',
        },
      },
      options,
    );
    expect(record.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(record.errors?.[0].message).toBe('Fant ikke den ansatte');
    expect(await count('SELECT 1 FROM assessment WHERE employee_id = $1', [inSubtree])).toBe(
      before,
    );

    // changing the record itself is for HR only
    const update = await gql(UPDATE, { input: { id: inSubtree, version: 1, fte: 10 } }, options);
    expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      await count('SELECT 1 FROM employee WHERE id = $1 AND fte = 80 AND version = 1', [inSubtree]),
    ).toBe(1);
  });

  it('does not let HR change an employee of another municipality', async () => {
    const result = await gql(
      UPDATE,
      { input: { id: ostreToten, version: 1, fte: 10 } },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0].message).toBe('Fant ikke den ansatte');
    expect(
      await count('SELECT 1 FROM employee WHERE id = $1 AND fte = 80 AND version = 1', [
        ostreToten,
      ]),
    ).toBe(1);
  });

  it.each([
    ['board members', DEMO.board, 'FORBIDDEN'],
    ['regional coordinators', DEMO.coordinator, 'FORBIDDEN'],
    ['region admins', DEMO.admin, 'FORBIDDEN'],
    ['anonymous callers', null, 'UNAUTHENTICATED'],
  ])('refuses personal data to %s', async (_who, user, code) => {
    const options = user ? await as(user) : {};
    const list = await gql(EMPLOYEES, { filter: { search: t } }, options);
    expect(list.errors?.[0].extensions?.code).toBe(code);
    expect(list.data).toBeNull();
    const one = await gql(EMPLOYEE, { id: inSubtree }, options);
    expect(one.errors?.[0].extensions?.code).toBe(code);
  });

  it('never shows an erased employee', async () => {
    const erased = await makeEmployee(north, { familyName: `${t} Slettet` });
    await db().query('UPDATE employee SET erased_at = now() WHERE id = $1', [erased.id]);
    expect(await ids(DEMO.hrGjovik, { search: `${t} Slettet`, includeInactive: true })).toEqual([]);
    const one = await gqlOk<{ employee: unknown }>(
      EMPLOYEE,
      { id: erased.id },
      await as(DEMO.hrGjovik),
    );
    expect(one.employee).toBeNull();
  });
});

describe('employees: reading is audited', () => {
  it('writes employee.read for one record, and nothing for one out of scope', async () => {
    const employee = await makeEmployee(north);
    const outside = await makeEmployee(lena);
    const data = await gqlOk<{ employee: { id: string; profession: { name: string } } }>(
      EMPLOYEE,
      { id: employee.id },
      await as(DEMO.leaderHomeCareGjovik),
    );
    expect(data.employee.profession.name).toBe('Helsefagarbeidere');
    const entries = await auditEntries('employee.read', employee.id);
    expect(entries).toEqual([
      expect.objectContaining({
        entity_type: 'employee',
        entity_id: employee.id,
        employee_id: employee.id,
        actor_email: DEMO.leaderHomeCareGjovik,
      }),
    ]);
    await gqlOk(EMPLOYEE, { id: outside.id }, await as(DEMO.leaderHomeCareGjovik));
    expect(await auditEntries('employee.read', outside.id)).toEqual([]);
  });

  it('writes one employee.list entry naming exactly the people on the page', async () => {
    const t = uniqueToken();
    const made = await makeEmployees(
      north,
      [{}, {}, {}, {}].map(() => ({ familyName: t })),
    );
    const result = await page(DEMO.hrGjovik, { search: t }, 3);
    const shown = result.edges.map((edge) => edge.node.id);
    expect(shown).toHaveLength(3);

    const entries = await auditEntries('employee.list', made[0].id);
    expect(entries).toHaveLength(1);
    expect([...(entries[0].employee_ids ?? [])].sort()).toEqual([...shown].sort());
    expect(entries[0].actor_email).toBe(DEMO.hrGjovik);
    const notShown = made.find((employee) => !shown.includes(employee.id));
    expect(await auditEntries('employee.list', notShown?.id ?? '')).toEqual([]);
  });
});

describe('createEmployee', () => {
  function input(overrides: Record<string, unknown> = {}) {
    return {
      unitId: north.id,
      employeeNumber: uniqueToken('N'),
      givenName: 'Kari',
      familyName: 'Nordmann',
      positionTitle: 'Sykepleier',
      professionCode: '2223',
      fte: 80.5,
      employmentType: 'PERMANENT',
      birthYear: 1985,
      startDate: '2020-08-01',
      ...overrides,
    };
  }

  it('creates an employee with the profession from STYRK-08, and audits it', async () => {
    const values = input();
    const { createEmployee } = await gqlOk<{
      createEmployee: { id: string; fte: number; version: number; profession: { name: string } };
    }>(CREATE, { input: values }, await as(DEMO.hrGjovik));
    expect(createEmployee).toMatchObject({
      employeeNumber: values.employeeNumber,
      fullName: 'Kari Nordmann',
      fte: 80.5,
      version: 1,
      profession: { code: '2223', name: 'Sykepleiere' },
      unit: { name: 'Hjemmetjenesten Gjøvik nord' },
      municipality: { number: '3407' },
    });
    const [entry] = await auditEntries('employee.create', createEmployee.id);
    expect(entry.after).toMatchObject({ employeeNumber: values.employeeNumber, fte: 80.5 });
  });

  const nextYear = Number(todayInNorway().slice(0, 4)) + 1;
  const cases: Array<[string, Record<string, unknown>, string, string, string]> = [
    ['FTE above 100', { fte: 120 }, 'fte', 'TOO_LARGE', 'Stillingsprosent må være mellom 0 og 100'],
    ['negative FTE', { fte: -1 }, 'fte', 'TOO_SMALL', 'Stillingsprosent må være mellom 0 og 100'],
    [
      'a birth year in the future',
      { birthYear: nextYear },
      'birthYear',
      'IN_FUTURE',
      'Fødselsår kan ikke være i fremtiden',
    ],
    [
      'an unknown profession',
      { professionCode: '9999' },
      'professionCode',
      'UNKNOWN_PROFESSION',
      'Yrkeskode (STYRK-08) 9999 er ukjent',
    ],
    ['an empty given name', { givenName: '  ' }, 'givenName', 'REQUIRED', 'Fornavn må fylles ut'],
    [
      'a day that does not exist',
      { startDate: '2024-02-30' },
      'startDate',
      'INVALID_DATE',
      'Startdato er ikke en gyldig dato',
    ],
    [
      'a unit in another municipality',
      { unitId: 'LENA' },
      'unitId',
      'UNKNOWN_UNIT',
      'Enheten finnes ikke',
    ],
  ];
  it.each(cases)(
    'refuses %s with a Norwegian field error and writes nothing',
    async (_case, change, field, code, message) => {
      const values = input(change.unitId === 'LENA' ? { unitId: lena.id } : change);
      const result = await gql(CREATE, { input: values }, await as(DEMO.hrGjovik));
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([{ field, code, message }]);
      expect(
        await count('SELECT 1 FROM employee WHERE employee_number = $1', [values.employeeNumber]),
      ).toBe(0);
    },
  );

  it('reports every problem at once', async () => {
    const values = input({ professionCode: '1234', birthYear: 3000 });
    const result = await gql(CREATE, { input: values }, await as(DEMO.hrGjovik));
    expect(result.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual([
      'UNKNOWN_PROFESSION',
      'IN_FUTURE',
    ]);
  });

  it('refuses an employee number already used in the municipality', async () => {
    const existing = await makeEmployee(sorbyen);
    const result = await gql(
      CREATE,
      { input: input({ employeeNumber: existing.employeeNumber }) },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'employeeNumber',
        code: 'DUPLICATE_EMPLOYEE_NUMBER',
        message: `Ansattnummer ${existing.employeeNumber} er allerede i bruk i kommunen`,
      },
    ]);
    expect(
      await count('SELECT 1 FROM employee WHERE employee_number = $1', [existing.employeeNumber]),
    ).toBe(1);
  });

  it('is for HR only', async () => {
    const values = input();
    const result = await gql(CREATE, { input: values }, await as(DEMO.leaderHomeCareGjovik));
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      await count('SELECT 1 FROM employee WHERE employee_number = $1', [values.employeeNumber]),
    ).toBe(0);
  });
});

describe('updateEmployee', () => {
  it('changes what is given, bumps the version and audits before and after', async () => {
    const employee = await makeEmployee(north, { givenName: 'Før' });
    const { updateEmployee } = await gqlOk<{ updateEmployee: Record<string, unknown> }>(
      UPDATE,
      { input: { id: employee.id, version: 1, givenName: 'Etter', fte: 50, unitId: sorbyen.id } },
      await as(DEMO.hrGjovik),
    );
    expect(updateEmployee).toEqual({
      id: employee.id,
      givenName: 'Etter',
      fte: 50,
      version: 2,
      unit: { name: 'Sørbyen sykehjem' },
      professionCode: '5321',
    });
    const [entry] = await auditEntries('employee.update', employee.id);
    expect(entry.before).toMatchObject({ givenName: 'Før', fte: 80, version: 1 });
    expect(entry.after).toMatchObject({
      givenName: 'Etter',
      fte: 50,
      version: 2,
      unitId: sorbyen.id,
    });
  });

  it('clears a profession with null and leaves omitted fields alone', async () => {
    const employee = await makeEmployee(north, { birthYear: 1970 });
    const { updateEmployee } = await gqlOk<{ updateEmployee: { professionCode: string | null } }>(
      UPDATE,
      { input: { id: employee.id, version: 1, professionCode: null } },
      await as(DEMO.hrGjovik),
    );
    expect(updateEmployee.professionCode).toBeNull();
    const { rows } = await db().query('SELECT birth_year, given_name FROM employee WHERE id = $1', [
      employee.id,
    ]);
    expect(rows[0]).toEqual({ birth_year: 1970, given_name: employee.givenName });
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const employee = await makeEmployee(north);
    const options = await as(DEMO.hrGjovik);
    await gqlOk(UPDATE, { input: { id: employee.id, version: 1, fte: 60 } }, options);
    const stale = await gql(UPDATE, { input: { id: employee.id, version: 1, fte: 20 } }, options);
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/Noen andre har endret den ansatte/);
    const { rows } = await db().query(
      'SELECT fte::float8 AS fte, version FROM employee WHERE id = $1',
      [employee.id],
    );
    expect(rows[0]).toEqual({ fte: 60, version: 2 });
    expect(await auditEntries('employee.update', employee.id)).toHaveLength(1);
  });

  it('refuses a duplicate number and a birth year in the future, and writes nothing', async () => {
    const [employee, other] = await makeEmployees(north, [{}, {}]);
    const result = await gql(
      UPDATE,
      {
        input: {
          id: employee.id,
          version: 1,
          employeeNumber: other.employeeNumber,
          birthYear: 2999,
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions?.fields?.map((f) => [f.field, f.code])).toEqual([
      ['employeeNumber', 'DUPLICATE_EMPLOYEE_NUMBER'],
      ['birthYear', 'IN_FUTURE'],
    ]);
    expect(await count('SELECT 1 FROM employee WHERE id = $1 AND version = 1', [employee.id])).toBe(
      1,
    );
  });

  it('answers NOT_FOUND for an id that does not exist', async () => {
    const result = await gql(
      UPDATE,
      { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, fte: 10 } },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'Fant ikke den ansatte',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
