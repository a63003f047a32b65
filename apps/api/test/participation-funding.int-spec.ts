import { addDays } from '@kp/domain';
import ExcelJS from 'exceljs';
import { apiUrl, as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, db } from './support/database';
import {
  demoUnit,
  makeCompetence,
  makeEmployees,
  makeUnit,
  municipalityId,
  todayInNorway,
  type UnitRef,
} from './support/factories';
import { addParticipant, makeMeasure } from './support/measure-factories';

/**
 * The funding report over HTTP (docs/participation.md, "Funding report"): sums per funding
 * source that match the measures, a municipality's part of a regional measure, counts rounded
 * for board members, gaps before and after, and the CSV/XLSX download.
 */

const REPORT = `query ($input: FundingReportInput!) {
  fundingReport(input: $input) {
    from to scopeName rounded minGroupSize
    measures { measureId title attributed cost participantHours
      participants { value rounded } completed { value rounded } funding { source amount } }
    sources { source sourceName measures participants participantHours cost }
    totals { measures participants completed participantHours cost }
    gaps { requirementId before holdersBefore gapBefore holdersAfter gapAfter rounded }
  }
}`;

interface Report {
  from: string;
  to: string;
  scopeName: string;
  rounded: boolean;
  measures: Array<{
    measureId: string;
    title: string;
    attributed: number;
    cost: number;
    participantHours: number;
    participants: { value: number; rounded: boolean };
    completed: { value: number; rounded: boolean };
    funding: Array<{ source: string; amount: number }>;
  }>;
  sources: Array<{
    source: string;
    sourceName: string;
    measures: number;
    participants: number;
    participantHours: number;
    cost: number;
  }>;
  totals: {
    measures: number;
    participants: number;
    completed: number;
    participantHours: number;
    cost: number;
  };
  gaps: Array<{
    requirementId: string;
    before: string;
    holdersBefore: number | null;
    gapBefore: number | null;
    holdersAfter: number | null;
    gapAfter: number | null;
    rounded: boolean;
  }>;
}

// a half-year no other test plans in, so the sums are this file's own
const YEAR = 2000 + 80 + Math.floor(Math.random() * 15);
let gjovik: string;
let ostreToten: string;
let homeCare: UnitRef;
let lena: UnitRef;
let regional: string;
let local: string;

async function report(user: string, input: Record<string, unknown>): Promise<Report> {
  return (await gqlOk<{ fundingReport: Report }>(REPORT, { input }, await as(user))).fundingReport;
}

beforeAll(async () => {
  gjovik = await municipalityId('3407');
  ostreToten = await municipalityId('3442');
  homeCare = await demoUnit('Hjemmetjenesten Gjøvik');
  lena = await demoUnit('Lena sykehjem', '3442');
  const competence = await makeCompetence();
  const targets = [{ competenceId: competence.id, level: 2 }];
  regional = (
    await makeMeasure({
      municipalityId: null,
      title: 'Regional demensskole',
      places: 10,
      hours: 7.5,
      startsOn: `${YEAR}-02-01`,
      endsOn: `${YEAR}-05-31`,
      shares: [
        { municipalityId: gjovik, places: 4 },
        { municipalityId: ostreToten, places: 6 },
      ],
      funding: [
        { source: 'COMPETENCE_GRANT', amount: 60000 },
        { source: 'OWN_BUDGET', amount: 20000 },
      ],
      targets,
    })
  ).id;
  const ours = await makeEmployees(homeCare, [{}, {}, {}, {}, {}]);
  const theirs = await makeEmployees(lena, [{}, {}]);
  await addParticipant(regional, ours[0].id);
  await addParticipant(regional, ours[1].id);
  await addParticipant(regional, ours[2].id, 'COMPLETED');
  await addParticipant(regional, theirs[0].id, 'WITHDRAWN');
  await addParticipant(regional, theirs[1].id);
  local = (
    await makeMeasure({
      municipalityId: gjovik,
      title: 'Fagdag legemidler',
      places: 5,
      hours: 6,
      startsOn: `${YEAR}-03-01`,
      endsOn: `${YEAR}-03-02`,
      funding: [{ source: 'OWN_BUDGET', amount: 5000 }],
      targets,
    })
  ).id;
  await addParticipant(local, ours[3].id);
  await addParticipant(local, ours[4].id);
  // neither counts: cancelled, and after the period
  await makeMeasure({
    municipalityId: gjovik,
    status: 'CANCELLED',
    startsOn: `${YEAR}-03-01`,
    endsOn: `${YEAR}-03-02`,
    funding: [{ source: 'OTHER', amount: 999 }],
  });
  await makeMeasure({
    municipalityId: gjovik,
    startsOn: `${YEAR}-07-01`,
    endsOn: `${YEAR}-07-02`,
    funding: [{ source: 'OTHER', amount: 777 }],
  });
});
afterAll(closeDb);

describe('sums', () => {
  it('for the region: every measure once, each source with what it paid for, matching the lines', async () => {
    const r = await report(DEMO.coordinator, { year: YEAR, half: 1 });
    expect([r.from, r.to, r.rounded]).toEqual([`${YEAR}-01-01`, `${YEAR}-06-30`, false]);
    expect(
      r.measures.map((m) => [m.title, m.participants.value, m.participantHours, m.cost]),
    ).toEqual([
      ['Regional demensskole', 4, 30, 80000],
      ['Fagdag legemidler', 2, 12, 5000],
    ]);
    expect(r.totals).toEqual({
      measures: 2,
      participants: 6,
      completed: 1,
      participantHours: 42,
      cost: 85000,
    });
    expect(r.sources.map(({ sourceName: _name, ...sum }) => sum)).toEqual([
      { source: 'OWN_BUDGET', measures: 2, participants: 6, participantHours: 42, cost: 25000 },
      {
        source: 'COMPETENCE_GRANT',
        measures: 1,
        participants: 4,
        participantHours: 30,
        cost: 60000,
      },
      { source: 'OTHER', measures: 0, participants: 0, participantHours: 0, cost: 0 },
    ]);
    // the sums match the measures
    expect(r.measures.reduce((sum, m) => sum + m.cost, 0)).toBe(r.totals.cost);
    expect(r.sources.reduce((sum, s) => sum + s.cost, 0)).toBe(r.totals.cost);
  });

  it('for a municipality: its own measures whole, its part of a regional one', async () => {
    const r = await report(DEMO.hrGjovik, { year: YEAR, half: 1, municipalityId: gjovik });
    expect(r.scopeName).toBe('Gjøvik');
    const line = r.measures.find((m) => m.measureId === regional)!;
    expect(line.attributed).toBe(0.75);
    expect(line.funding).toEqual([
      { source: 'OWN_BUDGET', amount: 15000 },
      { source: 'COMPETENCE_GRANT', amount: 45000 },
    ]);
    expect(r.totals).toEqual({
      measures: 2,
      participants: 5,
      completed: 1,
      participantHours: 34.5,
      cost: 65000,
    });
    expect(r.sources.find((s) => s.source === 'COMPETENCE_GRANT')).toEqual(
      expect.objectContaining({ measures: 1, participants: 3, cost: 45000 }),
    );
  });

  it('gives a board member rounded people counts and exact money', async () => {
    const r = await report(DEMO.board, { year: YEAR, half: 1 });
    expect(r.rounded).toBe(true);
    for (const m of r.measures) {
      expect(m.participants.rounded).toBe(true);
      expect(m.participants.value % 5).toBe(0);
    }
    expect(r.totals.participants).toBe(r.measures.reduce((s, m) => s + m.participants.value, 0));
    expect(r.totals.cost).toBe(85000);
  });
});

describe('gaps before and after', () => {
  it('counts the targeted requirement on the first measure’s start and today; exact in scope, rounded outside', async () => {
    const today = todayInNorway();
    const unit = await makeUnit(gjovik);
    const competence = await makeCompetence();
    const { rows } = await db().query(
      `INSERT INTO requirement (region_id, municipality_id, unit_id, competence_id, min_level,
         required, measure, horizon, priority, rationale_kind)
       SELECT region_id, municipality_id, id, $2, 2, 2, 'HEADCOUNT', 'NOW', 'IMPORTANT', 'LOCAL_GOAL'
       FROM unit WHERE id = $1 RETURNING id`,
      [unit, competence.id],
    );
    const requirementId: string = rows[0].id;
    const started = addDays(today, -20);
    const measure = await makeMeasure({
      municipalityId: gjovik,
      status: 'RUNNING',
      startsOn: started,
      endsOn: addDays(today, 20),
      targets: [{ competenceId: competence.id, level: 3, requirementId }],
    });
    const [person] = await makeEmployees({ ...homeCare, id: unit }, [{}]);
    const participantId = await addParticipant(measure.id, person.id);
    await gqlOk(
      `mutation ($input: RecordParticipantOutcomesInput!) { recordParticipantOutcomes(input: $input) { completed } }`,
      {
        input: {
          measureId: measure.id,
          completedOn: today,
          outcomes: [{ participantId, completed: true }],
        },
      },
      await as(DEMO.hrGjovik),
    );
    const input = { from: addDays(today, -30), to: today, municipalityId: gjovik };
    const exact = (await report(DEMO.hrGjovik, input)).gaps.find(
      (g) => g.requirementId === requirementId,
    );
    expect(exact).toEqual({
      requirementId,
      before: started,
      holdersBefore: 0,
      gapBefore: 2,
      holdersAfter: 1,
      gapAfter: 1,
      rounded: false,
    });
    const rounded = (await report(DEMO.coordinator, input)).gaps.find(
      (g) => g.requirementId === requirementId,
    )!;
    expect(rounded.rounded).toBe(true);
    expect([0, 5]).toContain(rounded.holdersAfter);
    expect(rounded.gapAfter).toBe(Math.max(0, 2 - rounded.holdersAfter!));
  });
});

describe('bad input', () => {
  it.each([
    [{}, 'from', 'PERIOD_REQUIRED'],
    [{ from: '2026-03-01', to: '2026-02-01' }, 'to', 'BEFORE_FROM'],
    [{ year: 2026 }, 'half', 'REQUIRED'],
    [{ year: 2026, half: 1, from: '2026-01-01' }, 'from', 'PERIOD_REQUIRED'],
  ])('%j → %s %s', async (input, field, code) => {
    const result = await gql(REPORT, { input }, await as(DEMO.coordinator));
    expect(result.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field, code }),
    ]);
  });

  it('answers a municipality of another region like one that does not exist', async () => {
    const { rows } = await db().query(
      `INSERT INTO region (name, slug) VALUES ('Annen', $1) RETURNING id`,
      [`annen-${YEAR}-${Math.random().toString(36).slice(2, 8)}`],
    );
    const other = await db().query(
      `INSERT INTO municipality (region_id, number, name) VALUES ($1, '0098', 'Annen') RETURNING id`,
      [rows[0].id],
    );
    const result = await gql(
      REPORT,
      { input: { year: 2026, half: 1, municipalityId: other.rows[0].id } },
      await as(DEMO.coordinator),
    );
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('download for Statsforvalteren', () => {
  async function download(query: Record<string, string>, user: string | null) {
    const headers = user ? (await as(user)).headers : {};
    const response = await fetch(
      `${apiUrl()}/api/exports/funding-report?${new URLSearchParams(query).toString()}`,
      { headers },
    );
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  it('as CSV with the same sums', async () => {
    const { response, bytes } = await download(
      { year: String(YEAR), half: '1', municipality: '3407' },
      DEMO.hrGjovik,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="tilskuddsrapport-gjovik-${YEAR}-01-01-${YEAR}-06-30.csv"`,
    );
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(`"Tilskuddsrapport Gjøvik 01.01.${YEAR}–30.06.${YEAR}"`);
    expect(lines).toContain('"Sum (hvert tiltak én gang)";2;5;34,5;65000');
    expect(lines).toContain('"Kompetanse- og innovasjonstilskudd";1;3;22,5;45000');
  });

  it('as XLSX with a sheet per table', async () => {
    const { response, bytes } = await download(
      { year: String(YEAR), half: '1', format: 'xlsx' },
      DEMO.board,
    );
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tiltak',
      'Finansiering',
      'Gap før og etter',
    ]);
    const money = book.getWorksheet('Finansiering')!;
    const values: unknown[][] = [];
    money.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    // people counts (and so hours) are rounded for a board member; money is exact
    expect(values.at(-1)).toEqual([
      'Sum (hvert tiltak én gang)',
      2,
      expect.any(Number),
      expect.any(Number),
      85000,
    ]);
  });

  it.each([
    [{ year: 'tjue', half: '1' }, 400, 'INVALID_NUMBER'],
    [{ year: '2026', half: '3' }, 400, 'INVALID_CHOICE'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 400, 'INVALID_DATE'],
    [{ year: '2026', half: '1', municipality: '9999' }, 404, 'NOT_FOUND'],
  ])('refuses %j with %s %s', async (query, status, code) => {
    const { response, bytes } = await download(query, DEMO.coordinator);
    expect(response.status).toBe(status);
    const body = JSON.parse(bytes.toString('utf8'));
    expect(body.fields?.[0]?.code ?? body.code).toBe(code);
  });

  it('refuses a region admin and a caller who is not signed in', async () => {
    expect((await download({ year: '2026', half: '1' }, DEMO.admin)).response.status).toBe(403);
    expect((await download({ year: '2026', half: '1' }, null)).response.status).toBe(401);
  });
});
