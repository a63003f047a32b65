// Demo appraisal interviews: in every municipality last year's cycle ("Medarbeidersamtaler 2025")
// is done for most units and this year's ("Medarbeidersamtaler 2026") is part-way, so progress
// views, aggregates and the directory of people who can teach have something to show. Works on
// whatever employees and competences the region has (none at all gives just the cycles).
// Deterministic: one seeded random sequence over rows read in a fixed order.

import { randomUUID } from 'node:crypto';
import {
  addDays,
  addYears,
  createRandom,
  type IsoDate,
  type Random,
  type WeightedEntry,
  yearOf,
} from '@kp/domain';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, execute, one, rows } from '../database/sql';
import { notErased } from '../employees/people.sql';
import { DEMO_REFERENCE_DATE } from './demo-people';

export const DEMO_APPRAISALS_SEED = 'gjovikregionen-appraisals';

const WAYS: readonly WeightedEntry<string>[] = [
  { value: 'COURSE', weight: 3 },
  { value: 'E_LEARNING', weight: 3 },
  { value: 'HOSPITATION', weight: 2 },
  { value: 'FURTHER_EDUCATION', weight: 1.5 },
  { value: 'OWN_TIME', weight: 0.5 },
];

const POTENTIAL_USED = [
  'Ja, i stor grad.',
  'Delvis. Har mer å gi i veiledning av nyansatte.',
  'Ja, men ønsker flere faglige oppgaver.',
  'Delvis. Arbeidsmengden gir lite rom for fagutvikling.',
];

const POTENTIAL_NEEDS = [
  'Tid i turnus til å veilede studenter og lærlinger.',
  'Fast rolle som ressursperson i avdelingen.',
  'Mulighet til hospitering i spesialisthelsetjenesten.',
  'Økt stillingsprosent.',
  '',
];

const CAREER = [
  { plan: 'Ønsker videreutdanning innen to år.', role: 'Fagutviklingssykepleier' },
  { plan: 'Vil bli ressursperson for demensomsorg.', role: 'Ressursperson' },
  { plan: 'Trives i dagens rolle, vil fordype seg faglig.', role: '' },
  { plan: 'Kan tenke seg en lederrolle på sikt.', role: 'Avdelingsleder' },
];

const ACTIONS = [
  'Delta på regionalt kurs',
  'Hospitere to dager hos en nabokommune',
  'Gjennomføre e-læringskurs',
  'Være med i fagnettverk',
  'Veilede en ny kollega',
];

const Employee = z.object({
  id: col.id,
  municipalityId: col.id,
  unitId: col.id,
  /** The UNIT-level unit the employee belongs under (the one leaders hold). */
  groupId: col.id,
  startDate: col.isoDate.nullable(),
});
type Employee = z.infer<typeof Employee>;

const Competence = z.object({ id: col.id, levels: z.array(col.int) });
type Competence = z.infer<typeof Competence>;

const HeldRow = z.object({ employeeId: col.id, competenceId: col.id, level: col.int });

const SignerRow = z.object({
  userId: col.id,
  role: col.text,
  municipalityId: col.id,
  unitId: col.id.nullable(),
});

const IdRow = z.object({ id: col.id });

interface Held {
  competence: Competence;
  level: number;
}

interface Cycle {
  id: string;
  municipalityId: string;
  name: string;
  opensOn: IsoDate;
  closesOn: IsoDate;
}

/** Column arrays for one multi-row insert per table. */
class Batch {
  readonly appraisals = {
    id: [] as string[],
    municipalityId: [] as string[],
    cycleId: [] as string[],
    employeeId: [] as string[],
    status: [] as string[],
    heldOn: [] as (string | null)[],
    hrChecked: [] as boolean[],
    potentialUsed: [] as string[],
    potentialNeeds: [] as string[],
    consent: [] as boolean[],
    ways: [] as string[],
    careerPlan: [] as string[],
    careerRole: [] as string[],
    userId: [] as (string | null)[],
    completedAt: [] as (string | null)[],
  };
  readonly lines = {
    appraisalId: [] as string[],
    kind: [] as string[],
    competenceId: [] as string[],
    level: [] as (number | null)[],
    confirms: [] as boolean[],
    position: [] as number[],
  };
  readonly actions = {
    appraisalId: [] as string[],
    position: [] as number[],
    description: [] as string[],
    dueOn: [] as string[],
    competenceId: [] as (string | null)[],
  };
  readonly assessments = {
    employeeId: [] as string[],
    competenceId: [] as string[],
    level: [] as number[],
    source: [] as string[],
    evidence: [] as string[],
    assessedOn: [] as string[],
    userId: [] as (string | null)[],
    confirmedAt: [] as (string | null)[],
  };
  readonly items = {
    municipalityId: [] as string[],
    employeeId: [] as string[],
    appraisalId: [] as string[],
    kind: [] as string[],
    competenceId: [] as (string | null)[],
    targetLevel: [] as (number | null)[],
    description: [] as string[],
    dueOn: [] as (string | null)[],
    status: [] as string[],
  };
  readonly directory = new Map<
    string,
    { municipalityId: string; appraisalId: string; topics: string[]; consent: boolean }
  >();
}

function dayBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  const fromUtc = Date.parse(`${from}T00:00:00Z`);
  const span = Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - fromUtc) / 86_400_000));
  return addDays(from, random.int(0, span));
}

function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  return random.shuffle(items).slice(0, Math.min(count, items.length));
}

/** Popular wishes stand out in the aggregates: a few competences get most of the weight. */
function wishWeights(random: Random, competences: readonly Competence[]) {
  return random
    .shuffle(competences)
    .map((competence, index) => ({ value: competence, weight: index < 6 ? 8 - index : 1 }));
}

function addAppraisal(
  batch: Batch,
  random: Random,
  context: {
    employee: Employee;
    cycle: Cycle;
    status: 'DRAFT' | 'COMPLETED';
    competences: readonly Competence[];
    /** What the employee already holds (best level per competence), from the people seed. */
    held: readonly Held[];
    wishes: readonly WeightedEntry<Competence>[];
    userId: string | null;
    referenceDate: IsoDate;
    past: boolean;
  },
): void {
  const { employee, cycle, status, competences } = context;
  const id = randomUUID();
  const lastDay = cycle.closesOn < context.referenceDate ? cycle.closesOn : context.referenceDate;
  const heldOn = dayBetween(random, cycle.opensOn, lastDay);
  const completed = status === 'COMPLETED';
  const completedAt = completed ? `${heldOn}T13:00:00Z` : null;
  const career = random.pick(CAREER);
  const consent = random.chance(0.65);
  const ways = [...new Set([random.weightedPick(WAYS), random.weightedPick(WAYS)])];
  const a = batch.appraisals;
  a.id.push(id);
  a.municipalityId.push(employee.municipalityId);
  a.cycleId.push(cycle.id);
  a.employeeId.push(employee.id);
  a.status.push(status);
  a.heldOn.push(completed || random.chance(0.5) ? heldOn : null);
  a.hrChecked.push(random.chance(0.9));
  a.potentialUsed.push(random.pick(POTENTIAL_USED));
  a.potentialNeeds.push(random.pick(POTENTIAL_NEEDS));
  a.consent.push(consent);
  a.ways.push(`{${ways.join(',')}}`);
  a.careerPlan.push(random.chance(0.3) ? career.plan : '');
  a.careerRole.push(random.chance(0.3) ? career.role : '');
  a.userId.push(context.userId);
  a.completedAt.push(completedAt);

  if (competences.length === 0) return;
  const line = (
    kind: string,
    competence: Competence,
    level: number | null,
    confirms: boolean,
    position: number,
  ) => {
    batch.lines.appraisalId.push(id);
    batch.lines.kind.push(kind);
    batch.lines.competenceId.push(competence.id);
    batch.lines.level.push(level);
    batch.lines.confirms.push(confirms);
    batch.lines.position.push(position);
  };
  const levelOf = (competence: Competence, low = 0) =>
    random.pick(
      competence.levels.filter((level) => level >= low).concat(competence.levels.slice(-1)),
    );
  const evidence = `Medarbeidersamtale (${cycle.name})`;
  const assess = (competence: Competence, level: number, source: string, confirmed: boolean) => {
    const s = batch.assessments;
    s.employeeId.push(employee.id);
    s.competenceId.push(competence.id);
    s.level.push(level);
    s.source.push(source);
    s.evidence.push(evidence);
    s.assessedOn.push(heldOn);
    s.userId.push(context.userId);
    s.confirmedAt.push(confirmed ? completedAt : null);
  };

  // The talk confirms what the employee holds (now and then a step up), so the demo's gap
  // figures keep the shape the people seed gave them: a leader level never lowers anything.
  const stepUp = (held: Held) => {
    const next = held.competence.levels.find((level) => level > held.level);
    return next !== undefined && random.chance(0.15) ? next : held.level;
  };
  pickDistinct(random, context.held, random.int(0, 2)).forEach((held, position) => {
    const level = stepUp(held);
    const confirms = random.chance(0.7);
    line('SELF_DECLARED', held.competence, level, confirms, position);
    if (completed && confirms) assess(held.competence, level, 'SELF_DECLARED', true);
  });
  pickDistinct(random, context.held, random.int(1, 3)).forEach((held, position) => {
    const level = stepUp(held);
    line('LEADER_ASSESSED', held.competence, level, false, position);
    if (completed) assess(held.competence, level, 'LEADER_ASSESSED', false);
  });
  const wished = [
    ...new Set(Array.from({ length: random.int(0, 2) }, () => random.weightedPick(context.wishes))),
  ];
  wished.forEach((competence, position) => {
    const target = levelOf(competence, 2);
    line('WISH', competence, target, false, position);
    if (completed) {
      const i = batch.items;
      i.municipalityId.push(employee.municipalityId);
      i.employeeId.push(employee.id);
      i.appraisalId.push(id);
      i.kind.push('WISH');
      i.competenceId.push(competence.id);
      i.targetLevel.push(target);
      i.description.push('');
      i.dueOn.push(null);
      i.status.push(context.past && random.chance(0.5) ? 'DONE' : 'OPEN');
    }
  });
  // people teach what they master
  const strong = context.held.filter((held) => held.level >= 3).map((held) => held.competence);
  const topics = random.chance(0.2) ? pickDistinct(random, strong, random.int(1, 2)) : [];
  topics.forEach((competence, position) => line('TEACHING', competence, null, false, position));
  if (completed) {
    // the directory follows the latest signed-off talk; this year's are added after last year's
    batch.directory.set(employee.id, {
      municipalityId: employee.municipalityId,
      appraisalId: id,
      topics: topics.map((competence) => competence.id),
      consent,
    });
  }
  const actionCount = completed ? random.int(1, 2) : random.int(0, 1);
  for (let position = 0; position < actionCount; position += 1) {
    const competence = wished[position] ?? null;
    const description = competence
      ? random.pick(ACTIONS)
      : 'Oppfølgingssamtale om arbeidssituasjonen';
    const dueOn = addDays(heldOn, random.int(60, 300));
    batch.actions.appraisalId.push(id);
    batch.actions.position.push(position);
    batch.actions.description.push(description);
    batch.actions.dueOn.push(dueOn);
    batch.actions.competenceId.push(competence?.id ?? null);
    if (completed) {
      const i = batch.items;
      i.municipalityId.push(employee.municipalityId);
      i.employeeId.push(employee.id);
      i.appraisalId.push(id);
      i.kind.push('ACTION');
      i.competenceId.push(competence?.id ?? null);
      i.targetLevel.push(null);
      i.description.push(description);
      i.dueOn.push(dueOn);
      i.status.push(context.past ? random.pick(['DONE', 'DONE', 'IN_PROGRESS']) : 'OPEN');
    }
  }
}

/** The signer for a unit: its demo leader, else the municipality's HR, else nobody. */
async function signers(
  manager: EntityManager,
  regionId: string,
): Promise<{ byUnit: Map<string, string>; byMunicipality: Map<string, string> }> {
  const assigned = await rows(
    manager,
    SignerRow,
    `SELECT r.user_id AS "userId", r.role, r.municipality_id AS "municipalityId", r.unit_id AS "unitId"
       FROM role_assignment r JOIN app_user usr ON usr.id = r.user_id
       WHERE r.region_id = $1 AND r.role IN ('UNIT_LEADER', 'MUNICIPALITY_HR')
       ORDER BY usr.email, r.role`,
    [regionId],
  );
  const byUnit = new Map<string, string>();
  const byMunicipality = new Map<string, string>();
  for (const row of assigned) {
    if (row.role === 'UNIT_LEADER' && row.unitId && !byUnit.has(row.unitId)) {
      byUnit.set(row.unitId, row.userId);
    }
    if (row.role === 'MUNICIPALITY_HR' && !byMunicipality.has(row.municipalityId)) {
      byMunicipality.set(row.municipalityId, row.userId);
    }
  }
  return { byUnit, byMunicipality };
}

async function insertCycles(
  manager: EntityManager,
  regionId: string,
  referenceDate: IsoDate,
): Promise<{ last: Cycle[]; current: Cycle[] }> {
  const municipalities = await rows(
    manager,
    IdRow,
    `SELECT id FROM municipality WHERE region_id = $1 ORDER BY number`,
    [regionId],
  );
  // this year's cycle opened two months before the reference date and closes six weeks after
  const currentOpens = addDays(referenceDate, -61);
  const currentCloses = addDays(referenceDate, 44);
  const windows = {
    last: { opensOn: addYears(currentOpens, -1), closesOn: addYears(currentCloses, -1) },
    current: { opensOn: currentOpens, closesOn: currentCloses },
  };
  const result: { last: Cycle[]; current: Cycle[] } = { last: [], current: [] };
  for (const municipality of municipalities) {
    for (const key of ['last', 'current'] as const) {
      const { opensOn, closesOn } = windows[key];
      const name = `Medarbeidersamtaler ${yearOf(opensOn)}`;
      const row = await one(
        manager,
        IdRow,
        `INSERT INTO appraisal_cycle (region_id, municipality_id, name, opens_on, closes_on)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [regionId, municipality.id, name, opensOn, closesOn],
      );
      result[key].push({ id: row.id, municipalityId: municipality.id, name, opensOn, closesOn });
    }
  }
  return result;
}

async function insertBatch(manager: EntityManager, regionId: string, batch: Batch): Promise<void> {
  const a = batch.appraisals;
  if (a.id.length === 0) return;
  await execute(
    manager,
    `INSERT INTO appraisal (id, region_id, municipality_id, cycle_id, employee_id, status, held_on,
       hr_registrations_checked, potential_used, potential_needs, teaching_consent, preferred_ways,
       career_plan, career_target_role, created_by, updated_by, completed_by, completed_at,
       created_at, updated_at)
     SELECT row.id, $1, row.municipality_id, row.cycle_id, row.employee_id, row.status, row.held_on,
            row.hr_checked, row.potential_used, row.potential_needs, row.consent, row.ways::text[],
            row.career_plan, row.career_role, row.user_id, row.user_id,
            CASE WHEN row.status = 'COMPLETED' THEN row.user_id END, row.completed_at,
            coalesce(row.completed_at, now()), coalesce(row.completed_at, now())
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::date[],
                 $8::boolean[], $9::text[], $10::text[], $11::boolean[], $12::text[], $13::text[],
                 $14::text[], $15::uuid[], $16::timestamptz[])
       AS row(id, municipality_id, cycle_id, employee_id, status, held_on, hr_checked,
              potential_used, potential_needs, consent, ways, career_plan, career_role, user_id,
              completed_at)`,
    [
      regionId,
      a.id,
      a.municipalityId,
      a.cycleId,
      a.employeeId,
      a.status,
      a.heldOn,
      a.hrChecked,
      a.potentialUsed,
      a.potentialNeeds,
      a.consent,
      a.ways,
      a.careerPlan,
      a.careerRole,
      a.userId,
      a.completedAt,
    ],
  );
  const l = batch.lines;
  if (l.appraisalId.length > 0) {
    await execute(
      manager,
      `INSERT INTO appraisal_competence (appraisal_id, kind, competence_id, level, leader_confirms, position)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::int[], $5::boolean[], $6::int[])`,
      [l.appraisalId, l.kind, l.competenceId, l.level, l.confirms, l.position],
    );
  }
  const c = batch.actions;
  if (c.appraisalId.length > 0) {
    await execute(
      manager,
      `INSERT INTO appraisal_action (appraisal_id, position, description, due_on, competence_id)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::date[], $5::uuid[])`,
      [c.appraisalId, c.position, c.description, c.dueOn, c.competenceId],
    );
  }
  const s = batch.assessments;
  if (s.employeeId.length > 0) {
    await execute(
      manager,
      `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
         assessed_on, assessed_by, confirmed_at, confirmed_by, created_at)
       SELECT $1, row.employee_id, row.competence_id, row.level, row.source, row.evidence,
              row.assessed_on, row.user_id, row.confirmed_at,
              CASE WHEN row.confirmed_at IS NOT NULL THEN row.user_id END,
              row.assessed_on::timestamptz + interval '13 hours'
       FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::text[], $7::date[],
                   $8::uuid[], $9::timestamptz[])
         AS row(employee_id, competence_id, level, source, evidence, assessed_on, user_id, confirmed_at)`,
      [
        regionId,
        s.employeeId,
        s.competenceId,
        s.level,
        s.source,
        s.evidence,
        s.assessedOn,
        s.userId,
        s.confirmedAt,
      ],
    );
  }
  const i = batch.items;
  if (i.employeeId.length > 0) {
    await execute(
      manager,
      `INSERT INTO development_item (region_id, municipality_id, employee_id, appraisal_id, kind,
         competence_id, target_level, description, due_on, status)
       SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::uuid[],
                                $7::int[], $8::text[], $9::date[], $10::text[])`,
      [
        regionId,
        i.municipalityId,
        i.employeeId,
        i.appraisalId,
        i.kind,
        i.competenceId,
        i.targetLevel,
        i.description,
        i.dueOn,
        i.status,
      ],
    );
  }
  const entries = [...batch.directory.entries()].flatMap(([employeeId, entry]) =>
    entry.topics.map((competenceId) => ({ employeeId, competenceId, ...entry })),
  );
  if (entries.length > 0) {
    await execute(
      manager,
      `INSERT INTO teaching_directory_entry (region_id, municipality_id, employee_id, competence_id,
         appraisal_id, consent)
       SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::boolean[])`,
      [
        regionId,
        entries.map((entry) => entry.municipalityId),
        entries.map((entry) => entry.employeeId),
        entries.map((entry) => entry.competenceId),
        entries.map((entry) => entry.appraisalId),
        entries.map((entry) => entry.consent),
      ],
    );
  }
}

/** Seeds the two demo cycles and their talks; called last, after people and catalogue. */
export async function seedDemoAppraisals(
  manager: EntityManager,
  regionId: string,
  referenceDate: IsoDate = DEMO_REFERENCE_DATE,
): Promise<void> {
  const random = createRandom(DEMO_APPRAISALS_SEED);
  const cycles = await insertCycles(manager, regionId, referenceDate);
  const employees = await rows(
    manager,
    Employee,
    `SELECT e.id, e.municipality_id AS "municipalityId", e.unit_id AS "unitId",
            coalesce((SELECT x.id FROM unit x WHERE x.id = ANY(u.path) AND x.kind = 'UNIT' LIMIT 1),
                     u.id) AS "groupId",
            to_char(e.start_date, 'YYYY-MM-DD') AS "startDate"
     FROM employee e JOIN unit u ON u.id = e.unit_id JOIN municipality m ON m.id = e.municipality_id
     WHERE e.region_id = $1 AND e.active AND ${notErased('e')}
     ORDER BY m.number, e.employee_number, e.id`,
    [regionId],
  );
  if (employees.length === 0) return;
  const competences = await rows(
    manager,
    Competence,
    `SELECT c.id,
            ARRAY(SELECT (step->>'level')::int FROM jsonb_array_elements(c.scale) step ORDER BY 1)
              AS levels
     FROM competence c WHERE c.region_id = $1 AND c.active ORDER BY c.name, c.id`,
    [regionId],
  );
  const wishes = wishWeights(random, competences);
  const byId = new Map(competences.map((competence) => [competence.id, competence]));
  const heldRows = await rows(
    manager,
    HeldRow,
    `SELECT a.employee_id AS "employeeId", a.competence_id AS "competenceId", max(a.level) AS level
     FROM assessment a WHERE a.region_id = $1
     GROUP BY a.employee_id, a.competence_id ORDER BY a.employee_id, a.competence_id`,
    [regionId],
  );
  const held = new Map<string, Held[]>();
  for (const row of heldRows) {
    const competence = byId.get(row.competenceId);
    if (!competence) continue;
    const list = held.get(row.employeeId) ?? [];
    list.push({ competence, level: row.level });
    held.set(row.employeeId, list);
  }
  const { byUnit, byMunicipality } = await signers(manager, regionId);
  const groups = [...new Set(employees.map((employee) => employee.groupId))];
  // per unit: how far each cycle has come
  const rates = new Map(
    groups.map((group) => [
      group,
      {
        last: random.chance(0.8) ? random.int(90, 100) / 100 : random.int(55, 85) / 100,
        current: random.int(20, 70) / 100,
        drafts: random.int(5, 20) / 100,
      },
    ]),
  );

  const batch = new Batch();
  for (const key of ['last', 'current'] as const) {
    const cycleOf = new Map(cycles[key].map((cycle) => [cycle.municipalityId, cycle]));
    for (const employee of employees) {
      const cycle = cycleOf.get(employee.municipalityId);
      if (!cycle || (employee.startDate && employee.startDate > cycle.closesOn)) continue;
      const rate = rates.get(employee.groupId);
      if (!rate) continue;
      const roll = random.next();
      const status =
        roll < rate[key]
          ? 'COMPLETED'
          : key === 'current' && roll < rate.current + rate.drafts
            ? 'DRAFT'
            : null;
      if (!status) continue;
      addAppraisal(batch, random, {
        employee,
        cycle,
        status,
        competences,
        held: held.get(employee.id) ?? [],
        wishes,
        userId: byUnit.get(employee.groupId) ?? byMunicipality.get(employee.municipalityId) ?? null,
        referenceDate,
        past: key === 'last',
      });
    }
  }
  await insertBatch(manager, regionId, batch);
}
