// Generates the demo region's people and their competence as plain rows: the catalogue, about
// 2,500 employees, their qualifications and their assessment history. Pure and deterministic:
// the same seed gives the same rows on every machine (createRandom is integer arithmetic; no
// clock, no Math.random, no locale-dependent sorting), and every date is counted from one fixed
// reference date so the data and the tests built on it do not drift as time passes.
//
// seed-people.ts writes the rows; the ids are generated here (from their own random stream) so
// a qualification and the formal assessments it documents can be linked before anything is
// written, and so tests can find exactly the seeded rows.

import {
  addMonths,
  addDays,
  addYears,
  createRandom,
  type IsoDate,
  isHigherEducation,
  type Random,
  yearOf,
} from '@kp/domain';
import { DEMO_CATALOGUE, type DemoCompetence, demoCompetence } from './demo-catalogue';
import { daysBetween, laterOf, earlierOf, randomDay } from './demo-dates';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './demo-names';
import { DEMO_MUNICIPALITIES, type DemoMunicipality } from './demo-organisation';
import {
  AGE_BANDS,
  type EmploymentType,
  employmentTypes,
  FTE_PROFILES,
  fteProfile,
  INACTIVE_SHARE,
  leaderProfession,
  MINIMUM_AGE,
  positionTitle,
  PROFESSION_MIX,
  type ServiceType,
  SHARE_OF_WOMEN,
  TENURE_BANDS,
  UNIT_HEADCOUNTS,
} from './demo-staffing';
import {
  basicEducation,
  courseChances,
  furtherEducationChances,
  INFORMAL_COMPETENCES,
  INFORMAL_EVIDENCE,
  issuerInYear,
  LEADER_COMPETENCES,
  LEADER_EVIDENCE,
  type QualificationKind,
  QUALIFICATIONS,
  REGISTERED_ONLY,
  titleInYear,
} from './demo-training';

/** Every date in the demo data is placed relative to this day. */
export const DEMO_REFERENCE_DATE: IsoDate = '2026-11-01';

/** Changing the seed gives another, equally plausible region. */
export const DEMO_PEOPLE_SEED = 'gjovikregionen-people';

/** Tells demo rows apart from imported ones in qualification.source_ref. */
export const DEMO_SOURCE_REF = 'demodata';

export type AssessmentSource = 'FORMAL' | 'INFORMAL' | 'SELF_DECLARED' | 'LEADER_ASSESSED';

export interface DemoCompetenceRow extends DemoCompetence {
  id: string;
}

export interface DemoEmployee {
  id: string;
  municipalityNumber: string;
  unitName: string;
  /** Set when the person works in one of the unit's departments. */
  departmentName: string | null;
  employeeNumber: string;
  givenName: string;
  familyName: string;
  positionTitle: string;
  professionCode: string;
  /** Stillingsprosent, two decimals at most. */
  fte: number;
  employmentType: EmploymentType;
  birthYear: number;
  startDate: IsoDate;
  active: boolean;
}

export interface DemoQualification {
  id: string;
  employeeId: string;
  kind: QualificationKind;
  title: string;
  issuer: string;
  obtainedOn: IsoDate;
  expiresOn: IsoDate | null;
}

export interface DemoAssessment {
  id: string;
  employeeId: string;
  competenceId: string;
  level: number;
  source: AssessmentSource;
  evidence: string;
  qualificationId: string | null;
  assessedOn: IsoDate;
  validUntil: IsoDate | null;
  /** Assessed (or confirmed) by the leader of the employee's unit; never for that leader. */
  byUnitLeader: boolean;
  /** For self-declared levels: the day a leader confirmed it, or null while it awaits review. */
  confirmedOn: IsoDate | null;
}

export interface DemoPeople {
  referenceDate: IsoDate;
  competences: DemoCompetenceRow[];
  employees: DemoEmployee[];
  qualifications: DemoQualification[];
  assessments: DemoAssessment[];
}

export interface DemoPeopleOptions {
  seed?: string;
  referenceDate?: IsoDate;
  municipalities?: readonly DemoMunicipality[];
  headcounts?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

type Role = 'unit-leader' | 'department-leader' | 'staff';

interface Placement {
  unitName: string;
  departmentName: string | null;
  serviceType: ServiceType;
  role: Role;
}

const SERVICE_TYPES: readonly ServiceType[] = [
  'sykehjem',
  'hjemmetjeneste',
  'psykisk-helse-rus',
  'utviklingshemming',
  'helsestasjon',
];

function asServiceType(value: string): ServiceType {
  const found = SERVICE_TYPES.find((type) => type === value);
  if (!found) throw new Error(`The demo generator knows no service type '${value}'`);
  return found;
}

/**
 * Where each person of a municipality works. Units with departments keep a few staff directly
 * in the unit (the leader and people who work across departments); everyone else is in a
 * department. Every department and every unit has its leader first.
 */
export function placements(
  municipality: DemoMunicipality,
  headcounts: Readonly<Record<string, number>> | undefined,
): Placement[] {
  if (!headcounts) throw new Error(`No demo headcounts for municipality ${municipality.number}`);
  const known = new Set(municipality.units.map((unit) => unit.name));
  const unknown = Object.keys(headcounts).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`Demo headcounts name units that do not exist: ${unknown.join(', ')}`);
  }
  const result: Placement[] = [];
  for (const unit of municipality.units) {
    const headcount = headcounts[unit.name];
    if (headcount === undefined) throw new Error(`No demo headcount for unit '${unit.name}'`);
    const serviceType = asServiceType(unit.serviceType);
    const place = (departmentName: string | null, role: Role): Placement => ({
      unitName: unit.name,
      departmentName,
      serviceType,
      role,
    });
    const departments = unit.departments ?? [];
    if (departments.length > 0) {
      const direct = Math.min(6, Math.max(2, Math.round(headcount * 0.05)));
      result.push(place(null, 'unit-leader'));
      for (let i = 1; i < direct; i += 1) result.push(place(null, 'staff'));
      const rest = headcount - direct;
      departments.forEach((department, index) => {
        const size =
          Math.floor(rest / departments.length) + (index < rest % departments.length ? 1 : 0);
        for (let i = 0; i < size; i += 1) {
          result.push(place(department, i === 0 ? 'department-leader' : 'staff'));
        }
      });
    } else {
      // one leader per about 70 staff: a unit leader and avdelingsledere beside them
      const leaders = 1 + Math.floor(headcount / 70);
      for (let i = 0; i < headcount; i += 1) {
        result.push(
          place(null, i === 0 ? 'unit-leader' : i < leaders ? 'department-leader' : 'staff'),
        );
      }
    }
  }
  return result;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Version-4-shaped UUIDs from a seeded stream (not random in the cryptographic sense). The
 * stream's states never repeat within 2^32 draws, and the unit test checks the ids are unique.
 */
function idFactory(random: Random): () => string {
  // a byte table: Number#toString(16) on values above 2^31 is slow in V8
  const word = () => {
    const x = random.int(0, 0xffffffff);
    return HEX[x >>> 24] + HEX[(x >>> 16) & 0xff] + HEX[(x >>> 8) & 0xff] + HEX[x & 0xff];
  };
  return () => {
    const a = word();
    const b = word();
    const c = word();
    const d = word();
    const variant = ((parseInt(c[0], 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  };
}

interface Context {
  random: Random;
  nextId: () => string;
  today: IsoDate;
  municipality: DemoMunicipality;
  competenceIds: ReadonlyMap<string, string>;
  out: DemoPeople;
}

const CERTIFICATE_TIMING = [
  { value: 'valid', weight: 70 },
  { value: 'expiring', weight: 12 },
  { value: 'expired', weight: 18 },
] as const;

function drawAge(random: Random, professionCode: string): number {
  const [low, high] = random.weightedPick(AGE_BANDS);
  const age = random.int(low, high);
  const minimum = MINIMUM_AGE[professionCode] ?? 19;
  return age >= minimum ? age : minimum + random.int(0, 10);
}

/** The day a first education was completed: usually young, sometimes as an adult. */
function firstEducationDate(
  ctx: Context,
  key: string,
  birthYear: number,
  latestAge: number,
): IsoDate {
  const { random, today } = ctx;
  const bands: readonly (readonly [number, number, number])[] = key.startsWith('fagbrev')
    ? [
        [18, 20, 55],
        [21, 29, 20],
        [30, 50, 25],
      ]
    : key === 'medisin'
      ? [[24, 30, 1]]
      : [
          [21, 24, 70],
          [25, 34, 22],
          [35, 45, 8],
        ];
  const [low, high] = random.weightedPick(
    bands.map(([from, to, weight]) => ({ value: [from, to] as const, weight })),
  );
  const age = Math.min(random.int(low, high), latestAge);
  const year = birthYear + age;
  // colleges graduate in June; trade tests (fagprøver) are held all year
  let date = key.startsWith('fagbrev')
    ? `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
    : `${year}-06-${String(random.int(10, 25)).padStart(2, '0')}`;
  const latest = addDays(today, -30);
  while (date > latest) date = addYears(date, -1);
  return date;
}

function addQualification(
  ctx: Context,
  employee: DemoEmployee,
  key: string,
  obtainedOn: IsoDate,
): void {
  const template = QUALIFICATIONS.get(key);
  if (!template) throw new Error(`No qualification template for '${key}'`);
  const competence = demoCompetence(key);
  const expiresOn =
    competence.validityMonths === null ? null : addMonths(obtainedOn, competence.validityMonths);
  const issuer = issuerInYear(
    ctx.random.pick(template.issuers),
    key,
    yearOf(obtainedOn),
    ctx.municipality.name,
  );
  const qualification: DemoQualification = {
    id: ctx.nextId(),
    employeeId: employee.id,
    kind: template.kind,
    title: titleInYear(key, yearOf(obtainedOn), competence.name),
    issuer,
    obtainedOn,
    expiresOn,
  };
  ctx.out.qualifications.push(qualification);
  for (const documented of template.documents) {
    ctx.out.assessments.push({
      id: ctx.nextId(),
      employeeId: employee.id,
      competenceId: competenceId(ctx, documented.key),
      level: documented.level,
      source: 'FORMAL',
      evidence: `${qualification.title}, ${issuer}`,
      qualificationId: qualification.id,
      assessedOn: obtainedOn,
      validUntil: expiresOn,
      byUnitLeader: false,
      confirmedOn: null,
    });
  }
}

function competenceId(ctx: Context, key: string): string {
  const id = ctx.competenceIds.get(key);
  if (!id) throw new Error(`Unknown demo competence key '${key}'`);
  return id;
}

/**
 * A certificate or a course with a validity: the expiry is placed first so that about 70 % are
 * valid beyond the next 90 days, 12 % expire within them and 18 % have expired; renewed
 * certificates also leave their lapsed predecessor in the history.
 */
function addCertificate(
  ctx: Context,
  employee: DemoEmployee,
  key: string,
  months: number,
  earliest: IsoDate,
): void {
  const { random, today } = ctx;
  const timing = random.weightedPick(CERTIFICATE_TIMING);
  const target =
    timing === 'expired'
      ? addDays(today, -random.int(1, 540))
      : timing === 'expiring'
        ? addDays(today, random.int(1, 90))
        : addDays(today, random.int(91, months * 30 - 10));
  let obtainedOn = addMonths(target, -months);
  if (obtainedOn < earliest)
    obtainedOn = randomDay(random, laterOf(earliest, addDays(today, -60)), addDays(today, -7));
  const renewalChance = key === 'hlr' ? 0.45 : 0.2;
  if (timing !== 'expired' && random.chance(renewalChance)) {
    const previous = addDays(addMonths(obtainedOn, -months), -random.int(0, 60));
    if (previous >= earliest) addQualification(ctx, employee, key, previous);
  }
  addQualification(ctx, employee, key, obtainedOn);
}

function baseLevel(professionCode: string): number {
  if (professionCode === '1342' || professionCode === '1343') return 3;
  if (isHigherEducation(professionCode)) return 3;
  if (professionCode === '5329' || professionCode === '5322') return 1;
  return 2;
}

/** Staff without a health authorisation are not assessed on clinical judgement. */
function withoutHealthAuthorisation(professionCode: string): boolean {
  return ['5329', '5322', '3412', '2635'].includes(professionCode);
}

function informalAssessments(
  ctx: Context,
  employee: DemoEmployee,
  place: Placement,
  experienceYears: number,
): Map<string, number> {
  const { random, today } = ctx;
  const levels = new Map<string, number>();
  const leader = place.role !== 'staff';
  // a unit leader is assessed by their own superior, who is not the unit's leader user
  const headOfUnit = place.role === 'unit-leader';
  const pool = INFORMAL_COMPETENCES[place.serviceType].filter(
    (key) => !(withoutHealthAuthorisation(employee.professionCode) && REGISTERED_ONLY.has(key)),
  );
  const first = [
    ...(leader ? LEADER_COMPETENCES : []),
    ...(place.departmentName?.startsWith('Skjermet')
      ? ['personsentrert-omsorg', 'utfordrende-atferd']
      : []),
  ];
  const others = random.shuffle(pool.filter((key) => !first.includes(key)));
  const count = leader ? 5 : random.int(2, 6);
  const chosen = [...first, ...others].slice(0, Math.max(count, first.length));
  // expert level takes years in the trade; assistants without training stop below it
  const cap =
    employee.professionCode === '5329' || employee.professionCode === '5322' || experienceYears < 5
      ? 3
      : 4;

  for (const key of chosen) {
    let level = baseLevel(employee.professionCode);
    if (experienceYears >= 8 && random.chance(0.5)) level += 1;
    if (experienceYears < 2) level -= 1;
    level += random.weightedPick([
      { value: -1, weight: 25 },
      { value: 0, weight: 55 },
      { value: 1, weight: 20 },
    ]);
    level = Math.max(1, Math.min(cap, level));
    const source: AssessmentSource = random.chance(0.55) ? 'LEADER_ASSESSED' : 'INFORMAL';
    const assessedOn = randomDay(
      random,
      laterOf(addDays(today, -540), addDays(employee.startDate, 30)),
      addDays(today, -7),
    );
    const evidence = random.pick(
      source === 'LEADER_ASSESSED' ? LEADER_EVIDENCE : INFORMAL_EVIDENCE,
    );
    // history: an older, lower assessment of the same kind that the newer one replaced
    if (level >= 2 && random.chance(0.3)) {
      const olderOn = addDays(assessedOn, -random.int(300, 900));
      if (olderOn >= addDays(employee.startDate, 14)) {
        pushAssessment(ctx, employee, key, level - 1, source, evidence, olderOn, null, headOfUnit);
      }
    }
    pushAssessment(ctx, employee, key, level, source, evidence, assessedOn, null, headOfUnit);
    levels.set(key, level);
  }
  return levels;
}

function pushAssessment(
  ctx: Context,
  employee: DemoEmployee,
  key: string,
  level: number,
  source: AssessmentSource,
  evidence: string,
  assessedOn: IsoDate,
  confirmedOn: IsoDate | null = null,
  assessorAboveUnit = false,
): void {
  ctx.out.assessments.push({
    id: ctx.nextId(),
    employeeId: employee.id,
    competenceId: competenceId(ctx, key),
    level,
    source,
    evidence,
    qualificationId: null,
    assessedOn,
    validUntil: null,
    byUnitLeader: !assessorAboveUnit && (source === 'LEADER_ASSESSED' || confirmedOn !== null),
    confirmedOn,
  });
}

const SELF_DECLARED_EVIDENCE = [
  'Egenerklæring: erfaring fra tidligere arbeidsforhold',
  'Egenerklæring: kurs hos tidligere arbeidsgiver',
  'Egenerklæring: e-læringskurs fullført',
  'Egenerklæring: hospitering ved Sykehuset Innlandet',
];

/** A few people have declared a higher level themselves; most still await their leader. */
function selfDeclarations(
  ctx: Context,
  employee: DemoEmployee,
  place: Placement,
  levels: ReadonlyMap<string, number>,
): void {
  const { random, today } = ctx;
  if (!employee.active || !random.chance(0.07)) return;
  const pool = INFORMAL_COMPETENCES[place.serviceType].filter(
    (key) => !(withoutHealthAuthorisation(employee.professionCode) && REGISTERED_ONLY.has(key)),
  );
  for (const key of random.shuffle(pool).slice(0, random.int(1, 2))) {
    const level = Math.min(
      4,
      Math.max(2, (levels.get(key) ?? baseLevel(employee.professionCode)) + 1),
    );
    const assessedOn = randomDay(
      random,
      laterOf(addDays(today, -75), addDays(employee.startDate, 1)),
      addDays(today, -3),
    );
    let confirmedOn: IsoDate | null = null;
    if (random.chance(0.35)) {
      const day = addDays(assessedOn, random.int(2, 21));
      confirmedOn = day <= today ? day : null;
    }
    pushAssessment(
      ctx,
      employee,
      key,
      level,
      'SELF_DECLARED',
      random.pick(SELF_DECLARED_EVIDENCE),
      assessedOn,
      confirmedOn,
      place.role === 'unit-leader',
    );
  }
}

function makeEmployee(ctx: Context, place: Placement): void {
  const { random, today } = ctx;
  const leader = place.role !== 'staff';
  const professionCode = leader
    ? leaderProfession(place.serviceType)
    : random.weightedPick(PROFESSION_MIX[place.serviceType]);
  const female = random.chance(SHARE_OF_WOMEN[place.serviceType]);
  const givenName = random.pick(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  const familyName = random.pick(FAMILY_NAMES);
  const age = drawAge(random, professionCode);
  const birthYear = yearOf(today) - age;
  const employmentType: EmploymentType = leader
    ? 'PERMANENT'
    : random.weightedPick(employmentTypes(age));
  const fte = leader
    ? 100
    : random.weightedPick(
        FTE_PROFILES[fteProfile(professionCode, place.serviceType, employmentType)],
      );

  // education first: a position that needs it starts after it
  const educationKeys = basicEducation(professionCode, place.serviceType, random);
  const educations: { key: string; obtainedOn: IsoDate }[] = [];
  for (const key of educationKeys) {
    const previous = educations[educations.length - 1]?.obtainedOn;
    const obtainedOn = previous
      ? randomDay(
          random,
          addYears(previous, 1),
          earlierOf(addYears(previous, 12), addDays(today, -30)),
        )
      : firstEducationDate(ctx, key, birthYear, age - 2 * (educationKeys.length - 1));
    educations.push({ key, obtainedOn });
  }

  const adult = `${birthYear + 18}-08-01`;
  const qualified = educations[educations.length - 1]?.obtainedOn ?? adult;
  const earliestStart = laterOf(adult, addDays(qualified, 14));
  const [low, high] = random.weightedPick(TENURE_BANDS);
  const years = employmentType === 'PERMANENT' ? random.int(low, high) : random.int(0, 1);
  const startDate = laterOf(addDays(today, -(years * 365 + random.int(14, 364))), earliestStart);
  const active = leader || !random.chance(INACTIVE_SHARE);

  const employee: DemoEmployee = {
    id: ctx.nextId(),
    municipalityNumber: ctx.municipality.number,
    unitName: place.unitName,
    departmentName: place.departmentName,
    employeeNumber: '',
    givenName,
    familyName,
    positionTitle:
      place.role === 'unit-leader'
        ? 'Enhetsleder'
        : place.role === 'department-leader'
          ? 'Avdelingsleder'
          : positionTitle(professionCode, place.serviceType),
    professionCode,
    fte,
    employmentType,
    birthYear,
    startDate,
    active,
  };
  ctx.out.employees.push(employee);

  for (const { key, obtainedOn } of educations) addQualification(ctx, employee, key, obtainedOn);
  const held = new Set(educations.map((e) => e.key));
  const lastEducation = educations[educations.length - 1]?.obtainedOn ?? adult;
  for (const chance of furtherEducationChances(professionCode, place.serviceType)) {
    if (held.has(chance.key) || !random.chance(chance.p)) continue;
    const from = addYears(lastEducation, 2);
    const to = addDays(today, -30);
    if (from > to) continue;
    addQualification(ctx, employee, chance.key, randomDay(random, from, to));
    held.add(chance.key);
  }

  const earliestCourse = laterOf(`${birthYear + 17}-01-01`, addYears(startDate, -2));
  for (const chance of courseChances(professionCode, place.serviceType, place.departmentName)) {
    if (!random.chance(chance.p)) continue;
    const months = demoCompetence(chance.key).validityMonths;
    if (months === null) {
      const obtainedOn = randomDay(
        random,
        earlierOf(earliestCourse, addDays(today, -7)),
        addDays(today, -7),
      );
      addQualification(ctx, employee, chance.key, obtainedOn);
    } else {
      addCertificate(ctx, employee, chance.key, months, earliestCourse);
    }
  }

  // experience counts from the first qualifying education, or from the first day at work
  const experienceYears = daysBetween(educations[0]?.obtainedOn ?? startDate, today) / 365;
  // people who started in the last weeks have not been assessed yet
  if (daysBetween(startDate, today) >= 45) {
    const levels = informalAssessments(ctx, employee, place, experienceYears);
    selfDeclarations(ctx, employee, place, levels);
  }
}

/** HR systems number people in order of hiring; numbers are six digits with gaps. */
function assignEmployeeNumbers(random: Random, employees: DemoEmployee[]): void {
  const byHiring = employees
    .map((employee, index) => ({ employee, index }))
    .sort((a, b) =>
      a.employee.startDate < b.employee.startDate
        ? -1
        : a.employee.startDate > b.employee.startDate
          ? 1
          : a.index - b.index,
    );
  let number = 100_000 + random.int(0, 900);
  for (const { employee } of byHiring) {
    number += random.int(1, 6);
    employee.employeeNumber = String(number);
  }
}

export function generateDemoPeople(options: DemoPeopleOptions = {}): DemoPeople {
  const seed = options.seed ?? DEMO_PEOPLE_SEED;
  const today = options.referenceDate ?? DEMO_REFERENCE_DATE;
  const municipalities = options.municipalities ?? DEMO_MUNICIPALITIES;
  const headcounts = options.headcounts ?? UNIT_HEADCOUNTS;
  const nextId = idFactory(createRandom(`${seed}/ids`));

  const competences: DemoCompetenceRow[] = DEMO_CATALOGUE.map((competence) => ({
    ...competence,
    tags: [...competence.tags],
    id: nextId(),
  }));
  const out: DemoPeople = {
    referenceDate: today,
    competences,
    employees: [],
    qualifications: [],
    assessments: [],
  };
  const competenceIds = new Map(competences.map((c) => [c.key, c.id]));

  for (const municipality of municipalities) {
    // one stream per municipality, so a change in one leaves the others as they were
    const random = createRandom(`${seed}/${municipality.number}`);
    const ctx: Context = { random, nextId, today, municipality, competenceIds, out };
    const firstIndex = out.employees.length;
    for (const place of placements(municipality, headcounts[municipality.number])) {
      makeEmployee(ctx, place);
    }
    assignEmployeeNumbers(random, out.employees.slice(firstIndex));
  }
  return out;
}
