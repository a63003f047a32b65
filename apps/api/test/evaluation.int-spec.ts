import { randomUUID } from 'node:crypto';
import { apiUrl, as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';
import { makeUnit, municipalityId, regionId } from './support/factories';

/**
 * Evaluation against the real API and PostgreSQL: computed indicators worked out by hand on a
 * small region of the test's own, the monthly measurement claimed once per month, entered
 * values by hand and by file (future dates refused, nothing written), run-chart signals on a
 * hand-made series, rounded figures for board members, and the September view.
 */
afterAll(closeDb);

async function id(sql: string, params: unknown[]): Promise<string> {
  const { rows } = await db().query(sql, params);
  return rows[0].id as string;
}

interface Small {
  coordinator: string;
  regionId: string;
  municipalityId: string;
  unitA: string;
  unitB: string;
}

/**
 * A region of its own: unit A with department B.
 *   e1 A start 2025-01-10 100 % 2223 (sykepleier: health + higher)
 *   e2 A start 2025-03-01  50 % 5321 (helsefagarbeider: health)
 *   e3 B start unknown     80 % 5329 (neither)
 *   e4 B start 2025-06-15 100 % 2223, left 2025-09-10 (deactivated)
 * Appraisal cycle 2025: e1 completed 2025-05-10, e2 completed 2025-08-20.
 * Certificate of e1 expires 2025-12-15.
 * Competence C: e1 level 2 from 2025-06-01, e3 level 1 from 2025-08-15; requirements: A needs
 * 2 at level 1, B needs 3 at level 1 (both NOW).
 */
async function smallRegion(): Promise<Small> {
  const token = randomUUID().slice(0, 8);
  const region = await id(`INSERT INTO region (name, slug) VALUES ($1, $2) RETURNING id`, [
    `Evalueringsregion ${token}`,
    `evaluering-${token}`,
  ]);
  const municipality = await id(
    `INSERT INTO municipality (region_id, number, name) VALUES ($1, $2, 'Testkommune') RETURNING id`,
    [region, String(9000 + Math.floor(Math.random() * 900))],
  );
  const unitA = await id(
    `WITH n AS (SELECT gen_random_uuid() AS id)
     INSERT INTO unit (id, region_id, municipality_id, path, name, kind)
     SELECT n.id, $1, $2, ARRAY[n.id], 'Enhet A', 'UNIT' FROM n RETURNING id`,
    [region, municipality],
  );
  const unitB = await id(
    `WITH n AS (SELECT gen_random_uuid() AS id)
     INSERT INTO unit (id, region_id, municipality_id, parent_id, path, name, kind)
     SELECT n.id, $1, $2, $3, ARRAY[$3::uuid, n.id], 'Avdeling B', 'DEPARTMENT' FROM n RETURNING id`,
    [region, municipality, unitA],
  );
  const employee = (
    unit: string,
    n: string,
    start: string | null,
    fte: number,
    code: string,
    active = true,
  ) =>
    id(
      `INSERT INTO employee (region_id, municipality_id, unit_id, employee_number, given_name,
         family_name, fte, employment_type, birth_year, start_date, profession_code, active)
       VALUES ($1, $2, $3, $4, 'Test', 'Person', $5, 'PERMANENT', 1980, $6, $7, $8) RETURNING id`,
      [region, municipality, unit, n, fte, start, code, active],
    );
  const e1 = await employee(unitA, 'E1', '2025-01-10', 100, '2223');
  const e2 = await employee(unitA, 'E2', '2025-03-01', 50, '5321');
  const e3 = await employee(unitB, 'E3', null, 80, '5329');
  const e4 = await employee(unitB, 'E4', '2025-06-15', 100, '2223', false);
  await db().query(`UPDATE employee SET updated_at = '2025-09-10 12:00+02' WHERE id = $1`, [e4]);
  const cycle = await id(
    `INSERT INTO appraisal_cycle (region_id, municipality_id, name, opens_on, closes_on)
     VALUES ($1, $2, 'Runde 2025', '2025-01-01', '2025-12-31') RETURNING id`,
    [region, municipality],
  );
  for (const [employeeId, held] of [
    [e1, '2025-05-10'],
    [e2, '2025-08-20'],
  ]) {
    await db().query(
      `INSERT INTO appraisal (region_id, municipality_id, cycle_id, employee_id, status, held_on,
         completed_at) VALUES ($1, $2, $3, $4, 'COMPLETED', $5, $5::date + time '12:00')`,
      [region, municipality, cycle, employeeId, held],
    );
  }
  await db().query(
    `INSERT INTO qualification (region_id, employee_id, kind, title, obtained_on, expires_on)
     VALUES ($1, $2, 'CERTIFICATE', 'HLR', '2024-12-15', '2025-12-15')`,
    [region, e1],
  );
  const competence = await id(
    `INSERT INTO competence (region_id, name, building_block, area, tags, scale)
     SELECT $1, 'Kompetanse C', building_block, area, ARRAY['Fokus'], scale FROM competence LIMIT 1
     RETURNING id`,
    [region],
  );
  for (const [employeeId, level, on] of [
    [e1, 2, '2025-06-01'],
    [e3, 1, '2025-08-15'],
  ] as const) {
    await db().query(
      `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, assessed_on)
       VALUES ($1, $2, $3, $4, 'LEADER_ASSESSED', $5)`,
      [region, employeeId, competence, level, on],
    );
  }
  for (const [unit, required] of [
    [unitA, 2],
    [unitB, 3],
  ] as const) {
    await db().query(
      `INSERT INTO requirement (region_id, municipality_id, unit_id, competence_id, min_level,
         required, measure, horizon, priority, rationale_kind)
       VALUES ($1, $2, $3, $4, 1, $5, 'HEADCOUNT', 'NOW', 'IMPORTANT', 'LOCAL_GOAL')`,
      [region, municipality, unit, competence, required],
    );
  }
  await db().query(
    `INSERT INTO indicator (region_id, name, source, computed_kind, competence_id, unit, decimals,
       direction) VALUES ($1, 'Dekning C', 'COMPUTED', 'COMPETENCE_COVERAGE', $2, '%', 1,
       'HIGHER_IS_BETTER'),
       ($1, 'Dekning Fokus', 'COMPUTED', 'FOCUS_AREA_COVERAGE', NULL, '%', 1, 'HIGHER_IS_BETTER')`,
    [region, competence],
  );
  await db().query(
    `UPDATE indicator SET tag = 'Fokus' WHERE region_id = $1 AND name = 'Dekning Fokus'`,
    [region],
  );
  const email = `evaluering-${token}@reks.demo`;
  await db().query(
    `WITH u AS (
       INSERT INTO app_user (region_id, email, name, password_hash)
       SELECT $1, $2, 'Koordinator', password_hash FROM app_user WHERE email = $3
       RETURNING id, region_id)
     INSERT INTO role_assignment (region_id, user_id, role) SELECT region_id, id, 'REGIONAL_COORDINATOR' FROM u`,
    [region, email, DEMO.board],
  );
  return { regionId: region, municipalityId: municipality, unitA, unitB, coordinator: email };
}

const PERIODS = ['2025-02', '2025-07', '2025-09', '2025-10'];

/** The current values of the chosen months (every month with `all`). */
async function values(
  regionId: string,
  kind: string,
  scopeId: string,
  all = false,
): Promise<Record<string, number | null>> {
  const { rows } = await db().query(
    `SELECT m.period, m.value::float8 AS value FROM measurement m JOIN indicator i ON i.id = m.indicator_id
     WHERE m.region_id = $1 AND i.computed_kind = $2 AND m.scope_id = $3 AND m.replaced_at IS NULL
       AND ($4 OR m.period = ANY($5::text[]))
     ORDER BY m.period`,
    [regionId, kind, scopeId, all, PERIODS],
  );
  return Object.fromEntries(
    rows.map((r: { period: string; value: number | null }) => [r.period, r.value]),
  );
}

describe('computed indicators on a small region worked out by hand', () => {
  let small: Small;

  let measured: string[];

  beforeAll(async () => {
    small = await smallRegion();
    // two rebuilds at once, as two API instances would: each month is measured by one of them
    const coordinator = await as(small.coordinator);
    const both = await Promise.all(
      [0, 1].map(() =>
        gqlOk<{ rebuildIndicatorHistory: { periods: string[] } }>(
          'mutation { rebuildIndicatorHistory { periods } }',
          {},
          coordinator,
        ),
      ),
    );
    measured = both.flatMap((r) => r.rebuildIndicatorHistory.periods);
  });

  it('measures every month since the first start once, even with two rebuilds at the same time', async () => {
    const { rows } = await db().query(
      `SELECT period FROM measurement_run WHERE region_id = $1 ORDER BY period`,
      [small.regionId],
    );
    const periods = rows.map((r: { period: string }) => r.period);
    expect(periods[0]).toBe('2025-01');
    // no month twice (the monthly tick may have taken the last month before the rebuilds)
    expect(new Set(measured).size).toBe(measured.length);
    expect(periods).toEqual(expect.arrayContaining(measured));
    // 9 indicators × (region, municipality, A, B) per month
    expect(await count(`SELECT 1 FROM measurement WHERE region_id = $1`, [small.regionId])).toBe(
      9 * 4 * periods.length,
    );
    const again = await gqlOk<{ rebuildIndicatorHistory: { periods: string[] } }>(
      'mutation { rebuildIndicatorHistory { periods } }',
      {},
      await as(small.coordinator),
    );
    expect(again.rebuildIndicatorHistory.periods).toEqual([]);
  });

  it('shares FTE with health and with higher education among the staff of each month end', async () => {
    // 02-28: e1 + e3 = 180 %, health 100 → 55.6; 07-31: all four, 330 %, health 250 → 75.8,
    // higher 200 → 60.6; 09-30 and 10-31: e4 has left, 230 %, health 150 → 65.2, higher 100 → 43.5
    expect(await values(small.regionId, 'HEALTH_EDUCATION_FTE', small.regionId)).toEqual({
      '2025-02': 55.6,
      '2025-07': 75.8,
      '2025-09': 65.2,
      '2025-10': 65.2,
    });
    expect(await values(small.regionId, 'HIGHER_EDUCATION_FTE', small.regionId)).toEqual({
      '2025-02': 55.6,
      '2025-07': 60.6,
      '2025-09': 43.5,
      '2025-10': 43.5,
    });
    // department B alone in July: e3 80 % and e4 100 %, health 100 / 180
    expect((await values(small.regionId, 'HEALTH_EDUCATION_FTE', small.unitB))['2025-07']).toBe(
      55.6,
    );
  });

  it('counts completed appraisals of the open cycle, leavers and turnover', async () => {
    // 02-28: e1 not yet → 0; 07-31: 4 staff, e1 done → 25; 09-30 and 10-31: 3 staff, e1 and
    // e2 done → 66.7
    expect(await values(small.regionId, 'APPRAISAL_COMPLETION', small.regionId)).toEqual({
      '2025-02': 0,
      '2025-07': 25,
      '2025-09': 66.7,
      '2025-10': 66.7,
    });
    expect(await values(small.regionId, 'STAFF_LEAVING', small.regionId)).toEqual({
      '2025-02': 0,
      '2025-07': 0,
      '2025-09': 1,
      '2025-10': 0,
    });
    // e4 left within the rolling year: 1 of 3 staff
    expect((await values(small.regionId, 'TURNOVER', small.regionId))['2025-10']).toBe(33.3);
  });

  it('counts certificates expiring within three months of the month end', async () => {
    // e1's expires 2025-12-15: after 07-31 + 3 months, within 09-30 + 3 and 10-31 + 3
    expect(await values(small.regionId, 'CERTIFICATES_EXPIRING', small.regionId)).toEqual({
      '2025-02': 0,
      '2025-07': 0,
      '2025-09': 1,
      '2025-10': 1,
    });
  });

  it('covers requirements as the gap roll-up does, with realkompetanse as of each month end', async () => {
    // A needs 2 (its subtree: e1 from 06-01, e3 from 08-15), B needs 3 (e3)
    // 02: 0/2 + 0/3 = 0; 07: 1/2 + 0/3 = 1/5 = 20; 09: 2/2 + 1/3 = 3/5 = 60
    expect(await values(small.regionId, 'COMPETENCE_COVERAGE', small.regionId)).toEqual({
      '2025-02': 0,
      '2025-07': 20,
      '2025-09': 60,
      '2025-10': 60,
    });
    expect((await values(small.regionId, 'COMPETENCE_COVERAGE', small.unitB))['2025-10']).toBe(
      33.3,
    );
    // the focus area holds only C here, so it agrees
    expect((await values(small.regionId, 'FOCUS_AREA_COVERAGE', small.regionId))['2025-09']).toBe(
      60,
    );
  });
});

describe('the demo region', () => {
  const SERIES = `query ($id: ID!, $scope: EvaluationScopeInput!) {
    indicatorSeries(indicatorId: $id, scope: $scope) {
      scopeName median rounded canEnter runs runsLower runsUpper
      points { period value source inBaseline inSignal }
      signals { kind direction periods sentence }
    } }`;
  let gjovik: string;
  let indicators: { id: string; name: string; source: string; computedKind: string | null }[];

  beforeAll(async () => {
    gjovik = await municipalityId('3407');
    ({ indicators } = await gqlOk<{ indicators: typeof indicators }>(
      '{ indicators { id name source computedKind } }',
      {},
      await as(DEMO.board),
    ));
  });

  const byKind = (kind: string) => indicators.find((i) => i.computedKind === kind)!.id;
  const entered = (name: string) => indicators.find((i) => i.name.startsWith(name))!.id;

  it('has two years of history rebuilt from the dated data, with baselines', async () => {
    const { indicatorSeries } = await gqlOk<{
      indicatorSeries: { points: { source: string; inBaseline: boolean }[]; median: number | null };
    }>(
      SERIES,
      { id: byKind('HEALTH_EDUCATION_FTE'), scope: { level: 'REGION' } },
      await as(DEMO.coordinator),
    );
    expect(indicatorSeries.points.length).toBeGreaterThanOrEqual(23);
    expect(new Set(indicatorSeries.points.map((p) => p.source))).toEqual(new Set(['REBUILT']));
    expect(indicatorSeries.points.filter((p) => p.inBaseline)).toHaveLength(12);
    expect(indicatorSeries.median).not.toBeNull();
  });

  it('gives HR exact figures for their municipality and board members rounded ones', async () => {
    const id = byKind('STAFF_LEAVING');
    const scope = { level: 'MUNICIPALITY', id: gjovik };
    const hr = await gqlOk<{
      indicatorSeries: { rounded: boolean; points: { period: string; value: number }[] };
    }>(SERIES, { id, scope }, await as(DEMO.hrGjovik));
    const board = await gqlOk<{
      indicatorSeries: { rounded: boolean; points: { period: string; value: number }[] };
    }>(SERIES, { id, scope }, await as(DEMO.board));
    expect(hr.indicatorSeries.rounded).toBe(false);
    expect(board.indicatorSeries.rounded).toBe(true);
    const stored = await values(await regionId(), 'STAFF_LEAVING', gjovik, true);
    // the chart starts at the baseline's first month (an earlier rebuild may have added months)
    const first = hr.indicatorSeries.points[0].period;
    expect(hr.indicatorSeries.points.length).toBeGreaterThanOrEqual(23);
    expect(Object.fromEntries(hr.indicatorSeries.points.map((p) => [p.period, p.value]))).toEqual(
      Object.fromEntries(Object.entries(stored).filter(([period]) => period >= first)),
    );
    // small groups never come out exact: every count is a multiple of k (5 in the demo)
    for (const point of board.indicatorSeries.points) expect(point.value % 5).toBe(0);
  });

  it('refuses a measurement dated in the future, naming the field, and writes nothing', async () => {
    const id = entered('Sykefravær');
    const before = await count(`SELECT 1 FROM measurement WHERE indicator_id = $1`, [id]);
    const result = await gql(
      `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { scopeId } }`,
      {
        input: {
          indicatorId: id,
          scope: { level: 'MUNICIPALITY', id: gjovik },
          value: 8.5,
          measuredOn: '2099-01-31',
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'measuredOn', code: 'DATE_IN_FUTURE' }),
    ]);
    expect(result.errors?.[0].message).toMatch(
      /^Målingen kan ikke være datert etter i dag \(\d\d\.\d\d\.\d{4}\); datoen var 31\.01\.2099\.$/,
    );
    expect(await count(`SELECT 1 FROM measurement WHERE indicator_id = $1`, [id])).toBe(before);
  });

  it('refuses entering for another municipality, and computed indicators by hand', async () => {
    const other = await municipalityId('3442');
    const elsewhere = await gql(
      `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { scopeId } }`,
      {
        input: {
          indicatorId: entered('Sykefravær'),
          scope: { level: 'MUNICIPALITY', id: other },
          value: 8.5,
          measuredOn: '2026-01-31',
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(elsewhere.errors?.[0].extensions?.fields?.[0].code).toBe('UNKNOWN_SCOPE');
    const computed = await gql(
      `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { scopeId } }`,
      {
        input: {
          indicatorId: byKind('TURNOVER'),
          scope: { level: 'MUNICIPALITY', id: gjovik },
          value: 8,
          measuredOn: '2026-01-31',
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(computed.errors?.[0].extensions?.fields?.[0].code).toBe('NOT_ENTERED');
  });

  it('imports a Norwegian CSV (Windows-1252, semicolons, decimal commas), refusing the whole file for one future row', async () => {
    const hr = await as(DEMO.hrGjovik);
    const { createIndicator } = await gqlOk<{ createIndicator: { id: string } }>(
      `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      {
        input: {
          name: `Medarbeiderundersøkelse ${randomUUID().slice(0, 6)}`,
          source: 'ENTERED',
          unit: 'poeng',
          decimals: 1,
        },
      },
      hr,
    );
    const unit = await makeUnit(gjovik, { name: `Evalueringsenhet ${randomUUID().slice(0, 6)}` });
    const file = (lines: string[]) =>
      Buffer.from(`sep=;\r\n${lines.join('\r\n')}\r\n`, 'latin1').toString('base64');
    const rows = [
      // a hand-made series: baseline 10, 11, 9, 10, 11, 9 (median 10), then six points above
      ...['10', '11', '9', '10', '11', '9', '12', '13', '12', '14', '13', '15'].map(
        (v, i) => `${String(i + 1).padStart(2, '0')}.2025;${v}`,
      ),
    ];
    const refused = await gql(
      `mutation ($input: ImportMeasurementsInput!) { importMeasurements(input: $input) { recorded } }`,
      {
        input: {
          indicatorId: createIndicator.id,
          scope: { level: 'UNIT', id: unit },
          contentBase64: file(['Måned;Verdi', ...rows, '15.03.2099;4,5']),
          fileName: 'måling.csv',
        },
      },
      hr,
    );
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'rows.14', code: 'DATE_IN_FUTURE' }),
    ]);
    expect(refused.errors?.[0].message).toContain('Rad 14, kolonne «Måned»');
    expect(
      await count(`SELECT 1 FROM measurement WHERE indicator_id = $1`, [createIndicator.id]),
    ).toBe(0);

    const accepted = await gqlOk<{ importMeasurements: { recorded: number } }>(
      `mutation ($input: ImportMeasurementsInput!) { importMeasurements(input: $input) { recorded } }`,
      {
        input: {
          indicatorId: createIndicator.id,
          scope: { level: 'UNIT', id: unit },
          contentBase64: file(['Måned;Verdi', ...rows]),
          fileName: 'måling.csv',
        },
      },
      hr,
    );
    expect(accepted.importMeasurements.recorded).toBe(12);

    const { setIndicatorBaseline } = await gqlOk<{
      setIndicatorBaseline: {
        median: number;
        signals: { kind: string; direction: string; periods: string[]; sentence: string }[];
        runs: number;
        runsLower: number;
        runsUpper: number;
      };
    }>(
      `mutation ($input: SetBaselineInput!) { setIndicatorBaseline(input: $input) { median runs runsLower runsUpper signals { kind direction periods sentence } } }`,
      {
        input: {
          indicatorId: createIndicator.id,
          scope: { level: 'UNIT', id: unit },
          kind: 'PERIOD',
          fromPeriod: '2025-01',
          toPeriod: '2025-06',
        },
      },
      hr,
    );
    // median of 9, 9, 10, 10, 11, 11 = 10; two points lie on it; the ten others alternate
    // + − + − then six + : 5 runs, inside 3–9 for 10 points; the last six are a shift up
    expect(setIndicatorBaseline.median).toBe(10);
    expect(setIndicatorBaseline.runs).toBe(5);
    expect([setIndicatorBaseline.runsLower, setIndicatorBaseline.runsUpper]).toEqual([3, 9]);
    expect(setIndicatorBaseline.signals).toEqual([
      {
        kind: 'SHIFT',
        direction: 'UP',
        periods: ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'],
        sentence: 'Skift: 6 punkter på rad over medianen (2025-07–2025-12).',
      },
    ]);

    // a correction keeps the old value as history
    await gqlOk(
      `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { scopeId } }`,
      {
        input: {
          indicatorId: createIndicator.id,
          scope: { level: 'UNIT', id: unit },
          value: 9.5,
          measuredOn: '2025-12-31',
        },
      },
      hr,
    );
    const { rows: december } = await db().query(
      `SELECT value::float8 AS value, source, replaced_at IS NOT NULL AS replaced FROM measurement
       WHERE indicator_id = $1 AND period = '2025-12' ORDER BY entered_at`,
      [createIndicator.id],
    );
    expect(december).toEqual([
      { value: 15, source: 'IMPORTED', replaced: true },
      { value: 9.5, source: 'ENTERED', replaced: false },
    ]);
  });

  it('shows the September view to a board member: baseline against now for every municipality', async () => {
    const ids = [byKind('HEALTH_EDUCATION_FTE'), entered('Brukerundersøkelse')];
    const { septemberView } = await gqlOk<{
      septemberView: {
        scopes: {
          level: string;
          name: string;
          cells: {
            indicatorId: string;
            baselineValue: number | null;
            currentValue: number | null;
            rounded: boolean;
          }[];
        }[];
      };
    }>(
      `query ($input: SeptemberViewInput!) { septemberView(input: $input) { scopes { level name cells { indicatorId baselineValue currentValue rounded } } } }`,
      { input: { indicatorIds: ids } },
      await as(DEMO.board),
    );
    expect(septemberView.scopes.map((s) => s.level)).toEqual([
      'REGION',
      'MUNICIPALITY',
      'MUNICIPALITY',
      'MUNICIPALITY',
      'MUNICIPALITY',
      'MUNICIPALITY',
    ]);
    const gjovikRow = septemberView.scopes.find((s) => s.name === 'Gjøvik')!;
    expect(gjovikRow.cells.map((c) => c.rounded)).toEqual([true, false]);
    for (const cell of gjovikRow.cells) {
      expect(cell.baselineValue).not.toBeNull();
      expect(cell.currentValue).not.toBeNull();
    }
  });

  it('downloads the September view as CSV for Excel in Norway and as XLSX', async () => {
    const ids = [byKind('HEALTH_EDUCATION_FTE'), entered('Sykefravær')];
    const board = await as(DEMO.board);
    const get = (format: string) =>
      fetch(
        `${apiUrl()}/api/exports/september-view?${new URLSearchParams({ indicatorIds: ids.join(','), format }).toString()}`,
        { headers: board.headers },
      );
    const csv = await get('csv');
    expect(csv.status).toBe(200);
    // as bytes: a text decoder would drop the byte-order mark Excel needs
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\uFEFF"Sted";"Indikator";"Enhet";"Grunnlinje"')).toBe(true);
    // the region and five municipalities, two indicators each
    expect(text.trim().split('\r\n')).toHaveLength(1 + 6 * 2);
    expect(text).toContain('"Gjøvik";"Sykefravær";"%";');
    const xlsx = Buffer.from(await (await get('xlsx')).arrayBuffer());
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    const refused = await fetch(
      `${apiUrl()}/api/exports/september-view?indicatorIds=x&format=csv`,
      {
        headers: board.headers,
      },
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Velg fra 1 til 20 indikatorer.');
  });

  it('rebuilds history on demand once: a second rebuild measures nothing', async () => {
    const coordinator = await as(DEMO.coordinator);
    await gqlOk('mutation { rebuildIndicatorHistory { periods } }', {}, coordinator);
    const again = await gqlOk<{ rebuildIndicatorHistory: { periods: string[] } }>(
      'mutation { rebuildIndicatorHistory { periods } }',
      {},
      coordinator,
    );
    expect(again.rebuildIndicatorHistory.periods).toEqual([]);
  });
});
