// Demo action plans and measures (docs/demo-data.md, "Plans and measures"): the regional
// programme and the municipalities' and two units' plans for the half-year before the
// reference date (closed, its measures completed), the current one (adopted, measures running
// or open for sign-up) and the next (a draft with planned measures). Participants are people
// who lack the competence a measure develops, in the units that ask for it, those who wished
// for it in an appraisal first; completed participants hold the competence from the measure's
// last day, so gaps close, and running measures show as "expected" in the 1-year figures.
// Deterministic: everything is chosen by SQL over the seeded rows in a fixed order.

import { addDays, addMonths, type IsoDate, isoDateFromParts, yearOf } from '@kp/domain';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, execute, maybeOne, one, rows } from '../database/sql';
import { notErased } from '../employees/people.sql';
import { DEMO_REFERENCE_DATE } from './demo-people';

type Period = 'PREVIOUS' | 'CURRENT' | 'NEXT';
type Status = 'PLANNED' | 'OPEN' | 'RUNNING' | 'COMPLETED';
type Funding = Partial<Record<'OWN_BUDGET' | 'COMPETENCE_GRANT' | 'OTHER', number>>;

interface DemoMeasure {
  period: Period;
  /** The regional programme, a municipality's plan (kommunenummer) or a unit's plan (name). */
  plan:
    | { level: 'REGION' }
    | { level: 'MUNICIPALITY'; number: string }
    | { level: 'UNIT'; unit: string };
  title: string;
  description: string;
  strategy: 'ACQUIRE' | 'DEVELOP' | 'MOBILISE' | 'PHASE_OUT';
  kind: string;
  provider: 'OWN_STAFF' | 'OTHER_MUNICIPALITY' | 'HOSPITAL' | 'UNIVERSITY_COLLEGE';
  providerName: string;
  owner: string;
  targetGroup: string;
  competence: string;
  level: number;
  places: number;
  hours: number;
  /** Months after the half-year's first day, and length in days. */
  startMonth: number;
  days: number;
  status: Status;
  awardsCertificate: boolean;
  funding: Funding;
  /** Participants are drawn from units of these service types. */
  serviceTypes: string[];
  /** Share of the places taken (0 for none). */
  fill: number;
  /** Name part of a unit that lends staff (mobilisation). */
  lendingUnit?: string;
  /** A teacher from the teaching directory, from another municipality when there is one. */
  teacher?: boolean;
}

const REGION = { level: 'REGION' } as const;

export const DEMO_MEASURES: readonly DemoMeasure[] = [
  {
    period: 'PREVIOUS',
    plan: REGION,
    title: 'NEWS2 – tidlig oppdagelse av forverret tilstand',
    description: 'Regionalt kurs med ferdighetstrening i NEWS2 og ISBAR for hjemmetjenestene.',
    strategy: 'DEVELOP',
    kind: 'COURSE',
    provider: 'HOSPITAL',
    providerName: 'Sykehuset Innlandet Gjøvik',
    owner: 'Kari Koordinator',
    targetGroup: 'Sykepleiere og helsefagarbeidere i hjemmetjenesten',
    competence: 'Tidlig oppdagelse av forverret tilstand (NEWS2)',
    level: 2,
    places: 30,
    hours: 7,
    startMonth: 1,
    days: 70,
    status: 'COMPLETED',
    awardsCertificate: false,
    funding: { COMPETENCE_GRANT: 60_000, OWN_BUDGET: 15_000 },
    serviceTypes: ['hjemmetjeneste'],
    fill: 0.9,
  },
  {
    period: 'CURRENT',
    plan: REGION,
    title: 'Videreutdanning i demensomsorg – NTNU i Gjøvik',
    description: 'Deltidsstudium (30 studiepoeng) over to semestre, samlinger i Gjøvik.',
    strategy: 'DEVELOP',
    kind: 'FURTHER_EDUCATION',
    provider: 'UNIVERSITY_COLLEGE',
    providerName: 'NTNU i Gjøvik',
    owner: 'Kari Koordinator',
    targetGroup: 'Sykepleiere og vernepleiere i sykehjem',
    competence: 'Videreutdanning i demensomsorg',
    level: 3,
    places: 12,
    hours: 300,
    startMonth: 1,
    days: 305,
    status: 'RUNNING',
    awardsCertificate: true,
    funding: { COMPETENCE_GRANT: 240_000, OWN_BUDGET: 60_000 },
    serviceTypes: ['sykehjem'],
    fill: 1,
  },
  {
    period: 'CURRENT',
    plan: REGION,
    title: 'Fagnettverk for palliasjon',
    description: 'Fire nettverkssamlinger med palliativt team og ressurssykepleiere fra kommunene.',
    strategy: 'DEVELOP',
    kind: 'NETWORK',
    provider: 'HOSPITAL',
    providerName: 'Sykehuset Innlandet, palliativt team',
    owner: 'Kari Koordinator',
    targetGroup: 'Ressurssykepleiere i palliasjon',
    competence: 'Palliasjon – grunnleggende kompetanse',
    level: 2,
    places: 20,
    hours: 12,
    startMonth: 2,
    days: 108,
    status: 'RUNNING',
    awardsCertificate: false,
    funding: { OWN_BUDGET: 20_000 },
    serviceTypes: ['sykehjem'],
    fill: 0.4,
    teacher: true,
  },
  {
    period: 'NEXT',
    plan: REGION,
    title: 'Legemiddelhåndtering – e-læring og test',
    description: 'Felles e-læringskurs med test for alle som deler ut legemidler.',
    strategy: 'DEVELOP',
    kind: 'E_LEARNING',
    provider: 'OWN_STAFF',
    providerName: '',
    owner: 'Kari Koordinator',
    targetGroup: 'Alle som deler ut legemidler',
    competence: 'Legemiddelhåndtering – kurs og test',
    level: 2,
    places: 60,
    hours: 6,
    startMonth: 0,
    days: 80,
    status: 'PLANNED',
    awardsCertificate: true,
    funding: { OWN_BUDGET: 10_000 },
    serviceTypes: [],
    fill: 0,
  },
  {
    period: 'NEXT',
    plan: REGION,
    title: 'Sommerjobb for sykepleierstudenter',
    description: 'Felles rekrutteringskampanje mot NTNU i Gjøvik med garantert sommerjobb.',
    strategy: 'ACQUIRE',
    kind: 'RECRUITMENT',
    provider: 'OWN_STAFF',
    providerName: '',
    owner: 'Kari Koordinator',
    targetGroup: 'Sykepleierstudenter i 2. og 3. studieår',
    competence: 'Bachelor i sykepleie',
    level: 3,
    places: 10,
    hours: 0,
    startMonth: 1,
    days: 60,
    status: 'PLANNED',
    awardsCertificate: false,
    funding: { OWN_BUDGET: 50_000 },
    serviceTypes: [],
    fill: 0,
  },
  {
    period: 'CURRENT',
    plan: { level: 'MUNICIPALITY', number: '3407' },
    title: 'HLR-oppfriskning',
    description: 'Praktisk HLR-trening for dem med sertifikat som går ut innen et halvt år.',
    strategy: 'DEVELOP',
    kind: 'CERTIFICATE_RENEWAL',
    provider: 'OWN_STAFF',
    providerName: 'Gjøvik kommune',
    owner: 'Hanne HR Gjøvik',
    targetGroup: 'Ansatte med HLR-sertifikat som går ut',
    competence: 'Hjerte-lungeredning (HLR)',
    level: 2,
    places: 24,
    hours: 3,
    startMonth: 5,
    days: 30,
    status: 'OPEN',
    awardsCertificate: true,
    funding: { OWN_BUDGET: 12_000 },
    serviceTypes: ['sykehjem', 'hjemmetjeneste'],
    fill: 0.5,
  },
  {
    period: 'CURRENT',
    plan: { level: 'MUNICIPALITY', number: '3442' },
    title: 'Hospitering i hverdagsrehabilitering',
    description: 'To dagers hospitering hos hverdagsrehabiliteringsteamet i Gjøvik.',
    strategy: 'DEVELOP',
    kind: 'HOSPITATION',
    provider: 'OTHER_MUNICIPALITY',
    providerName: 'Gjøvik kommune',
    owner: 'Personalavdelingen, Østre Toten kommune',
    targetGroup: 'Terapeuter og helsefagarbeidere i hjemmetjenesten',
    competence: 'Hverdagsrehabilitering',
    level: 2,
    places: 6,
    hours: 15,
    startMonth: 3,
    days: 75,
    status: 'RUNNING',
    awardsCertificate: false,
    funding: { OWN_BUDGET: 8_000 },
    serviceTypes: ['hjemmetjeneste'],
    fill: 1,
  },
  {
    period: 'CURRENT',
    plan: { level: 'UNIT', unit: 'Hjemmetjenesten Gjøvik' },
    title: 'Jobbrotasjon med sykehjemmet: demensomsorg',
    description: 'Fire uker rotasjon for to ansatte, med veileder fra sykehjemmets demensteam.',
    strategy: 'MOBILISE',
    kind: 'JOB_ROTATION',
    provider: 'OWN_STAFF',
    providerName: 'Gjøvik kommune',
    owner: 'Lars Leder',
    targetGroup: 'Helsefagarbeidere i hjemmetjenesten',
    competence: 'Demensomsorgens ABC',
    level: 2,
    places: 2,
    hours: 150,
    startMonth: 5,
    days: 28,
    status: 'OPEN',
    awardsCertificate: false,
    funding: { OWN_BUDGET: 0 },
    serviceTypes: ['hjemmetjeneste'],
    fill: 1,
    lendingUnit: 'sykehjem',
  },
];

const MunicipalityRow = z.object({ id: col.id, number: col.text });
const UnitRow = z.object({ id: col.id, municipalityId: col.id, name: col.text });
const IdRow = z.object({ id: col.id });
const Candidate = z.object({
  employeeId: col.id,
  municipalityId: col.id,
  itemId: col.id.nullable(),
});
const TeacherRow = z.object({ employeeId: col.id, municipalityId: col.id });
const CompetenceRow = z.object({ id: col.id, validityMonths: col.int.nullable() });

function halfYearStart(date: IsoDate, offset: number): IsoDate {
  const month = Number(date.slice(5, 7));
  const first = isoDateFromParts(yearOf(date), month <= 6 ? 1 : 7, 1);
  return addMonths(first, offset * 6);
}

const PERIOD_OFFSET: Record<Period, number> = { PREVIOUS: -1, CURRENT: 0, NEXT: 1 };
const PLAN_STATUS: Record<Period, 'CLOSED' | 'ADOPTED' | 'DRAFT'> = {
  PREVIOUS: 'CLOSED',
  CURRENT: 'ADOPTED',
  NEXT: 'DRAFT',
};

/** Places per municipality in proportion to their staff, largest first, summing to `places`. */
function shares(places: number, staff: ReadonlyArray<{ id: string; staff: number }>) {
  const total = staff.reduce((sum, m) => sum + m.staff, 0) || 1;
  const result = staff.map((m) => ({ id: m.id, places: Math.floor((places * m.staff) / total) }));
  let left = places - result.reduce((sum, m) => sum + m.places, 0);
  for (let i = 0; left > 0; i = (i + 1) % result.length, left -= 1) result[i].places += 1;
  return result;
}

class DemoPlans {
  private readonly plans = new Map<string, string>();

  constructor(
    private readonly manager: EntityManager,
    private readonly regionId: string,
    private readonly referenceDate: IsoDate,
    private readonly municipalities: ReadonlyArray<z.infer<typeof MunicipalityRow>>,
    private readonly units: ReadonlyArray<z.infer<typeof UnitRow>>,
    private readonly staff: ReadonlyArray<{ id: string; staff: number }>,
  ) {}

  private scopeOf(
    plan: DemoMeasure['plan'],
  ): { municipalityId: string | null; unitId: string | null } | null {
    if (plan.level === 'REGION') return { municipalityId: null, unitId: null };
    if (plan.level === 'MUNICIPALITY') {
      const municipality = this.municipalities.find((m) => m.number === plan.number);
      return municipality ? { municipalityId: municipality.id, unitId: null } : null;
    }
    const unit = this.units.find((u) => u.name === plan.unit);
    return unit ? { municipalityId: unit.municipalityId, unitId: unit.id } : null;
  }

  /** The plan of a scope and period, created on first use. */
  async plan(
    measure: DemoMeasure,
  ): Promise<{ id: string; municipalityId: string | null; unitId: string | null } | null> {
    const scope = this.scopeOf(measure.plan);
    if (!scope) return null;
    const start = halfYearStart(this.referenceDate, PERIOD_OFFSET[measure.period]);
    const key = `${measure.plan.level}|${scope.municipalityId}|${scope.unitId}|${start}`;
    let id = this.plans.get(key);
    if (!id) {
      const status = PLAN_STATUS[measure.period];
      const adoptedOn = status === 'DRAFT' ? null : addDays(start, -14);
      ({ id } = await one(
        this.manager,
        IdRow,
        `INSERT INTO action_plan (region_id, level, municipality_id, unit_id, year, half, status,
                                  adopted_on, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date - 30, $9::date - 30) RETURNING id`,
        [
          this.regionId,
          measure.plan.level,
          scope.municipalityId,
          scope.unitId,
          yearOf(start),
          Number(start.slice(5, 7)) === 1 ? 1 : 2,
          status,
          adoptedOn,
          start,
        ],
      ));
      this.plans.set(key, id);
    }
    return { id, ...scope };
  }

  async measure(measure: DemoMeasure): Promise<void> {
    const plan = await this.plan(measure);
    const competence = await maybeOne(
      this.manager,
      CompetenceRow,
      `SELECT id, validity_months AS "validityMonths" FROM competence
       WHERE region_id = $1 AND lower(name) = lower($2)`,
      [this.regionId, measure.competence],
    );
    if (!plan || !competence) return;
    const startsOn = addMonths(
      halfYearStart(this.referenceDate, PERIOD_OFFSET[measure.period]),
      measure.startMonth,
    );
    const endsOn = addDays(startsOn, measure.days);
    const lending = measure.lendingUnit
      ? this.units.find(
          (u) =>
            u.municipalityId === plan.municipalityId &&
            u.name.toLowerCase().includes(measure.lendingUnit ?? ''),
        )
      : undefined;
    const { id } = await one(
      this.manager,
      IdRow,
      `INSERT INTO measure (region_id, plan_id, municipality_id, unit_id, title, description,
         strategy, kind, provider, provider_name, target_group, owner, places, hours, starts_on,
         ends_on, awards_certificate, status, lending_unit_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
               $19)
       RETURNING id`,
      [
        this.regionId,
        plan.id,
        plan.municipalityId,
        plan.unitId,
        measure.title,
        measure.description,
        measure.strategy,
        measure.kind,
        measure.provider,
        measure.providerName,
        measure.targetGroup,
        measure.owner,
        measure.places,
        measure.hours,
        startsOn,
        endsOn,
        measure.awardsCertificate,
        measure.status,
        lending?.id ?? null,
      ],
    );
    await execute(
      this.manager,
      `INSERT INTO measure_target (measure_id, region_id, competence_id, level)
       VALUES ($1, $2, $3, $4)`,
      [id, this.regionId, competence.id, measure.level],
    );
    for (const [source, amount] of Object.entries(measure.funding)) {
      await execute(
        this.manager,
        `INSERT INTO measure_funding (measure_id, region_id, source, amount) VALUES ($1, $2, $3, $4)`,
        [id, this.regionId, source, amount],
      );
    }
    const split = plan.municipalityId
      ? [{ id: plan.municipalityId, places: measure.places }]
      : shares(measure.places, this.staff);
    if (!plan.municipalityId) {
      for (const share of split) {
        await execute(
          this.manager,
          `INSERT INTO measure_share (measure_id, region_id, municipality_id, places)
           VALUES ($1, $2, $3, $4)`,
          [id, this.regionId, share.id, share.places],
        );
      }
    }
    if (measure.teacher) await this.teacher(id, competence.id, plan.municipalityId);
    for (const share of split) {
      const wanted = Math.floor(share.places * measure.fill);
      if (wanted === 0 || measure.serviceTypes.length === 0) continue;
      const people = await this.candidates(
        measure,
        competence.id,
        share.id,
        plan.unitId,
        wanted,
        endsOn,
      );
      await this.participants(measure, { id, endsOn, competence }, people);
    }
  }

  /** People who lack the level, in units of the measure's service types, wishes first. */
  private candidates(
    measure: DemoMeasure,
    competenceId: string,
    municipalityId: string,
    unitId: string | null,
    limit: number,
    renewalBy: IsoDate,
  ) {
    return rows(
      this.manager,
      Candidate,
      `SELECT e.id AS "employeeId", e.municipality_id AS "municipalityId",
              (SELECT d.id FROM development_item d
                WHERE d.employee_id = e.id AND d.competence_id = $2 AND d.status = 'OPEN'
                ORDER BY d.id LIMIT 1) AS "itemId"
       FROM employee e JOIN unit u ON u.id = e.unit_id
       WHERE e.region_id = $1 AND e.municipality_id = $3 AND e.active AND ${notErased('e')}
         AND u.service_type = ANY($4::text[]) AND ($5::uuid IS NULL OR u.path @> ARRAY[$5::uuid])
         AND CASE WHEN $8::date IS NULL
               THEN NOT EXISTS (SELECT 1 FROM assessment a WHERE a.employee_id = e.id
                                 AND a.competence_id = $2 AND a.level >= $6)
               -- a renewal: the newest certificate runs out before the measure ends
               ELSE (SELECT max(a.valid_until) FROM assessment a WHERE a.employee_id = e.id
                      AND a.competence_id = $2 AND a.source = 'FORMAL') <= $8::date END
         AND NOT EXISTS (SELECT 1 FROM measure_participant mp JOIN measure m ON m.id = mp.measure_id
                         JOIN measure_target t ON t.measure_id = m.id
                          WHERE mp.employee_id = e.id AND t.competence_id = $2)
       ORDER BY (EXISTS (SELECT 1 FROM development_item d WHERE d.employee_id = e.id
                          AND d.competence_id = $2 AND d.status = 'OPEN')) DESC, e.id
       LIMIT $7`,
      [
        this.regionId,
        competenceId,
        municipalityId,
        measure.serviceTypes,
        unitId,
        measure.level,
        limit,
        measure.kind === 'CERTIFICATE_RENEWAL' ? renewalBy : null,
      ],
    );
  }

  private async participants(
    measure: DemoMeasure,
    saved: { id: string; endsOn: IsoDate; competence: z.infer<typeof CompetenceRow> },
    people: ReadonlyArray<z.infer<typeof Candidate>>,
  ): Promise<void> {
    const completed = measure.status === 'COMPLETED';
    for (const [index, person] of people.entries()) {
      // one in ten of a completed measure's participants did not complete it
      const outcome = !completed ? 'SIGNED_UP' : index % 10 === 9 ? 'NOT_COMPLETED' : 'COMPLETED';
      await execute(
        this.manager,
        `INSERT INTO measure_participant (measure_id, region_id, municipality_id, employee_id,
           development_item_id, status, signed_up_at, outcome_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7::date - 21, $8)`,
        [
          saved.id,
          this.regionId,
          person.municipalityId,
          person.employeeId,
          person.itemId,
          outcome,
          addMonths(saved.endsOn, -6) < this.referenceDate
            ? addMonths(saved.endsOn, -6)
            : this.referenceDate,
          completed ? saved.endsOn : null,
        ],
      );
      if (person.itemId) {
        await execute(
          this.manager,
          `UPDATE development_item SET status = $2, updated_at = now() WHERE id = $1`,
          [person.itemId, outcome === 'COMPLETED' ? 'DONE' : 'IN_PROGRESS'],
        );
      }
      if (outcome === 'COMPLETED') await this.documented(measure, saved, person.employeeId);
    }
  }

  /** What completing adds: the level, informal with the measure as evidence. */
  private async documented(
    measure: DemoMeasure,
    saved: { endsOn: IsoDate; competence: z.infer<typeof CompetenceRow> },
    employeeId: string,
  ): Promise<void> {
    await execute(
      this.manager,
      `INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
                               assessed_on)
       VALUES ($1, $2, $3, $4, 'INFORMAL', $5, $6)`,
      [
        this.regionId,
        employeeId,
        saved.competence.id,
        measure.level,
        `Fullført tiltak: ${measure.title}`,
        saved.endsOn,
      ],
    );
  }

  /** A consenting teacher of the competence, from another municipality when there is one. */
  private async teacher(measureId: string, competenceId: string, municipalityId: string | null) {
    const teacher = await maybeOne(
      this.manager,
      TeacherRow,
      `SELECT t.employee_id AS "employeeId", t.municipality_id AS "municipalityId"
       FROM teaching_directory_entry t JOIN municipality m ON m.id = t.municipality_id
       WHERE t.region_id = $1 AND t.competence_id = $2 AND t.consent
       ORDER BY (t.municipality_id = $3) ASC, m.number DESC, t.employee_id LIMIT 1`,
      [this.regionId, competenceId, municipalityId],
    );
    if (!teacher) return;
    await execute(
      this.manager,
      `INSERT INTO measure_teacher (measure_id, region_id, municipality_id, employee_id, competence_id)
       VALUES ($1, $2, $3, $4, $5)`,
      [measureId, this.regionId, teacher.municipalityId, teacher.employeeId, competenceId],
    );
  }
}

/** Seeds the demo plans and measures (after people, appraisals and requirements). */
export async function seedDemoPlans(
  manager: EntityManager,
  regionId: string,
  referenceDate: IsoDate = DEMO_REFERENCE_DATE,
): Promise<void> {
  const municipalities = await rows(
    manager,
    MunicipalityRow,
    `SELECT id, number FROM municipality WHERE region_id = $1 ORDER BY number`,
    [regionId],
  );
  const units = await rows(
    manager,
    UnitRow,
    `SELECT id, municipality_id AS "municipalityId", name FROM unit
     WHERE region_id = $1 AND kind = 'UNIT' ORDER BY name, id`,
    [regionId],
  );
  const staff = await rows(
    manager,
    z.object({ id: col.id, staff: col.int }),
    `SELECT m.id, count(e.id)::int AS staff
     FROM municipality m LEFT JOIN employee e ON e.municipality_id = m.id AND e.active
     WHERE m.region_id = $1 GROUP BY m.id, m.number ORDER BY count(e.id) DESC, m.number`,
    [regionId],
  );
  const seeder = new DemoPlans(manager, regionId, referenceDate, municipalities, units, staff);
  for (const measure of DEMO_MEASURES) await seeder.measure(measure);
}
