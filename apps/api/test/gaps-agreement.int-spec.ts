import { randomUUID } from 'node:crypto';
import {
  addDays,
  addYears,
  type AssessmentEntry,
  type AssessmentSource,
  atomRowsFromPeople,
  buildProtectedAtoms,
  type CompetenceAtomRow,
  competenceCounts,
  computeGaps,
  computeRealkompetanse,
  createRandom,
  DEFAULT_LEVEL_SCALE,
  type GapHolding,
  type ProtectedHorizon,
  protectedGapFigures,
  type RequirementGap,
  type StaffAtomRow,
  toGapHoldings,
} from '@kp/domain';
import { generateOrganisation, type RandomOrganisation, seededDraws } from '@kp/domain/testing';
import { competenceAtomsSql, staffAtomsSql } from '../src/gaps/protection/atoms.sql';
import { gapEngineSql, peopleSql, realkompetanseHoldingsSql } from '../src/gaps/gap-engine.sql';
import { SqlParams } from '../src/database/sql-params';
import { plannedCompletionsSql } from '../src/participation/planned-completions.sql';
import { agreementSeeds } from './support/agreement-seeds';
import { closeDb, db } from './support/database';

/**
 * One source of truth, two implementations: the SQL gap engine must give exactly what
 * computeGaps (and computeRealkompetanse) in @kp/domain give, on random organisations, with
 * their planned completions kept as measures and participants (expected ≠ 0).
 * More seeds: KP_AGREEMENT_SEEDS="1,2,3,…" (numbers or strings).
 */
const SEEDS = agreementSeeds('11,23,37,41,59');

const RETIREMENT_AGE = 67;
const EARLY_AGE = 62;

afterAll(closeDb);

interface Loaded {
  org: RandomOrganisation;
  regionIds: Map<string, string>;
  id: (key: string) => string;
  key: (id: string) => string;
}

/** Loads the organisation into regions of its own with one multi-row INSERT per table. */
async function load(org: RandomOrganisation, seed: number | string): Promise<Loaded> {
  const ids = new Map<string, string>();
  const keys = new Map<string, string>();
  const id = (key: string) => {
    let value = ids.get(key);
    if (!value) {
      value = randomUUID();
      ids.set(key, value);
      keys.set(value, key);
    }
    return value;
  };
  const suffix = randomUUID().slice(0, 8);
  const regionIds = new Map<string, string>();
  for (const regionKey of new Set(org.municipalities.map((m) => m.regionId))) {
    const { rows } = await db().query(
      `INSERT INTO region (name, slug) VALUES ($1, $2) RETURNING id`,
      [`Avtaletest ${seed} ${regionKey}`, `avtale-${suffix}-${regionKey}`],
    );
    regionIds.set(regionKey, rows[0].id);
  }
  const regionOf = new Map(org.municipalities.map((m) => [m.id, regionIds.get(m.regionId)!]));
  await db().query(
    `INSERT INTO municipality (id, region_id, number, name)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
    [
      org.municipalities.map((m) => id(m.id)),
      org.municipalities.map((m) => regionOf.get(m.id)),
      org.municipalities.map((_, i) => String(9000 + i)),
      org.municipalities.map((m) => `Kommune ${m.id}`),
    ],
  );
  const parentOf = new Map(org.units.map((u) => [u.id, u.parentId]));
  const pathOf = (unitId: string): string[] => {
    const path: string[] = [];
    for (let at: string | null = unitId; at !== null; at = parentOf.get(at) ?? null) {
      path.unshift(id(at));
    }
    return path;
  };
  await db().query(
    `INSERT INTO unit (id, region_id, municipality_id, parent_id, path, name, kind)
     SELECT u.id, u.region_id, u.municipality_id, u.parent_id, u.path::uuid[], u.name, 'UNIT'
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[])
          AS u(id, region_id, municipality_id, parent_id, path, name)`,
    [
      org.units.map((u) => id(u.id)),
      org.units.map((u) => regionOf.get(u.municipalityId)),
      org.units.map((u) => id(u.municipalityId)),
      org.units.map((u) => (u.parentId ? id(u.parentId) : null)),
      org.units.map((u) => `{${pathOf(u.id).join(',')}}`),
      org.units.map((u) => u.id),
    ],
  );
  const municipalityOfUnit = new Map(org.units.map((u) => [u.id, u.municipalityId]));
  await db().query(
    `INSERT INTO employee (id, region_id, municipality_id, unit_id, employee_number, given_name,
       family_name, fte, employment_type, birth_year, active)
     SELECT e.id, e.region_id, e.municipality_id, e.unit_id, e.number, 'Avtale', e.number, e.fte,
            'PERMANENT', e.birth_year, e.active
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::numeric[],
                 $7::int[], $8::boolean[])
          AS e(id, region_id, municipality_id, unit_id, number, fte, birth_year, active)`,
    [
      org.employees.map((e) => id(e.id)),
      org.employees.map((e) => regionOf.get(municipalityOfUnit.get(e.unitId)!)),
      org.employees.map((e) => id(municipalityOfUnit.get(e.unitId)!)),
      org.employees.map((e) => id(e.unitId)),
      org.employees.map((e) => e.id),
      org.employees.map((e) => e.fte),
      org.employees.map((e) => e.birthYear),
      org.employees.map((e) => e.active),
    ],
  );
  const firstRegion = [...regionIds.values()][0];
  await db().query(
    `INSERT INTO competence (id, region_id, name, building_block, area, scale)
     SELECT c.id, $2, c.name, 'SKILLS', 'Avtaletest', $4::jsonb
     FROM unnest($1::uuid[], $3::text[]) AS c(id, name)`,
    [
      org.competenceIds.map((c) => id(c)),
      firstRegion,
      org.competenceIds.map((c) => `Avtale ${suffix} ${c}`),
      JSON.stringify(
        DEFAULT_LEVEL_SCALE.levels.map((l) => ({ level: l.level, description: l.name })),
      ),
    ],
  );
  return { org, regionIds, id, key: (value) => keys.get(value) ?? value };
}

/** The requirements as engine items, straight from parameters (zeros and past dates too). */
function itemsSql(loaded: Loaded, p: SqlParams): string {
  const r = loaded.org.requirements;
  return `SELECT * FROM unnest(
      ${p.add(
        r.map((x) => x.id),
        'text[]',
      )}, ${p.add(
        r.map((x) => loaded.id(x.unitId)),
        'uuid[]',
      )},
      ${p.add(
        r.map((x) => loaded.id(x.competenceId)),
        'uuid[]',
      )}, ${p.add(
        r.map((x) => x.minLevel),
        'int[]',
      )},
      ${p.add(
        r.map((x) => x.required),
        'numeric[]',
      )}, ${p.add(
        r.map((x) => x.measure),
        'text[]',
      )},
      ${p.add(
        r.map((x) => x.horizonDate),
        'date[]',
      )})
    AS i(key, unit_id, competence_id, min_level, required, measure, horizon_date)`;
}

function holdingsSql(loaded: Loaded, holdings: readonly GapHolding[], p: SqlParams): string {
  return `SELECT * FROM unnest(
      ${p.add(
        holdings.map((h) => loaded.id(h.employeeId)),
        'uuid[]',
      )},
      ${p.add(
        holdings.map((h) => loaded.id(h.competenceId)),
        'uuid[]',
      )},
      ${p.add(
        holdings.map((h) => h.level),
        'int[]',
      )},
      ${p.add(
        holdings.map((h) => h.validUntil),
        'date[]',
      )})
    AS h(employee_id, competence_id, level, valid_until)`;
}

/**
 * The organisation's planned completions as the API keeps them: one measure per completion
 * (planned, open or running, ending on the expected date) with the competence as its target and
 * the person signed up, plus rows that must not count: the same person and competence in a
 * cancelled or completed measure, or withdrawn, completed or not completed in a running one.
 */
async function loadMeasures(loaded: Loaded, seed: number | string): Promise<void> {
  const { org } = loaded;
  const random = createRandom(`${seed}-measures`);
  const municipalityOfUnit = new Map(org.units.map((u) => [u.id, u.municipalityId]));
  const regionKeyOf = new Map(org.municipalities.map((m) => [m.id, m.regionId]));
  const placeOf = (employeeId: string) => {
    const unitId = org.employees.find((e) => e.id === employeeId)!.unitId;
    const municipality = municipalityOfUnit.get(unitId)!;
    return {
      regionId: loaded.regionIds.get(regionKeyOf.get(municipality)!)!,
      municipalityId: loaded.id(municipality),
    };
  };
  const plans = new Map<string, string>();
  for (const regionId of loaded.regionIds.values()) {
    const { rows } = await db().query(
      `INSERT INTO action_plan (region_id, level, year, half) VALUES ($1, 'REGION', 2099, 1)
       RETURNING id`,
      [regionId],
    );
    plans.set(regionId, rows[0].id);
  }
  const measures: Array<{
    id: string;
    regionId: string;
    municipalityId: string;
    employeeId: string;
    competenceId: string;
    level: number;
    endsOn: string;
    status: string;
    participant: string;
  }> = [];
  const add = (c: (typeof org.plannedCompletions)[number], status: string, participant: string) =>
    measures.push({
      id: randomUUID(),
      ...placeOf(c.employeeId),
      employeeId: loaded.id(c.employeeId),
      competenceId: loaded.id(c.competenceId),
      level: c.level,
      endsOn: c.expectedDate,
      status,
      participant,
    });
  for (const c of org.plannedCompletions) {
    add(c, random.pick(['PLANNED', 'OPEN', 'RUNNING']), 'SIGNED_UP');
    if (random.chance(0.3)) {
      // a level above the planned one that must not count
      const noise = { ...c, level: c.level + 1 };
      if (random.chance(0.5)) add(noise, random.pick(['CANCELLED', 'COMPLETED']), 'SIGNED_UP');
      else add(noise, 'RUNNING', random.pick(['WITHDRAWN', 'COMPLETED', 'NOT_COMPLETED']));
    }
  }
  const column = <T>(pick: (m: (typeof measures)[number]) => T) => measures.map(pick);
  await db().query(
    `INSERT INTO measure (id, region_id, plan_id, title, strategy, kind, provider, owner, places,
       starts_on, ends_on, status)
     SELECT m.id, m.region_id, m.plan_id, 'Avtaletiltak', 'DEVELOP', 'COURSE', 'OWN_STAFF',
            'Avtaleeier', 1, m.ends_on - 30, m.ends_on, m.status
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::text[])
       AS m(id, region_id, plan_id, ends_on, status)`,
    [
      column((m) => m.id),
      column((m) => m.regionId),
      column((m) => plans.get(m.regionId)),
      column((m) => m.endsOn),
      column((m) => m.status),
    ],
  );
  await db().query(
    `INSERT INTO measure_target (measure_id, region_id, competence_id, level)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[])`,
    [
      column((m) => m.id),
      column((m) => m.regionId),
      column((m) => m.competenceId),
      column((m) => Math.min(m.level, 10)),
    ],
  );
  await db().query(
    `INSERT INTO measure_participant (measure_id, region_id, municipality_id, employee_id, status,
       outcome_on)
     SELECT p.measure_id, p.region_id, p.municipality_id, p.employee_id, p.status,
            CASE WHEN p.status IN ('COMPLETED', 'NOT_COMPLETED') THEN p.ends_on END
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::date[])
       AS p(measure_id, region_id, municipality_id, employee_id, status, ends_on)`,
    [
      column((m) => m.id),
      column((m) => m.regionId),
      column((m) => m.municipalityId),
      column((m) => m.employeeId),
      column((m) => m.participant),
      column((m) => m.endsOn),
    ],
  );
}

const FIGURES = [
  'holdersHeadcount',
  'holdersFte',
  'expectedHeadcount',
  'expectedFte',
  'holders',
  'expected',
  'gap',
  'surplus',
  'coverage',
] as const;

type Figures = Record<(typeof FIGURES)[number], number | null> & {
  holderIds?: string[];
  expectedIds?: string[];
};

/** Runs the engine for every region of the organisation; figures by requirement and age. */
async function runSql(
  loaded: Loaded,
  holdings: (p: SqlParams, regionParam: string) => string,
  withIds: boolean,
): Promise<Map<string, Figures>> {
  const result = new Map<string, Figures>();
  for (const regionId of loaded.regionIds.values()) {
    const p = new SqlParams();
    const region = p.add(regionId, 'uuid');
    const today = p.add(loaded.org.today, 'date');
    const sql = gapEngineSql({
      people: peopleSql({ regionId: region }),
      items: `${itemsSql(loaded, p)}
        WHERE i.unit_id IN (SELECT id FROM unit WHERE region_id = ${region})`,
      holdings: holdings(p, region),
      planned: plannedCompletionsSql({ regionId: region }),
      today,
      ages: p.add([RETIREMENT_AGE, EARLY_AGE], 'int[]'),
      withEmployeeIds: withIds,
    });
    const { rows } = await db().query(sql, p.values);
    for (const row of rows) {
      const figures = Object.fromEntries(
        FIGURES.map((name) => {
          const column = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
          return [name, row[column] === null ? null : Number(row[column])];
        }),
      ) as unknown as Figures;
      if (withIds) {
        figures.holderIds = (row.holder_ids as string[]).map(loaded.key).sort();
        figures.expectedIds = (row.expected_ids as string[]).map(loaded.key).sort();
      }
      result.set(`${row.key}@${row.age}`, figures);
    }
  }
  return result;
}

function fromDomain(gaps: readonly RequirementGap[], withIds: boolean): Map<string, Figures> {
  const result = new Map<string, Figures>();
  for (const gap of gaps) {
    for (const figures of [gap, gap.earlyRetirement!]) {
      const picked = Object.fromEntries(
        FIGURES.map((name) => [name, figures[name]]),
      ) as unknown as Figures;
      if (withIds) {
        picked.holderIds = [...(figures.holderEmployeeIds ?? [])].sort();
        picked.expectedIds = [...(figures.expectedEmployeeIds ?? [])].sort();
      }
      result.set(`${gap.requirementId}@${figures.retirementAge}`, picked);
    }
  }
  return result;
}

/**
 * Assessment histories that give the organisation's holdings back as realkompetanse, with
 * what the rules must see through: superseded and same-day entries, unconfirmed and
 * later-confirmed self-declarations, and entries dated after today.
 */
function histories(org: RandomOrganisation, seed: number | string) {
  const random = createRandom(`${seed}-histories`);
  const entries: Array<AssessmentEntry & { employeeId: string }> = [];
  const sources: AssessmentSource[] = ['FORMAL', 'INFORMAL', 'LEADER_ASSESSED', 'SELF_DECLARED'];
  const confirmation = (assessedAt: string): string | null => {
    if (random.chance(0.3)) return null;
    // sometimes confirmed after today: it does not count yet
    if (random.chance(0.15)) return addDays(org.today, random.int(1, 60));
    const day = addDays(assessedAt, random.int(0, 30));
    return day <= org.today ? day : org.today;
  };
  const push = (
    employeeId: string,
    competenceId: string,
    source: AssessmentSource,
    level: number,
    assessedAt: string,
    validUntil: string | null,
  ) =>
    entries.push({
      employeeId,
      competenceId,
      source,
      level,
      assessedAt,
      validUntil,
      confirmedAt: source === 'SELF_DECLARED' ? confirmation(assessedAt) : null,
    });
  for (const h of org.holdings) {
    const source = random.pick(sources);
    const anchor = h.validUntil !== null && h.validUntil < org.today ? h.validUntil : org.today;
    const assessedAt = addDays(anchor, -random.int(0, 700));
    if (random.chance(0.2)) {
      // an older entry of the same source: replaced (or, for FORMAL, competing)
      const older = addDays(assessedAt, -random.int(0, 400));
      push(
        h.employeeId,
        h.competenceId,
        source,
        random.int(0, 4),
        older,
        random.chance(0.5) ? null : addDays(older, random.int(0, 900)),
      );
    }
    push(h.employeeId, h.competenceId, source, h.level, assessedAt, h.validUntil);
    if (random.chance(0.1)) {
      // recorded later on the same day: the newer one
      push(h.employeeId, h.competenceId, source, random.int(0, 4), assessedAt, h.validUntil);
    }
    if (random.chance(0.05)) {
      // dated after today: ignored today
      const future = addDays(org.today, random.int(1, 90));
      push(h.employeeId, h.competenceId, source, random.int(0, 4), future, null);
    }
  }
  return entries;
}

async function loadAssessments(
  loaded: Loaded,
  entries: ReadonlyArray<AssessmentEntry & { employeeId: string }>,
): Promise<void> {
  const regionOfEmployee = new Map<string, string>();
  const unitRegion = new Map(
    loaded.org.units.map((u) => [
      u.id,
      loaded.regionIds.get(
        loaded.org.municipalities.find((m) => m.id === u.municipalityId)!.regionId,
      )!,
    ]),
  );
  for (const e of loaded.org.employees) regionOfEmployee.set(e.id, unitRegion.get(e.unitId)!);
  // created_at follows the array: the domain takes later entries as newer on the same day
  await db().query(
    `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
       assessed_on, valid_until, confirmed_at, created_at)
     SELECT a.region_id, a.employee_id, a.competence_id, a.level, a.source, 'Avtaletest',
            a.assessed_on, a.valid_until,
            (a.confirmed_on::timestamp + interval '12 hours') AT TIME ZONE 'Europe/Oslo',
            timestamptz '2020-01-01' + a.n * interval '1 second'
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::date[],
                 $7::date[], $8::date[]) WITH ORDINALITY
          AS a(region_id, employee_id, competence_id, level, source, assessed_on, valid_until,
               confirmed_on, n)`,
    [
      entries.map((e) => regionOfEmployee.get(e.employeeId)),
      entries.map((e) => loaded.id(e.employeeId)),
      entries.map((e) => loaded.id(e.competenceId)),
      entries.map((e) => e.level),
      entries.map((e) => e.source),
      entries.map((e) => e.assessedAt),
      entries.map((e) => e.validUntil),
      entries.map((e) => e.confirmedAt),
    ],
  );
}

/** The atom rows of every region of the organisation, from the SQL twin. */
async function atomRowsSql(
  loaded: Loaded,
  holdings: ((p: SqlParams, region: string) => string) | undefined,
): Promise<{ staff: StaffAtomRow[]; competences: CompetenceAtomRow[] }> {
  const staff: StaffAtomRow[] = [];
  const competences: CompetenceAtomRow[] = [];
  for (const regionId of loaded.regionIds.values()) {
    const settings = { regionId, today: loaded.org.today, retirementAge: RETIREMENT_AGE };
    const staffSql = staffAtomsSql(settings);
    for (const row of (await db().query(staffSql.sql, staffSql.values)).rows) {
      staff.push({ ...row, unitId: loaded.key(row.unitId) });
    }
    // planned completions: the default, read from the measures loaded above
    const competenceSql = competenceAtomsSql(settings, { holdings });
    for (const row of (await db().query(competenceSql.sql, competenceSql.values)).rows) {
      competences.push({
        ...row,
        unitId: loaded.key(row.unitId),
        competenceId: loaded.key(row.competenceId),
      });
    }
  }
  return { staff, competences };
}

const canonicalRows = (rows: ReadonlyArray<object>) =>
  rows.map((row) => JSON.stringify(Object.entries(row).sort())).sort();

/**
 * Exact atoms added up per requirement give what computeGaps gives, at every evaluated
 * horizon (today, one and three years ahead) and both retirement ages.
 */
function expectAtomsToAgree(
  org: RandomOrganisation,
  rows: { staff: StaffAtomRow[]; competences: CompetenceAtomRow[] },
  holdings: readonly GapHolding[],
): void {
  const atoms = buildProtectedAtoms(
    { ...rows, cycles: [], choices: [], teaching: [], expiry: [] },
    { k: 5, today: org.today, retirementAge: RETIREMENT_AGE },
    seededDraws('agreement'),
  );
  const children = new Map<string, string[]>();
  for (const u of org.units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const subtree = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap(subtree)];
  const horizonOf = new Map<string, ProtectedHorizon>([
    [org.today, 'NOW'],
    [addYears(org.today, 1), 'ONE_YEAR'],
    [addYears(org.today, 3), 'THREE_YEARS'],
  ]);
  const expected = computeGaps(
    { ...org, holdings },
    { today: org.today, retirementAge: RETIREMENT_AGE, earlyRetirementAge: EARLY_AGE },
  );
  let compared = 0;
  for (const gap of expected) {
    const horizon = horizonOf.get(gap.horizonDate);
    if (!horizon) continue; // a past target date: never an evaluated horizon
    for (const figures of [gap, gap.earlyRetirement!]) {
      const counts = competenceCounts(
        { atoms, unitIds: subtree(gap.unitId), knows: () => true },
        {
          competenceId: gap.competenceId,
          minLevel: gap.minLevel,
          horizon,
          age: figures.retirementAge,
        },
      );
      const { rounded, ...built } = protectedGapFigures(gap, counts, figures.retirementAge);
      expect(rounded).toBe(false);
      expect({ requirement: gap.requirementId, ...built }).toEqual({
        requirement: gap.requirementId,
        ...Object.fromEntries(
          Object.keys(built).map((key) => [key, figures[key as keyof typeof built]]),
        ),
      });
      compared += 1;
    }
  }
  expect(compared).toBeGreaterThan(20);
}

describe.each(SEEDS)('random organisation %s', (seed) => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await load(generateOrganisation(seed), seed);
    await loadMeasures(loaded, seed);
  });

  it.each([false, true])(
    'the SQL engine gives what computeGaps gives (employee ids: %s)',
    async (withIds) => {
      const { org } = loaded;
      const expected = fromDomain(
        computeGaps(org, {
          today: org.today,
          retirementAge: RETIREMENT_AGE,
          earlyRetirementAge: EARLY_AGE,
          includeEmployeeIds: withIds,
        }),
        withIds,
      );
      const actual = await runSql(loaded, (p) => holdingsSql(loaded, org.holdings, p), withIds);
      expect(actual.size).toBe(org.requirements.length * 2);
      // the measures really add expected people (the comparison below is not about zeros)
      expect([...actual.values()].some((figures) => (figures.expectedHeadcount ?? 0) > 0)).toBe(
        true,
      );
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    },
  );

  it('exact atoms from SQL add up to what computeGaps gives, per requirement, horizon and age', async () => {
    const { org } = loaded;
    const rows = await atomRowsSql(loaded, (p) => holdingsSql(loaded, org.holdings, p));
    // the SQL twin gives the rows atomRowsFromPeople gives, person by person
    const expected = atomRowsFromPeople(org, { today: org.today, retirementAge: RETIREMENT_AGE });
    expect(canonicalRows(rows.staff)).toEqual(canonicalRows(expected.staff));
    expect(canonicalRows(rows.competences)).toEqual(canonicalRows(expected.competences));
    expectAtomsToAgree(org, rows, org.holdings);
  });

  it('realkompetanse from assessment histories agrees, and so do the gaps built on it', async () => {
    const { org } = loaded;
    const entries = histories(org, seed);
    await loadAssessments(loaded, entries);

    const active = new Set(org.employees.filter((e) => e.active).map((e) => e.id));
    const domainHoldings = org.employees.flatMap((employee) =>
      toGapHoldings(
        employee.id,
        computeRealkompetanse(
          { assessments: entries.filter((e) => e.employeeId === employee.id), qualifications: [] },
          org.today,
        ),
      ),
    );
    const sqlHoldings: GapHolding[] = [];
    for (const regionId of loaded.regionIds.values()) {
      const p = new SqlParams();
      const region = p.add(regionId, 'uuid');
      const today = p.add(org.today, 'date');
      const { rows } = await db().query(
        `WITH people AS (${peopleSql({ regionId: region })})
         SELECT employee_id, competence_id, level, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
         FROM (${realkompetanseHoldingsSql({ regionId: region, asOf: today, people: 'people' })}) h`,
        p.values,
      );
      for (const row of rows) {
        sqlHoldings.push({
          employeeId: loaded.key(row.employee_id),
          competenceId: loaded.key(row.competence_id),
          level: row.level,
          validUntil: row.valid_until,
        });
      }
    }
    const canonical = (holdings: readonly GapHolding[]) =>
      holdings.map((h) => `${h.employeeId} ${h.competenceId} ${h.level} ${h.validUntil}`).sort();
    expect(canonical(sqlHoldings)).toEqual(
      canonical(domainHoldings.filter((h) => active.has(h.employeeId))),
    );

    const expected = fromDomain(
      computeGaps(
        { ...org, holdings: domainHoldings },
        { today: org.today, retirementAge: RETIREMENT_AGE, earlyRetirementAge: EARLY_AGE },
      ),
      false,
    );
    const actual = await runSql(
      loaded,
      (p, region) =>
        realkompetanseHoldingsSql({
          regionId: region,
          asOf: p.add(org.today, 'date'),
          people: 'people',
        }),
      false,
    );
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));

    // the atoms on the path the API takes (realkompetanse computed from the histories)
    expectAtomsToAgree(org, await atomRowsSql(loaded, undefined), domainHoldings);
  });
});
