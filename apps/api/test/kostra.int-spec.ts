import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiUrl, as, DEMO, gql, gqlOk, tokenFor } from './support/api-client';
import { closeDb, db } from './support/database';
import { runCli } from './fixtures/imports/import-helpers';

// KOSTRA imports (docs/kostra.md). Files are imported into regions of the tests' own (the five
// ReKs municipalities by number) through the command line, so each test's figures are exact;
// the upload, the comparisons and the own figure use the demo region over HTTP.

// each command-line run starts a process and connects to the database: slow on a busy machine
jest.setTimeout(180_000);

const FIXTURES = join(__dirname, 'fixtures', 'kostra');
const fixturePath = (name: string) => join(FIXTURES, name);
const work = mkdtempSync(join(tmpdir(), 'kp-kostra-'));
const REKS: Array<[string, string]> = [
  ['3407', 'Gjøvik'],
  ['3442', 'Østre Toten'],
  ['3443', 'Vestre Toten'],
  ['3447', 'Søndre Land'],
  ['3448', 'Nordre Land'],
];
const SHARE = 'KOSandelmhelseut0000';
const PER_USER = 'KOSaarsvbrukerom0000';

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await closeDb();
});

async function freshRegion(): Promise<{ id: string; slug: string }> {
  const slug = `kostra-${randomUUID().slice(0, 8)}`;
  const { rows } = await db().query(
    `INSERT INTO region (name, slug) VALUES ($1, $2) RETURNING id`,
    [`KOSTRA-test ${slug}`, slug],
  );
  for (const [number, name] of REKS) {
    await db().query(`INSERT INTO municipality (region_id, number, name) VALUES ($1, $2, $3)`, [
      rows[0].id,
      number,
      name,
    ]);
  }
  return { id: rows[0].id, slug };
}

type Stored = [
  indicator: string,
  region: string,
  year: number,
  value: number | null,
  status: string | null,
];

async function stored(regionId: string): Promise<Stored[]> {
  const { rows } = await db().query(
    `SELECT indicator_code, region_code, year, value::float8 AS value, status
       FROM kostra_figure WHERE region_id = $1 AND superseded_at IS NULL
      ORDER BY indicator_code, region_code, year`,
    [regionId],
  );
  return rows.map((r) => [r.indicator_code, r.region_code, r.year, r.value, r.status]);
}

async function counts(regionId: string): Promise<{ figures: number; imports: number }> {
  const { rows } = await db().query(
    `SELECT (SELECT count(*)::int FROM kostra_figure WHERE region_id = $1) AS figures,
            (SELECT count(*)::int FROM kostra_import WHERE region_id = $1) AS imports`,
    [regionId],
  );
  return rows[0];
}

async function importFile(region: { slug: string }, file: string) {
  const result = await runCli(['import', 'kostra', file, '--region', region.slug, '--json']);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as {
    added: number;
    unchanged: number;
    corrected: number;
    skipped: number;
    skippedRegions: Array<{ code: string; label: string; reason: string; figures: number }>;
    importId: string;
    tableId: string | null;
    groupsUpdated: string[];
  };
}

function sortStored(list: Stored[]): Stored[] {
  return [...list].sort((a, b) =>
    `${a[0]}|${a[1]}|${a[2]}`.localeCompare(`${b[0]}|${b[1]}|${b[2]}`),
  );
}

// sample-12209.json (the shape of SSB's answer), read off by hand: region × [2022, 2023, 2024]
const SAMPLE: Record<string, Record<string, Array<number | null>>> = {
  [SHARE]: {
    '3407': [73.9, 71.8, 77.8],
    '3442': [70.7, 76.1, 70.4],
    '3443': [75.1, 79.9, 71.5],
    '3447': [76.9, 74.8, 81.7],
    '3448': [71.7, 71.4, 73.7],
    EKG08: [77.7, 74.5, 76.6],
    EKA34: [78.2, 75.1, 73.8],
    EAK: [79.5, 78.4, 72.9],
  },
  [PER_USER]: {
    '3407': [0.47, 0.61, 0.56],
    '3442': [0.58, 0.47, 0.48],
    '3443': [0.52, 0.64, 0.73],
    '3447': [0.46, 0.71, null],
    '3448': [0.69, 0.5, 0.62],
    EKG08: [0.47, 0.47, 0.51],
    EKA34: [0.63, 0.59, 0.54],
    EAK: [0.62, 0.61, 0.71],
  },
};

function sampleExpected(): Stored[] {
  return sortStored(
    Object.entries(SAMPLE).flatMap(([indicator, regions]) =>
      Object.entries(regions).flatMap(([region, values]) =>
        values.map((value, i): Stored => [
          indicator,
          region,
          2022 + i,
          value,
          value === null ? '..' : null,
        ]),
      ),
    ),
  );
}

describe('importing JSON-stat files prepared independently', () => {
  it('the SSB-shaped sample (region first, dense, one missing value with ..)', async () => {
    const region = await freshRegion();
    const report = await importFile(region, fixturePath('sample-12209.json'));
    expect(report).toMatchObject({ added: 48, unchanged: 0, corrected: 0, skipped: 0 });
    expect(report.tableId).toBe('12209');
    expect(await stored(region.id)).toEqual(sampleExpected());
    const { rows } = await db().query(
      `SELECT code, unit, decimals, table_id, notes FROM kostra_indicator
        WHERE region_id = $1 ORDER BY code`,
      [region.id],
    );
    expect(rows.map((r) => [r.code, r.unit, r.decimals, r.table_id])).toEqual([
      [PER_USER, 'årsverk', 2, '12209'],
      [SHARE, 'prosent', 1, '12209'],
    ]);
    expect(rows[0].notes).toHaveLength(3);
  });

  it('time first, sparse values, other names, status symbols kept (missing is not 0)', async () => {
    const region = await freshRegion();
    const report = await importFile(region, fixturePath('time-first-sparse.json'));
    // 16 positions, one left out of the sparse file
    expect(report).toMatchObject({ added: 15, skipped: 0, tableId: '11994' });
    expect(await stored(region.id)).toEqual(
      sortStored([
        ['KOSlegeaarsv0000', 'EAK', 2023, 10.9, null],
        ['KOSlegeaarsv0000', '3448', 2023, 12.1, null],
        ['KOSlegeaarsv0000', 'EKG01', 2023, 14.3, null],
        ['KOSlegeaarsv0000', '3447', 2023, null, ':'],
        ['KOSfysioaarsv0000', 'EAK', 2023, 9.8, null],
        ['KOSfysioaarsv0000', 'EKG01', 2023, 11, null],
        ['KOSfysioaarsv0000', '3447', 2023, 8.4, null],
        ['KOSlegeaarsv0000', 'EAK', 2024, 11.2, null],
        ['KOSlegeaarsv0000', '3448', 2024, null, '..'],
        ['KOSlegeaarsv0000', 'EKG01', 2024, 14.6, null],
        ['KOSlegeaarsv0000', '3447', 2024, 13, null],
        ['KOSfysioaarsv0000', 'EAK', 2024, 10.1, null],
        ['KOSfysioaarsv0000', '3448', 2024, 9.5, null],
        ['KOSfysioaarsv0000', 'EKG01', 2024, null, '.'],
        ['KOSfysioaarsv0000', '3447', 2024, 8.9, null],
      ]),
    );
  });

  it('retired municipality numbers: known ones kept, others reported from their labels', async () => {
    const region = await freshRegion();
    const report = await importFile(region, fixturePath('retired-numbers.json'));
    expect(report).toMatchObject({ added: 8, skipped: 4 });
    expect(report.skippedRegions).toEqual([
      {
        code: '0219',
        label: 'Bærum (-2019)',
        reason: 'utgått kommunenummer (gyldig –2019) som ikke hører til en kommune i regionen',
        figures: 2,
      },
      {
        code: '3024',
        label: 'Bærum (2020-2023)',
        reason: 'utgått kommunenummer (gyldig 2020–2023) som ikke hører til en kommune i regionen',
        figures: 2,
      },
    ]);
    expect(await stored(region.id)).toEqual(
      sortStored([
        [SHARE, '0502', 2019, 72, null],
        [SHARE, '0502', 2020, null, '.'],
        [SHARE, '3407', 2019, null, '.'],
        [SHARE, '3407', 2020, 73.1, null],
        [SHARE, 'EKA05', 2019, 74.4, null],
        [SHARE, 'EKA05', 2020, null, '.'],
        [SHARE, 'EKA34', 2019, null, '.'],
        [SHARE, 'EKA34', 2020, 75, null],
      ]),
    );
  });

  it('KOSTRA groups from a KLASS correspondence update the municipalities, others reported', async () => {
    const region = await freshRegion();
    const report = await importFile(region, fixturePath('kostra-groups-klass.json'));
    expect(report.groupsUpdated).toEqual(['3407', '3442']);
    expect(report.skippedRegions.map((s) => [s.code, s.reason])).toEqual([
      ['0301', 'kommunen er ikke med i regionen'],
    ]);
    const { rows } = await db().query(
      `SELECT number, kostra_group FROM municipality WHERE region_id = $1 ORDER BY number`,
      [region.id],
    );
    expect(rows.map((r) => [r.number, r.kostra_group])).toEqual([
      ['3407', 'EKG08'],
      ['3442', 'EKG07'],
      ['3443', null],
      ['3447', null],
      ['3448', null],
    ]);
    // the same file again changes nothing
    expect(
      (await importFile(region, fixturePath('kostra-groups-klass.json'))).groupsUpdated,
    ).toEqual([]);
  });

  it('a whole-country answer (~900 regions) stores exactly the known regions’ figures', async () => {
    // the hand-written table: what the known regions hold, per indicator and year
    const KNOWN: Record<string, number[]> = {
      '3407': [73.9, 71.8, 77.8],
      '3442': [70.7, 76.1, 70.4],
      '3443': [75.1, 79.9, 71.5],
      '3447': [76.9, 74.8, 81.7],
      '3448': [71.7, 71.4, 73.7],
      EKA34: [78.2, 75.1, 73.8],
      EAK: [79.5, 78.4, 72.9],
      EAKUO: [79.1, 78.0, 72.5],
    };
    const groups = Array.from({ length: 17 }, (_, i) => `EKG${String(i + 1).padStart(2, '0')}`);
    const counties = ['EKA03', 'EKA11', 'EKA15', 'EKA18', 'EKA31', 'EKA32', 'EKA33', 'EKA39'];
    // 860 municipality numbers outside the region, every tenth retired («(-2019)»)
    const others = Array.from({ length: 860 }, (_, i) => String(1000 + i * 2).padStart(4, '0'));
    const regions = [...others, ...Object.keys(KNOWN), ...groups, ...counties];
    const indicators = [SHARE, PER_USER, 'KOSaarsverkhelso0000', 'KOShjtj80aarover0001'];
    const years = ['2022', '2023', '2024'];
    // value of a region: the table for known ones (indicator k adds k × 10), 50 + i % 40 otherwise;
    // every group's 2024 figure is confidential
    const valueOf = (region: string, r: number, k: number, t: number): number | null => {
      if (KNOWN[region]) return KNOWN[region][t] + k * 10;
      if (region.startsWith('EKG') && t === 2) return null;
      return 50 + (r % 40) + k;
    };
    const value: Array<number | null> = [];
    const status: Record<string, string> = {};
    // SSB's order for this answer: region, contents, time
    regions.forEach((region, r) =>
      indicators.forEach((_, k) =>
        years.forEach((__, t) => {
          const v = valueOf(region, r, k, t);
          if (v === null) status[String(value.length)] = ':';
          value.push(v);
        }),
      ),
    );
    const label = (code: string, i: number) =>
      others.includes(code) ? `Kommune ${code}${i % 10 === 0 ? ' (-2019)' : ''}` : code;
    const document = {
      version: '2.0',
      class: 'dataset',
      label:
        '12209: Utvalgte nøkkeltall for helse og omsorg, etter region, statistikkvariabel og år',
      source: 'Statistisk sentralbyrå',
      updated: '2025-06-16T06:00:00Z',
      note: ['Hele landet.'],
      role: { time: ['Tid'], geo: ['KOKkommuneregion0000'], metric: ['ContentsCode'] },
      id: ['KOKkommuneregion0000', 'ContentsCode', 'Tid'],
      size: [regions.length, indicators.length, years.length],
      dimension: {
        KOKkommuneregion0000: {
          label: 'region',
          category: {
            index: Object.fromEntries(regions.map((code, i) => [code, i])),
            label: Object.fromEntries(regions.map((code, i) => [code, label(code, i)])),
          },
          link: { describedby: [{ extension: { KOKkommuneregion0000: 'urn:ssb:klass' } }] },
        },
        ContentsCode: {
          label: 'statistikkvariabel',
          category: {
            index: Object.fromEntries(indicators.map((code, i) => [code, i])),
            label: Object.fromEntries(indicators.map((code) => [code, code])),
            unit: Object.fromEntries(indicators.map((code) => [code, { base: 'x', decimals: 1 }])),
          },
        },
        Tid: { label: 'år', category: { index: Object.fromEntries(years.map((y, i) => [y, i])) } },
      },
      extension: { px: { tableid: '12209', decimals: 1 }, contact: [{ name: 'SSB' }] },
      value,
      status,
    };
    expect(regions.length).toBeGreaterThanOrEqual(890);
    const file = join(work, 'whole-country.json');
    writeFileSync(file, JSON.stringify(document));
    const region = await freshRegion();
    const report = await importFile(region, file);

    const knownRegions = [...Object.keys(KNOWN), ...groups, ...counties];
    expect(report.added).toBe(knownRegions.length * indicators.length * years.length);
    expect(report.skipped).toBe(others.length * indicators.length * years.length);
    expect(report.skippedRegions).toHaveLength(others.length);
    expect(report.skippedRegions.filter((s) => s.reason.startsWith('utgått'))).toHaveLength(86);

    // sums of what was stored against the table, per indicator and year
    const { rows } = await db().query(
      `SELECT indicator_code, year, sum(value)::float8 AS total, count(*)::int AS figures,
              count(*) FILTER (WHERE status = ':')::int AS confidential
         FROM kostra_figure WHERE region_id = $1 AND superseded_at IS NULL
        GROUP BY indicator_code, year ORDER BY indicator_code, year`,
      [region.id],
    );
    const expected = indicators
      .flatMap((indicator, k) =>
        years.map((year, t) => {
          const values = knownRegions.map((code) => valueOf(code, regions.indexOf(code), k, t));
          const total = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
          return {
            indicator_code: indicator,
            year: Number(year),
            total: Math.round(total * 10) / 10,
            figures: knownRegions.length,
            confidential: t === 2 ? groups.length : 0,
          };
        }),
      )
      .sort((a, b) => `${a.indicator_code}${a.year}`.localeCompare(`${b.indicator_code}${b.year}`));
    expect(rows.map((r) => ({ ...r, total: Math.round(r.total * 10) / 10 }))).toEqual(expected);
  });
});

describe('re-import and corrections', () => {
  it('the same file again changes nothing; a corrected figure replaces it and keeps history', async () => {
    const region = await freshRegion();
    const first = await importFile(region, fixturePath('sample-12209.json'));
    const before = await counts(region.id);

    const again = await importFile(region, fixturePath('sample-12209.json'));
    expect(again).toMatchObject({ added: 0, unchanged: 48, corrected: 0, skipped: 0 });
    expect((await counts(region.id)).figures).toBe(before.figures);
    expect(await stored(region.id)).toEqual(sampleExpected());

    // SSB corrects Gjøvik 2024 (77.8 → 78.3) and fills the missing Søndre Land figure
    const corrected = JSON.parse(readFileSync(fixturePath('sample-12209.json'), 'utf8'));
    corrected.value[2] = 78.3;
    corrected.value[23] = 0.66;
    corrected.status = {};
    const file = join(work, 'corrected.json');
    writeFileSync(file, JSON.stringify(corrected));
    const correction = await importFile(region, file);
    expect(correction).toMatchObject({ added: 0, unchanged: 46, corrected: 2 });

    const { rows } = await db().query(
      `SELECT value::float8 AS value, status, import_id, superseded_by, superseded_at IS NULL AS current
         FROM kostra_figure
        WHERE region_id = $1 AND indicator_code = $2 AND region_code = '3407' AND year = 2024
        ORDER BY id`,
      [region.id, SHARE],
    );
    expect(rows).toEqual([
      {
        value: 77.8,
        status: null,
        import_id: first.importId,
        superseded_by: correction.importId,
        current: false,
      },
      {
        value: 78.3,
        status: null,
        import_id: correction.importId,
        superseded_by: null,
        current: true,
      },
    ]);
    const missing = await db().query(
      `SELECT value::float8 AS value, status FROM kostra_figure
        WHERE region_id = $1 AND indicator_code = $2 AND region_code = '3447' AND year = 2024
        ORDER BY id`,
      [region.id, PER_USER],
    );
    expect(missing.rows).toEqual([
      { value: null, status: '..' },
      { value: 0.66, status: null },
    ]);
    // the corrected file once more: unchanged
    expect(await importFile(region, file)).toMatchObject({ unchanged: 48, corrected: 0 });
    expect((await counts(region.id)).figures).toBe(before.figures + 2);
  });
});

describe('bad input writes nothing', () => {
  const sample = () => JSON.parse(readFileSync(fixturePath('sample-12209.json'), 'utf8'));
  const cases: Array<[string, () => string, string]> = [
    [
      'a file that is not JSON',
      () => 'KOKkommuneregion0000;ContentsCode;Tid\n3407;KOSandelmhelseut0000;2024',
      'Filen er ikke JSON-stat 2.0 (formatet SSBs API leverer): den er ikke gyldig JSON',
    ],
    [
      'JSON that is not JSON-stat',
      () => JSON.stringify({ kommune: '3407', andel: 73.9 }),
      'Filen er ikke JSON-stat 2.0 (formatet SSBs API leverer): den mangler id, size eller dimension',
    ],
    [
      'a value array of the wrong length',
      () => JSON.stringify({ ...sample(), value: sample().value.slice(0, 47) }),
      'value har 47 tall, men dimensjonene gir 48',
    ],
    [
      'no geographic dimension',
      () => JSON.stringify({ ...sample(), role: { time: ['Tid'], metric: ['ContentsCode'] } }),
      'Filen har ingen geografisk dimensjon (role.geo): det går ikke an å se hvilken kommune tallene gjelder',
    ],
  ];

  it.each(cases)('%s: refused with the problem named (command line)', async (_, body, problem) => {
    const region = await freshRegion();
    const file = join(work, `bad-${randomUUID().slice(0, 8)}.json`);
    writeFileSync(file, body());
    const result = await runCli(['import', 'kostra', file, '--region', region.slug]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(problem);
    expect(await counts(region.id)).toEqual({ figures: 0, imports: 0 });
  });

  it.each(cases)('%s: refused over HTTP with 400 and the problem', async (_, body, problem) => {
    const regionId = await demoRegionId();
    const before = await counts(regionId);
    const response = await uploadAs(DEMO.coordinator, body(), 'feil.json');
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { code: string; message: string };
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.message).toContain(problem);
    expect(await counts(regionId)).toEqual(before);
  });

  it('an unknown region code is reported and skipped; the known ones are stored', async () => {
    const region = await freshRegion();
    const document = sample();
    document.dimension.KOKkommuneregion0000.category.index = {
      ...document.dimension.KOKkommuneregion0000.category.index,
    };
    // Gjøvik's place taken by a code SSB does not use
    delete document.dimension.KOKkommuneregion0000.category.index['3407'];
    document.dimension.KOKkommuneregion0000.category.index.XYZ99 = 0;
    document.dimension.KOKkommuneregion0000.category.label.XYZ99 = 'Ukjent';
    const file = join(work, 'unknown-region.json');
    writeFileSync(file, JSON.stringify(document));
    const report = await importFile(region, file);
    expect(report).toMatchObject({ added: 42, skipped: 6 });
    expect(report.skippedRegions).toEqual([
      { code: 'XYZ99', label: 'Ukjent', reason: 'ukjent regionkode', figures: 6 },
    ]);
    expect((await stored(region.id)).some((s) => s[1] === 'XYZ99' || s[1] === '3407')).toBe(false);
  });
});

async function demoRegionId(): Promise<string> {
  const { rows } = await db().query(`SELECT id FROM region WHERE slug = 'gjovikregionen'`);
  return rows[0].id;
}

async function uploadAs(
  email: string | null,
  body: string,
  fileName: string,
  contentType = 'application/octet-stream',
) {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (email) headers.authorization = `Bearer ${await tokenFor(email)}`;
  return fetch(`${apiUrl()}/api/kostra/import?filename=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers,
    body,
  });
}

describe('upload, comparisons and the own figure (demo region)', () => {
  const municipalityId = async (number: string) => {
    const { rows } = await db().query(
      `SELECT m.id FROM municipality m JOIN region r ON r.id = m.region_id
        WHERE r.slug = 'gjovikregionen' AND m.number = $1`,
      [number],
    );
    return rows[0].id as string;
  };

  it('only the coordinator and the administrator may upload', async () => {
    const body = readFileSync(fixturePath('sample-12209.json'), 'utf8');
    expect((await uploadAs(null, body, 'x.json')).status).toBe(401);
    for (const email of [DEMO.board, DEMO.hrGjovik, DEMO.leaderHomeCareGjovik]) {
      expect((await uploadAs(email, body, 'x.json')).status).toBe(403);
    }
  });

  it('an upload, then the comparison of Gjøvik with region, KOSTRA group, county and country', async () => {
    const regionId = await demoRegionId();
    // group 8 as in the sample, from a KLASS file; put back afterwards
    // as application/json: the small file arrives parsed, and imports the same
    const groups = await uploadAs(
      DEMO.admin,
      readFileSync(fixturePath('kostra-groups-klass.json'), 'utf8'),
      'grupper.json',
      'application/json',
    );
    expect(groups.status).toBe(200);
    try {
      const response = await uploadAs(
        DEMO.coordinator,
        readFileSync(fixturePath('sample-12209.json'), 'utf8'),
        'sample-12209.json',
      );
      expect(response.status).toBe(200);
      const report = (await response.json()) as Record<string, unknown>;
      expect(report).toMatchObject({ source: 'FILE', fileName: 'sample-12209.json' });

      const { kostraComparison } = await gqlOk<{
        kostraComparison: {
          kostraGroup: string;
          regionNote: string;
          indicators: Array<{
            indicator: { code: string; decimals: number };
            years: number[];
            series: Array<{
              kind: string;
              code: string | null;
              label: string;
              computed: boolean;
              points: Array<{
                year: number;
                value: number | null;
                status: string | null;
                basis: number | null;
              }>;
            }>;
          }>;
        };
      }>(
        `query ($id: ID!, $code: String) { kostraComparison(municipalityId: $id, indicatorCode: $code) {
          kostraGroup regionNote
          indicators { indicator { code decimals } years
            series { kind code label computed points { year value status basis } } } } }`,
        { id: await municipalityId('3407'), code: SHARE },
        await as(DEMO.board),
      );
      expect(kostraComparison.kostraGroup).toBe('EKG08');
      expect(kostraComparison.regionNote).toContain('uvektet');
      const [share] = kostraComparison.indicators;
      expect(share.indicator).toEqual({ code: SHARE, decimals: 1 });
      expect(share.years).toEqual([2022, 2023, 2024]);
      const values = (kind: string) =>
        share.series.find((s) => s.kind === kind)?.points.map((p) => p.value);
      expect(share.series.map((s) => [s.kind, s.code, s.label, s.computed])).toEqual([
        ['MUNICIPALITY', '3407', 'Gjøvik', false],
        ['REGION', null, 'Regionen', true],
        ['KOSTRA_GROUP', 'EKG08', 'KOSTRA-gruppe 8', false],
        ['COUNTY', 'EKA34', 'Innlandet', false],
        ['COUNTRY', 'EAK', 'Landet', false],
      ]);
      expect(values('MUNICIPALITY')).toEqual([73.9, 71.8, 77.8]);
      // (73.9 + 70.7 + 75.1 + 76.9 + 71.7) / 5 = 73.66; 374.0 / 5 = 74.8; 375.1 / 5 = 75.02
      expect(values('REGION')).toEqual([73.7, 74.8, 75]);
      expect(share.series[1].points.map((p) => p.basis)).toEqual([5, 5, 5]);
      expect(values('KOSTRA_GROUP')).toEqual([77.7, 74.5, 76.6]);
      expect(values('COUNTY')).toEqual([78.2, 75.1, 73.8]);
      expect(values('COUNTRY')).toEqual([79.5, 78.4, 72.9]);

      // the other indicator: Søndre Land's missing 2024 is left out of the region's mean
      const all = await gqlOk<{
        kostraComparison: {
          indicators: Array<{
            indicator: { code: string };
            series: Array<{
              kind: string;
              points: Array<{ value: number | null; status: string | null; basis: number | null }>;
            }>;
          }>;
        };
      }>(
        `query ($id: ID!) { kostraComparison(municipalityId: $id) {
          indicators { indicator { code } series { kind points { value status basis } } } } }`,
        { id: await municipalityId('3447') },
        await as(DEMO.hrGjovik),
      );
      const perUser = all.kostraComparison.indicators.find((i) => i.indicator.code === PER_USER);
      expect(perUser?.series[0].points.at(-1)).toEqual({ value: null, status: '..', basis: null });
      // (0.56 + 0.48 + 0.73 + 0.62) / 4 = 0.5975
      expect(perUser?.series[1].points.at(-1)).toEqual({ value: 0.6, status: null, basis: 4 });
    } finally {
      await db().query(
        `UPDATE municipality SET kostra_group = CASE number WHEN '3407' THEN 'EKG10' ELSE 'EKG07' END
          WHERE region_id = $1 AND number IN ('3407', '3442')`,
        [regionId],
      );
    }
  });

  it('the own figure beside SSB’s, computed from the employees, with the difference explained', async () => {
    const id = await municipalityId('3407');
    // independently: health-education occupations over user-directed ones with a known code
    const { rows } = await db().query(
      `SELECT sum(fte) FILTER (WHERE profession_code IN ('2211','2212','2221','2222','2223','2224',
                '2264','2265','2267','3256','5321'))::float8 AS health,
              sum(fte) FILTER (WHERE profession_code IN ('2211','2212','2221','2222','2223','2224',
                '2264','2265','2267','3256','5321','2635','3412','5322','5329'))::float8 AS counted
         FROM employee WHERE municipality_id = $1 AND active`,
      [id],
    );
    const expected = Math.round((rows[0].health / rows[0].counted) * 1000) / 10;
    const { kostraOwnFigure } = await gqlOk<{
      kostraOwnFigure: {
        ownValue: number;
        suppressed: boolean;
        ssbYear: number;
        ssbValue: number;
        explanation: string[];
      };
    }>(
      `query ($id: ID!) { kostraOwnFigure(municipalityId: $id) {
        ownValue suppressed ssbYear ssbValue explanation } }`,
      { id },
      await as(DEMO.board),
    );
    expect(kostraOwnFigure.suppressed).toBe(false);
    expect(kostraOwnFigure.ownValue).toBe(expected);
    expect(kostraOwnFigure.ssbYear).toBe(2024);
    expect(kostraOwnFigure.ssbValue).toBe(77.8);
    expect(kostraOwnFigure.explanation).toHaveLength(4);
    expect(kostraOwnFigure.explanation[1]).toMatch(/^Ulik dato: SSBs tall gjelder 2024/);
    expect(kostraOwnFigure.explanation[2]).toMatch(/^Ulik populasjon:/);
    expect(kostraOwnFigure.explanation[3]).toMatch(/^Yrke i stedet for utdanning:/);
  });

  it('another region’s municipality is not found', async () => {
    const other = await freshRegion();
    const { rows } = await db().query(
      `SELECT id FROM municipality WHERE region_id = $1 AND number = '3407'`,
      [other.id],
    );
    const result = await gql(
      `query ($id: ID!) { kostraComparison(municipalityId: $id) { municipalityId } }`,
      { id: rows[0].id },
      await as(DEMO.coordinator),
    );
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('fetching from SSB', () => {
  let server: Server;
  let received: Array<{ url: string; body: unknown }> = [];
  beforeAll(async () => {
    // plays SSB's API: answers table 12209 with the sample's figures for what was asked
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ url: req.url ?? '', body: JSON.parse(body || 'null') });
        if (req.method !== 'POST' || req.url !== '/api/v0/no/table/12209') {
          res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad Request');
          return;
        }
        res
          .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
          .end(readFileSync(fixturePath('sample-12209.json')));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));
  beforeEach(() => {
    received = [];
  });

  async function fetchCli(slug: string, table: string, ssbUrl: string) {
    const before = process.env.KP_SSB_API_URL;
    process.env.KP_SSB_API_URL = ssbUrl;
    try {
      return await runCli([
        'import',
        'kostra',
        '--ssb',
        '--table',
        table,
        '--indicators',
        `${SHARE},${PER_USER}`,
        '--regions',
        '3407,3442,3443,3447,3448,EKG08,EKA34,EAK',
        '--years',
        '2022,2023,2024',
        '--region',
        slug,
      ]);
    } finally {
      if (before === undefined) delete process.env.KP_SSB_API_URL;
      else process.env.KP_SSB_API_URL = before;
    }
  }

  it('posts the query SSB expects and imports the answer like a file', async () => {
    const region = await freshRegion();
    const { port } = server.address() as AddressInfo;
    const result = await fetchCli(region.slug, '12209', `http://127.0.0.1:${port}/api/v0/no/table`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Import av KOSTRA-tall (tabell 12209) fra ssb-12209.json');
    expect(received).toEqual([
      {
        url: '/api/v0/no/table/12209',
        body: {
          query: [
            {
              code: 'KOKkommuneregion0000',
              selection: {
                filter: 'item',
                values: ['3407', '3442', '3443', '3447', '3448', 'EKG08', 'EKA34', 'EAK'],
              },
            },
            { code: 'ContentsCode', selection: { filter: 'item', values: [SHARE, PER_USER] } },
            { code: 'Tid', selection: { filter: 'item', values: ['2022', '2023', '2024'] } },
          ],
          response: { format: 'json-stat2' },
        },
      },
    ]);
    expect(await stored(region.id)).toEqual(sampleExpected());
    const { rows } = await db().query(
      `SELECT source, file_name FROM kostra_import WHERE region_id = $1`,
      [region.id],
    );
    expect(rows).toEqual([{ source: 'CLI', file_name: 'ssb-12209.json' }]);
  });

  it('an error from SSB is named, nothing written', async () => {
    const region = await freshRegion();
    const { port } = server.address() as AddressInfo;
    const result = await fetchCli(region.slug, '99999', `http://127.0.0.1:${port}/api/v0/no/table`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SSB svarte med feil 400 for tabell 99999: Bad Request.');
    expect(await counts(region.id)).toEqual({ figures: 0, imports: 0 });
  });

  it('without internet access: a clear Norwegian message, nothing written (web and CLI)', async () => {
    const regionId = await demoRegionId();
    const before = await counts(regionId);
    const { fetchKostraFromSsb } = await gqlOk<{
      fetchKostraFromSsb: { report: unknown; problem: string };
    }>(
      `mutation ($input: SsbFetchInput!) { fetchKostraFromSsb(input: $input) { report { added } problem } }`,
      {
        input: { tableId: '12209', indicators: [SHARE], regions: ['3407'], years: ['2024'] },
      },
      await as(DEMO.coordinator),
    );
    expect(fetchKostraFromSsb.report).toBeNull();
    expect(fetchKostraFromSsb.problem).toMatch(
      /^Fikk ikke kontakt med SSB \(127\.0\.0\.1:\d+\): tilkoblingen feilet \(ECONNREFUSED\)\. Serveren har trolig ikke tilgang til internett\. Last ned tabellen som JSON-stat 2\.0/,
    );
    expect(await counts(regionId)).toEqual(before);

    const region = await freshRegion();
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    const result = await fetchCli(region.slug, '12209', `http://127.0.0.1:${port}/api/v0/no/table`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Fikk ikke kontakt med SSB (127.0.0.1:${port})`);
    expect(await counts(region.id)).toEqual({ figures: 0, imports: 0 });
  });

  it('bad fetch input is named field by field', async () => {
    const result = await gql(
      `mutation ($input: SsbFetchInput!) { fetchKostraFromSsb(input: $input) { problem } }`,
      { input: { tableId: '122', indicators: ['KOS-x'], regions: ['Gjøvik'], years: ['24'] } },
      await as(DEMO.admin),
    );
    expect(result.errors?.[0].extensions?.fields?.map((f) => [f.field, f.message])).toEqual([
      ['tableId', 'Tabellnummer må være fem sifre, for eksempel 12209'],
      ['indicators', 'Nøkkeltall «KOS-x» er ikke en SSB-kode (bokstaver og sifre, høyst 60 tegn)'],
      [
        'regions',
        'Region «Gjøvik» er ikke en SSB-regionkode (kommunenummer med fire sifre, EKA34, EKG08, EAK)',
      ],
      ['years', 'År «24» må være fire sifre, for eksempel 2024'],
    ]);
  });
});

describe('the audit log', () => {
  it('records each import with its counts', async () => {
    const region = await freshRegion();
    const report = await importFile(region, fixturePath('sample-12209.json'));
    const { rows } = await db().query(
      `SELECT action, entity_type, details FROM audit_log WHERE region_id = $1 AND entity_id = $2`,
      [region.id, report.importId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'kostra.import',
      entity_type: 'kostra_import',
      details: {
        via: 'CLI',
        fileName: 'sample-12209.json',
        tableId: '12209',
        counts: { added: 48, unchanged: 0, corrected: 0, skipped: 0 },
      },
    });
  });
});
