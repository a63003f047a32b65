import { createHash } from 'node:crypto';
import { addDays, PROFESSION_CODES } from '@kp/domain';
import { demoCompetence } from './demo-catalogue';
import { addMonths } from '@kp/domain';
import { DEMO_MUNICIPALITIES } from './demo-organisation';
import {
  DEMO_REFERENCE_DATE,
  type DemoPeople,
  type DemoQualification,
  generateDemoPeople,
  placements,
} from './demo-people';
import { UNIT_HEADCOUNTS } from './demo-staffing';

const fingerprint = (people: DemoPeople) =>
  createHash('sha256').update(JSON.stringify(people)).digest('hex');

const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

let people: DemoPeople;
beforeAll(() => {
  people = generateDemoPeople();
});

const today = DEMO_REFERENCE_DATE;
const competenceKey = (id: string) => people.competences.find((c) => c.id === id)?.key;

describe('determinism', () => {
  it('gives identical rows when generated twice from the same seed', () => {
    expect(fingerprint(generateDemoPeople())).toBe(fingerprint(people));
  });

  it('gives the same rows on every machine (update this fingerprint when you change the data on purpose)', () => {
    expect(fingerprint(people)).toBe(
      '889fa46be8342b009d1978070352da1387116f4025b975da70b3e40dac65fb8e',
    );
  });

  it('gives another region for another seed, still complete', () => {
    const other = generateDemoPeople({ seed: 'another-region' });
    expect(other.employees).toHaveLength(people.employees.length);
    expect(other.employees[5]).not.toEqual(people.employees[5]);
  });

  it('places every date relative to the reference date', () => {
    const later = generateDemoPeople({ referenceDate: addDays(today, 365) });
    expect(later.employees[0].startDate).not.toBe(people.employees[0].startDate);
    expect(later.employees.length).toBe(people.employees.length);
  });

  it('uses unique ids across all rows', () => {
    const ids = [
      ...people.competences,
      ...people.employees,
      ...people.qualifications,
      ...people.assessments,
    ].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 50)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe('employees', () => {
  it('are about 2,500 over the five municipalities, Gjøvik largest and Søndre Land smallest', () => {
    const byMunicipality = countBy(people.employees, (e) => e.municipalityNumber);
    const share = (number: string) => (byMunicipality.get(number) ?? 0) / people.employees.length;
    expect(people.employees).toHaveLength(2500);
    expect(share('3407')).toBeCloseTo(0.4, 2);
    expect(share('3407')).toBeGreaterThan(share('3442'));
    expect(share('3442')).toBeGreaterThan(share('3443'));
    expect(share('3443')).toBeGreaterThan(share('3448'));
    expect(share('3448')).toBeGreaterThan(share('3447'));
  });

  it('work in every unit of the demo organisation, in departments where a unit has them', () => {
    for (const municipality of DEMO_MUNICIPALITIES) {
      for (const unit of municipality.units) {
        const staff = people.employees.filter(
          (e) => e.municipalityNumber === municipality.number && e.unitName === unit.name,
        );
        expect(staff).toHaveLength(UNIT_HEADCOUNTS[municipality.number][unit.name]);
        for (const department of unit.departments ?? []) {
          expect(staff.filter((e) => e.departmentName === department).length).toBeGreaterThan(10);
        }
        const direct = staff.filter((e) => e.departmentName === null).length;
        if (unit.departments?.length) expect(direct).toBeLessThanOrEqual(6);
      }
    }
  });

  it('give the demo leaders a unit of a real unit leader’s size', () => {
    for (const unitName of ['Hjemmetjenesten Gjøvik', 'Lena sykehjem']) {
      const active = people.employees.filter((e) => e.unitName === unitName && e.active);
      expect(active.length).toBeGreaterThanOrEqual(40);
      expect(active.length).toBeLessThanOrEqual(90);
    }
  });

  it('have unique six-digit employee numbers per municipality (nothing like a national id)', () => {
    for (const [, count] of countBy(people.employees, (e) => e.municipalityNumber)) {
      expect(count).toBeGreaterThan(0);
    }
    const keys = people.employees.map((e) => `${e.municipalityNumber}/${e.employeeNumber}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(people.employees.filter((e) => !/^\d{6}$/.test(e.employeeNumber))).toEqual([]);
    const texts = [
      ...people.employees.map((e) => Object.values({ ...e, id: '' }).join(' ')),
      ...people.qualifications.map((q) => `${q.title} ${q.issuer}`),
      ...people.assessments.map((a) => a.evidence),
    ];
    expect(texts.find((text) => /\d{11}/.test(text))).toBeUndefined();
  });

  it('have known STYRK codes, mostly helsefagarbeidere and sykepleiere, few doctors', () => {
    const byProfession = countBy(people.employees, (e) => e.professionCode);
    for (const code of byProfession.keys()) expect(PROFESSION_CODES).toContain(code);
    const share = (code: string) => (byProfession.get(code) ?? 0) / people.employees.length;
    expect(share('5321')).toBeGreaterThan(0.25);
    expect(share('2223')).toBeGreaterThan(0.15);
    expect(share('2211') + share('2212')).toBeLessThan(0.01);
    expect(share('2222')).toBeGreaterThan(0);
    const helsestasjon = people.employees.filter((e) => e.unitName.startsWith('Helsestasjon'));
    expect(helsestasjon.some((e) => e.positionTitle === 'Helsesykepleier')).toBe(true);
  });

  it('are 19–69 years old with a realistic share of 60 or older', () => {
    const ages = people.employees.map((e) => 2026 - e.birthYear);
    expect(Math.min(...ages)).toBe(19);
    expect(Math.max(...ages)).toBe(69);
    const senior = ages.filter((age) => age >= 60).length / ages.length;
    expect(senior).toBeGreaterThan(0.1);
    expect(senior).toBeLessThan(0.2);
  });

  it('work part-time as care workers do: 20–100 %, mostly 50 % or more', () => {
    const ftes = people.employees.map((e) => e.fte);
    expect(Math.min(...ftes)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...ftes)).toBe(100);
    expect(ftes.filter((fte) => fte >= 50).length / ftes.length).toBeGreaterThan(0.75);
    expect(ftes.filter((fte) => fte === 100).length / ftes.length).toBeLessThan(0.5);
    expect(ftes.filter((fte) => Math.abs(Math.round(fte * 100) - fte * 100) > 1e-6)).toEqual([]);
  });

  it('are mostly permanent, some temporary, a few substitutes and a few inactive', () => {
    const byType = countBy(people.employees, (e) => e.employmentType);
    expect(byType.get('PERMANENT')! / people.employees.length).toBeGreaterThan(0.7);
    expect(byType.get('TEMPORARY')).toBeGreaterThan(byType.get('SUBSTITUTE')!);
    expect(byType.get('SUBSTITUTE')).toBeGreaterThan(0);
    const inactive = people.employees.filter((e) => !e.active).length;
    expect(inactive).toBeGreaterThan(0);
    expect(inactive / people.employees.length).toBeLessThan(0.05);
  });

  it('started after they were adults and before the reference date', () => {
    const wrong = people.employees.filter(
      (e) => e.startDate < `${e.birthYear + 18}-01-01` || e.startDate >= today,
    );
    expect(wrong).toEqual([]);
  });
});

describe('qualifications and assessments', () => {
  it('give each profession its education, e.g. a sykepleier a FORMAL level 3 on Bachelor i sykepleie', () => {
    const nurses = people.employees.filter((e) => e.professionCode === '2223');
    const bachelor = people.competences.find((c) => c.key === 'bachelor-sykepleie')!;
    const holders = new Set(
      people.assessments
        .filter((a) => a.competenceId === bachelor.id && a.source === 'FORMAL' && a.level === 3)
        .map((a) => a.employeeId),
    );
    for (const nurse of nurses) expect(holders).toContain(nurse.id);
  });

  it('tie every FORMAL assessment to its qualification, valid until the qualification expires', () => {
    const byId = new Map(people.qualifications.map((q) => [q.id, q]));
    const formal = people.assessments.filter((a) => a.source === 'FORMAL');
    expect(formal.length).toBeGreaterThan(people.employees.length);
    const untied = formal.filter((assessment) => {
      const qualification = byId.get(assessment.qualificationId ?? '');
      return (
        qualification?.employeeId !== assessment.employeeId ||
        assessment.validUntil !== qualification.expiresOn ||
        assessment.assessedOn !== qualification.obtainedOn
      );
    });
    expect(untied).toEqual([]);
    const informalWithQualification = people.assessments.filter(
      (a) => a.source !== 'FORMAL' && a.qualificationId !== null,
    );
    expect(informalWithQualification).toEqual([]);
  });

  it('let certificates expire after the catalogue’s validity', () => {
    const validity = new Map(people.competences.map((c) => [c.name, c.validityMonths]));
    const expiring = people.qualifications.filter((q) => q.expiresOn !== null);
    expect(expiring.length).toBeGreaterThan(1000);
    const wrong = expiring.filter(
      (q) => q.expiresOn !== addMonths(q.obtainedOn, validity.get(q.title) ?? NaN),
    );
    expect(wrong).toEqual([]);
  });

  it('have HLR certificates that are valid, expiring within 90 days, and expired', () => {
    const hlr = demoCompetence('hlr').name;
    const latest = new Map<string, DemoQualification>();
    for (const q of people.qualifications.filter((q) => q.title === hlr)) {
      const known = latest.get(q.employeeId);
      if (!known || q.obtainedOn > known.obtainedOn) latest.set(q.employeeId, q);
    }
    const soon = addDays(today, 90);
    const expiries = [...latest.values()].map((q) => q.expiresOn!);
    const expired = expiries.filter((d) => d < today).length / expiries.length;
    const expiring = expiries.filter((d) => d >= today && d <= soon).length / expiries.length;
    expect(latest.size / people.employees.length).toBeGreaterThan(0.75);
    expect(expired).toBeGreaterThan(0.1);
    expect(expired).toBeLessThan(0.3);
    expect(expiring).toBeGreaterThan(0.05);
    expect(expiring).toBeLessThan(0.2);
    // renewed certificates keep the lapsed one in the history
    expect(people.qualifications.filter((q) => q.title === hlr).length).toBeGreaterThan(
      latest.size * 1.2,
    );
  });

  it('make specialist education scarce and basic certificates plentiful', () => {
    const holders = (key: string) =>
      new Set(
        people.assessments
          .filter((a) => a.source === 'FORMAL' && competenceKey(a.competenceId) === key)
          .map((a) => a.employeeId),
      ).size / people.employees.length;
    expect(holders('vu-palliasjon')).toBeLessThan(0.015);
    expect(holders('master-aks')).toBeLessThan(0.015);
    expect(holders('vu-demens')).toBeLessThan(0.04);
    expect(holders('hlr')).toBeGreaterThan(0.75);
    expect(holders('forflytning')).toBeGreaterThan(0.3);
    expect(holders('fagbrev-helsearbeider')).toBeGreaterThan(0.3);
  });

  it('keep history: an older, lower informal or leader assessment replaced by a newer, higher one', () => {
    const series = new Map<string, { level: number; assessedOn: string }[]>();
    for (const a of people.assessments) {
      if (a.source !== 'INFORMAL' && a.source !== 'LEADER_ASSESSED') continue;
      const key = `${a.employeeId}/${a.competenceId}/${a.source}`;
      series.set(key, [...(series.get(key) ?? []), a]);
    }
    const withHistory = [...series.values()].filter((entries) => entries.length > 1);
    expect(withHistory.length).toBeGreaterThan(500);
    for (const [older, newer] of withHistory) {
      expect(older.assessedOn < newer.assessedOn).toBe(true);
      expect(older.level).toBeLessThan(newer.level);
    }
  });

  it('have a few self-declared levels, most awaiting a leader’s confirmation', () => {
    const declared = people.assessments.filter((a) => a.source === 'SELF_DECLARED');
    const awaiting = declared.filter((a) => a.confirmedOn === null);
    expect(declared.length).toBeGreaterThan(50);
    expect(declared.length / people.employees.length).toBeLessThan(0.2);
    expect(awaiting.length).toBeGreaterThan(declared.length / 2);
    expect(awaiting.length).toBeLessThan(declared.length);
    const confirmed = declared.filter((d) => d.confirmedOn !== null);
    expect(confirmed.filter((a) => a.confirmedOn! <= a.assessedOn)).toEqual([]);
    expect(confirmed.filter((a) => a.byUnitLeader).length).toBeGreaterThan(confirmed.length / 2);
    const byLeaderWithoutReason = people.assessments.filter(
      (a) => a.byUnitLeader && a.source !== 'LEADER_ASSESSED' && a.confirmedOn === null,
    );
    expect(byLeaderWithoutReason).toEqual([]);
  });

  it('date nothing after the reference date, and levels stay on the 0–4 scale', () => {
    const wrong = people.assessments.filter(
      (a) =>
        a.assessedOn > today ||
        (a.confirmedOn !== null && a.confirmedOn > today) ||
        !Number.isInteger(a.level) ||
        a.level < 0 ||
        a.level > 4,
    );
    expect(wrong).toEqual([]);
    expect(people.qualifications.filter((q) => q.obtainedOn > today)).toEqual([]);
  });
});

describe('placements', () => {
  const gjovik = DEMO_MUNICIPALITIES[0];

  it('puts a leader first in every unit and department', () => {
    const placed = placements(gjovik, UNIT_HEADCOUNTS[gjovik.number]);
    const home = placed.filter((p) => p.unitName === 'Hjemmetjenesten Gjøvik');
    expect(home[0]).toMatchObject({ departmentName: null, role: 'unit-leader' });
    const north = home.filter((p) => p.departmentName === 'Hjemmetjenesten Gjøvik nord');
    expect(north[0].role).toBe('department-leader');
    expect(north.slice(1).every((p) => p.role === 'staff')).toBe(true);
  });

  it('refuses headcounts that do not match the organisation', () => {
    const counts = UNIT_HEADCOUNTS[gjovik.number];
    expect(() => placements(gjovik, undefined)).toThrow('No demo headcounts');
    expect(() => placements(gjovik, { ...counts, 'Ukjent enhet': 5 })).toThrow('Ukjent enhet');
    const missing = Object.fromEntries(
      Object.entries(counts).filter(([name]) => name !== 'Helsestasjon Gjøvik'),
    );
    expect(() => placements(gjovik, missing)).toThrow("'Helsestasjon Gjøvik'");
  });
});
