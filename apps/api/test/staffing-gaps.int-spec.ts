import { randomUUID } from 'node:crypto';
import { addYears, computeStaffingGaps, todayInNorway, yearOf } from '@kp/domain';
import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, db } from './support/database';
import { makeUnit } from './support/factories';

/**
 * Staffing gaps for a small organisation worked out by hand.
 *
 * Gjøvik: unit S with ward W below it. Y = this year.
 *
 *   person  unit  profession        stillingsprosent  born    active
 *   n1      S     2223 sykepleier   100               Y − 30  yes
 *   n2      W     2223              80                Y − 66  yes   (67 next year)
 *   n3      W     2223              50                unknown yes
 *   n4      S     2223              100               Y − 35  no    (never counted)
 *   h1      S     5321 helsefagarb. 100               Y − 40  yes   (another profession)
 *
 *   RS1  S  2223  3 årsverk  NOW          → now n1+n2+n3 = 2,3 (gap 0,7, coverage 0,7667);
 *                                           in 1 and 3 years n2 is gone: 1,5 (gap 1,5, 0,5)
 *   RS2  W  2223  1 årsverk  THREE_YEARS  → in 3 years only n3: 0,5 (gap 0,5, 0,5)
 */

const QUERY = `query ($filter: GapFilter) {
  staffingGaps(filter: $filter) {
    staffingRequirementId horizon horizonDate professionCode professionName requiredFte
    unit { name }
    staffHeadcount { value suppressed reason rounded }
    staffFte { value suppressed rounded }
    gap { value suppressed }
    surplus { value suppressed }
    coverage { value suppressed }
    earlyRetirement { retirementAge staffHeadcount { value } gap { value } }
  }
}`;

interface Figure {
  value: number | null;
  suppressed: boolean;
  reason?: string | null;
  rounded?: boolean;
}
interface Row {
  staffingRequirementId: string;
  horizon: string;
  horizonDate: string;
  professionCode: string;
  professionName: string;
  requiredFte: number;
  unit: { name: string };
  staffHeadcount: Figure;
  staffFte: Figure;
  gap: Figure;
  surplus: Figure;
  coverage: Figure;
  earlyRetirement: { retirementAge: number; staffHeadcount: Figure; gap: Figure } | null;
}

let unitS: string;
let unitW: string;
const ids: Record<'RS1' | 'RS2', string> = { RS1: '', RS2: '' };

async function employee(
  unitId: string,
  profession: string,
  fte: number,
  birthYear: number | null,
  active = true,
) {
  await db().query(
    `INSERT INTO employee (region_id, municipality_id, unit_id, employee_number, given_name,
       family_name, fte, employment_type, birth_year, active, profession_code)
     SELECT region_id, municipality_id, id, $2, 'Bemanning', 'Håndregnet', $3, 'PERMANENT', $4,
            $5, $6
     FROM unit WHERE id = $1`,
    [unitId, `B-${randomUUID().slice(0, 8)}`, fte, birthYear, active, profession],
  );
}

async function staffingRequirement(unitId: string, requiredFte: number, horizon: string) {
  const { createStaffingRequirement } = await gqlOk<{ createStaffingRequirement: { id: string } }>(
    `mutation ($input: CreateStaffingRequirementInput!) {
       createStaffingRequirement(input: $input) { id } }`,
    {
      input: {
        unitId,
        professionCode: '2223',
        requiredFte,
        horizon,
        priority: 'CRITICAL',
        rationaleKind: 'LOCAL_GOAL',
      },
    },
    await as(DEMO.hrGjovik),
  );
  return createStaffingRequirement.id;
}

async function staffingGaps(user: string, filter: Record<string, unknown>): Promise<Row[]> {
  return (await gqlOk<{ staffingGaps: Row[] }>(QUERY, { filter }, await as(user))).staffingGaps;
}

function find(rows: Row[], id: string, horizon: string) {
  const row = rows.find((r) => r.staffingRequirementId === id && r.horizon === horizon);
  if (!row) return undefined;
  return {
    staff: row.staffHeadcount.value,
    fte: row.staffFte.value,
    gap: row.gap.value,
    surplus: row.surplus.value,
    coverage: row.coverage.value,
  };
}

beforeAll(async () => {
  const year = yearOf(todayInNorway());
  const { rows } = await db().query(
    `SELECT id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = '3407'`,
  );
  const suffix = randomUUID().slice(0, 8);
  unitS = await makeUnit(rows[0].id, { name: `Bemanning ${suffix}` });
  unitW = await makeUnit(rows[0].id, { parentId: unitS, name: `Bemanning post ${suffix}` });
  await employee(unitS, '2223', 100, year - 30);
  await employee(unitW, '2223', 80, year - 66);
  await employee(unitW, '2223', 50, null);
  await employee(unitS, '2223', 100, year - 35, false);
  await employee(unitS, '5321', 100, year - 40);
  ids.RS1 = await staffingRequirement(unitS, 3, 'NOW');
  ids.RS2 = await staffingRequirement(unitW, 1, 'THREE_YEARS');
});
afterAll(closeDb);

describe('staffing gaps', () => {
  it('gives the figures worked out by hand at every horizon', async () => {
    const rows = await staffingGaps(DEMO.hrGjovik, { unitId: unitS });
    expect(rows).toHaveLength(4);
    expect(find(rows, ids.RS1, 'NOW')).toEqual({
      staff: 3,
      fte: 2.3,
      gap: 0.7,
      surplus: 0,
      coverage: 0.7667,
    });
    for (const horizon of ['ONE_YEAR', 'THREE_YEARS']) {
      expect(find(rows, ids.RS1, horizon)).toEqual({
        staff: 2,
        fte: 1.5,
        gap: 1.5,
        surplus: 0,
        coverage: 0.5,
      });
    }
    expect(find(rows, ids.RS2, 'NOW')).toBeUndefined();
    expect(find(rows, ids.RS2, 'THREE_YEARS')).toEqual({
      staff: 1,
      fte: 0.5,
      gap: 0.5,
      surplus: 0,
      coverage: 0.5,
    });
    const first = rows[0];
    expect(first).toMatchObject({
      professionCode: '2223',
      professionName: 'Sykepleiere',
      requiredFte: 3,
      unit: { name: expect.stringMatching(/^Bemanning /) },
    });
    expect(rows.find((r) => r.horizon === 'THREE_YEARS')?.horizonDate).toBe(
      addYears(todayInNorway(), 3),
    );
    // biggest gaps first
    const gaps = rows.map((r) => r.gap.value ?? 0);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it('agrees with the domain rule computeStaffingGaps, person by person', async () => {
    const rows = await staffingGaps(DEMO.hrGjovik, { unitId: unitS });
    const { rows: staff } = await db().query(
      `SELECT e.id, u.path::text[] AS "unitPath", e.profession_code AS "professionCode",
              e.fte::float8 AS fte, e.birth_year AS "birthYear", e.active
       FROM employee e JOIN unit u ON u.id = e.unit_id WHERE u.path @> ARRAY[$1::uuid]`,
      [unitS],
    );
    const required = { [ids.RS1]: { unitId: unitS, fte: 3 }, [ids.RS2]: { unitId: unitW, fte: 1 } };
    const expected = computeStaffingGaps(
      rows.map((row) => ({
        id: `${row.staffingRequirementId}|${row.horizon}`,
        unitId: required[row.staffingRequirementId].unitId,
        professionCode: row.professionCode,
        requiredFte: required[row.staffingRequirementId].fte,
        horizonDate: row.horizonDate,
        priority: 'CRITICAL' as const,
      })),
      staff,
      { today: todayInNorway() },
    );
    expect(
      rows.map((row) => ({
        id: `${row.staffingRequirementId}|${row.horizon}`,
        staffHeadcount: row.staffHeadcount.value,
        staffFte: row.staffFte.value,
        gap: row.gap.value,
        surplus: row.surplus.value,
        coverage: row.coverage.value,
      })),
    ).toEqual(
      expected.map((gap) => ({
        id: gap.staffingRequirementId,
        staffHeadcount: gap.staffHeadcount,
        staffFte: gap.staffFte,
        gap: gap.gap,
        surplus: gap.surplus,
        coverage: gap.coverage,
      })),
    );
  });

  it('shows a second scenario with an earlier retirement age', async () => {
    const rows = await staffingGaps(DEMO.hrGjovik, {
      unitId: unitS,
      horizons: ['ONE_YEAR'],
      earlyRetirementAge: 62,
    });
    expect(rows.map((r) => r.horizon)).toEqual(['ONE_YEAR']);
    expect(rows[0].earlyRetirement).toEqual({
      retirementAge: 62,
      staffHeadcount: { value: 2 },
      gap: { value: 1.5 },
    });
  });

  // Changed deliberately (issue 15): nothing is hidden any more; the board sees sums of
  // randomly rounded groups and everything computed from them, HR the exact figures.
  it('rounds the board’s figures to sums of rounded groups, and HR sees them exact', async () => {
    const board = await staffingGaps(DEMO.board, { unitId: unitS, horizons: ['NOW'] });
    expect(board).toHaveLength(1);
    const [row] = board;
    // the nurses are n1 in S and n2, n3 in W: S's own staff (n1, h1; n4 is inactive) and W's
    // (n2, n3) are 2 people each, rounded to 0 or 5, and within a unit the groups add up to
    // it, so the nurses show 0, 5 or 10
    expect([0, 5, 10]).toContain(row.staffHeadcount.value);
    expect(row.staffHeadcount).toMatchObject({ suppressed: false, reason: null, rounded: true });
    // årsverk from the rounded head count at an average position size; the gap from them
    expect(row.staffFte.rounded).toBe(true);
    expect(row.staffFte.value! <= row.staffHeadcount.value!).toBe(true);
    expect(row.gap.value).toBe(Math.round(Math.max(0, 3 - row.staffFte.value!) * 100) / 100);
    const hr = await staffingGaps(DEMO.hrGjovik, { unitId: unitS, horizons: ['NOW'] });
    expect(hr[0].staffHeadcount).toMatchObject({ value: 3, rounded: false });
  });

  it('builds the early-retirement scenario from the same groups, and only for the allowed ages', async () => {
    // six nurses, one of them 63 next year: 62 as the early age leaves five
    const year = yearOf(todayInNorway());
    const { rows } = await db().query(
      `SELECT id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = '3407'`,
    );
    const unit = await makeUnit(rows[0].id, {
      name: `Bemanning tidlig ${randomUUID().slice(0, 8)}`,
    });
    for (const born of [1980, 1982, 1984, 1986, 1988, year - 62]) {
      await employee(unit, '2223', 100, born);
    }
    await staffingRequirement(unit, 6, 'NOW');
    const filter = { unitId: unit, horizons: ['ONE_YEAR'], earlyRetirementAge: 62 };

    // two groups: the five who stay (exactly 5, never moved) and the one who goes at 62
    // (0 or 5): the difference between the scenarios is that one group, 0 or 5
    const [board] = await staffingGaps(DEMO.board, filter);
    expect([5, 10]).toContain(board.staffHeadcount.value);
    expect(board.earlyRetirement?.staffHeadcount).toEqual({ value: 5 });

    const [hr] = await staffingGaps(DEMO.hrGjovik, filter);
    expect(hr.earlyRetirement).toEqual({
      retirementAge: 62,
      staffHeadcount: { value: 5 },
      gap: { value: 1 },
    });

    // any other age would split the groups by birth year: refused where figures are rounded
    const other = await gql(
      QUERY,
      { filter: { ...filter, earlyRetirementAge: 64 } },
      await as(DEMO.board),
    );
    expect(other.errors?.[0]).toMatchObject({
      message:
        'Tidlig pensjonsalder kan bare være 62 eller 67 år når tallene er avrundet (du har ikke tilgang til personene bak dem)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const [hr64] = await staffingGaps(DEMO.hrGjovik, { ...filter, earlyRetirementAge: 64 });
    expect(hr64.earlyRetirement?.retirementAge).toBe(64);
  });

  it('lists the demo region’s staffing gaps for the coordinator', async () => {
    const rows = await staffingGaps(DEMO.coordinator, { horizons: ['THREE_YEARS'] });
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.some((r) => r.gap.suppressed === false && (r.gap.value ?? 0) > 0)).toBe(true);
  });
});
