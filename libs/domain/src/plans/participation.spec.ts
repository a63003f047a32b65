import { createRandom } from '../deterministic-random';
import {
  completionEffects,
  outcomeChanges,
  participantCount,
  signUpProblems,
  withdrawProblem,
  type SignUpCandidate,
  type SignUpMeasure,
} from './participation';

const GJOVIK = 'm-gjovik';
const TOTEN = 'm-toten';

const person = (id: string, municipalityId = GJOVIK, active = true): SignUpCandidate['person'] => ({
  fullName: `Person ${id}`,
  municipalityId,
  municipalityName: municipalityId === GJOVIK ? 'Gjøvik' : 'Østre Toten',
  active,
});

const regional: SignUpMeasure = {
  title: 'Demensomsorgens ABC',
  status: 'OPEN',
  places: 5,
  municipalityId: null,
  shares: new Map([
    [GJOVIK, 3],
    [TOTEN, 2],
  ]),
};
const local: SignUpMeasure = { ...regional, municipalityId: GJOVIK, shares: new Map() };
const none = { total: 0, byMunicipality: new Map<string, number>() };
const candidate = (id: string, p = person(id), existing: SignUpCandidate['existing'] = null) => ({
  employeeId: id,
  person: p,
  existing,
});

describe('signUpProblems', () => {
  it.each<[string, SignUpMeasure, SignUpCandidate[], typeof none, string[]]>([
    ['within the share', regional, [candidate('a'), candidate('b')], none, []],
    [
      'more than the share',
      regional,
      [candidate('a'), candidate('b'), candidate('c'), candidate('d')],
      none,
      [
        'employeeIds SHARE_EXCEEDED Gjøvik har 3 plasser i tiltaket og 0 er tatt: du kan melde på 3 til, ikke 4',
      ],
    ],
    [
      'the share partly taken',
      regional,
      [candidate('a'), candidate('b')],
      { total: 2, byMunicipality: new Map([[GJOVIK, 2]]) },
      [
        'employeeIds SHARE_EXCEEDED Gjøvik har 3 plasser i tiltaket og 2 er tatt: du kan melde på 1 til, ikke 2',
      ],
    ],
    [
      'a municipality without a share',
      { ...regional, shares: new Map([[GJOVIK, 5]]) },
      [candidate('t', person('t', TOTEN))],
      none,
      ['employeeIds SHARE_EXCEEDED Østre Toten har ingen plasser i tiltaket'],
    ],
    [
      'over-booking the measure',
      local,
      [1, 2, 3, 4, 5, 6].map((n) => candidate(`p${n}`)),
      none,
      [
        'employeeIds TOO_MANY_PARTICIPANTS Tiltaket har 5 plasser og 0 er tatt: du kan melde på 5 til, ikke 6',
      ],
    ],
    [
      'the last place',
      local,
      [candidate('a')],
      { total: 4, byMunicipality: new Map([[GJOVIK, 4]]) },
      [],
    ],
    [
      'someone of another municipality in a local measure',
      local,
      [candidate('t', person('t', TOTEN))],
      none,
      [
        'employeeIds.0 OTHER_MUNICIPALITY Person t (rad 1) er ansatt i Østre Toten; tiltaket er for én kommune, ikke regionalt',
      ],
    ],
    [
      'unknown, inactive, duplicate and already signed up, all at once',
      regional,
      [
        candidate('x', null),
        candidate('i', person('i', GJOVIK, false)),
        candidate('a'),
        candidate('a'),
        candidate('s', person('s'), 'SIGNED_UP'),
        candidate('c', person('c'), 'COMPLETED'),
      ],
      none,
      [
        'employeeIds.0 UNKNOWN_EMPLOYEE Fant ikke den ansatte på rad 1 blant dem du kan melde på',
        'employeeIds.1 INACTIVE_EMPLOYEE Person i (rad 2) er ikke aktiv ansatt og kan ikke meldes på',
        'employeeIds.3 DUPLICATE Person a (rad 4) står flere ganger i listen',
        'employeeIds.4 ALREADY_PARTICIPANT Person s (rad 5) er allerede påmeldt',
        'employeeIds.5 ALREADY_PARTICIPANT Person c (rad 6) har allerede deltatt i tiltaket',
      ],
    ],
    [
      'signed up again after withdrawing',
      regional,
      [candidate('w', person('w'), 'WITHDRAWN')],
      none,
      [],
    ],
    [
      'a cancelled measure',
      { ...regional, status: 'CANCELLED' },
      [candidate('a')],
      none,
      [
        'measureId MEASURE_CANCELLED Tiltaket «Demensomsorgens ABC» er avlyst, så ingen kan meldes på',
      ],
    ],
    [
      'a completed measure',
      { ...regional, status: 'COMPLETED' },
      [candidate('a')],
      none,
      [
        'measureId MEASURE_COMPLETED Tiltaket «Demensomsorgens ABC» er fullført, så ingen kan meldes på',
      ],
    ],
    ['nobody', regional, [], none, ['employeeIds REQUIRED Velg minst én deltaker']],
  ])('%s', (_name, measure, candidates, taken, expected) => {
    expect(
      signUpProblems(measure, candidates, taken).map((p) => `${p.field} ${p.code} ${p.message}`),
    ).toEqual(expected);
  });

  it('never lets places or shares be exceeded (random sign-ups)', () => {
    const random = createRandom('sign-up');
    for (let round = 0; round < 300; round += 1) {
      const shares = new Map([
        [GJOVIK, random.int(0, 4)],
        [TOTEN, random.int(0, 4)],
      ]);
      const measure = { ...regional, places: random.int(0, 6), shares };
      const held = new Map([
        [GJOVIK, random.int(0, 3)],
        [TOTEN, random.int(0, 3)],
      ]);
      const taken = { total: held.get(GJOVIK)! + held.get(TOTEN)!, byMunicipality: held };
      const list = Array.from({ length: random.int(1, 4) }, (_, i) =>
        candidate(`r${i}`, person(`r${i}`, random.chance(0.5) ? GJOVIK : TOTEN)),
      );
      if (signUpProblems(measure, list, taken).length > 0) continue;
      expect(taken.total + list.length).toBeLessThanOrEqual(measure.places);
      for (const m of [GJOVIK, TOTEN]) {
        const added = list.filter((c) => c.person!.municipalityId === m).length;
        if (added > 0) expect(held.get(m)! + added).toBeLessThanOrEqual(shares.get(m)!);
      }
    }
  });
});

describe('withdrawProblem', () => {
  it.each([
    ['SIGNED_UP', 'OPEN', null],
    ['WITHDRAWN', 'OPEN', 'ALREADY_WITHDRAWN'],
    ['COMPLETED', 'RUNNING', 'HAS_OUTCOME'],
    ['SIGNED_UP', 'CANCELLED', 'MEASURE_CANCELLED'],
  ] as const)('%s in a %s measure → %s', (status, measure, code) => {
    expect(withdrawProblem(status, measure)?.code ?? null).toBe(code);
  });
});

describe('outcomeChanges', () => {
  const measure = { title: 'HLR', status: 'RUNNING' as const, startsOn: '2026-03-01' };
  const row = (id: string, completed: boolean, status: string | null) => ({
    participantId: id,
    completed,
    participant: status ? { fullName: `Person ${id}`, status: status as 'SIGNED_UP' } : null,
  });

  it.each([
    ['completes a signed-up participant', [row('a', true, 'SIGNED_UP')], ['COMPLETE'], []],
    ['records one who did not complete', [row('a', false, 'SIGNED_UP')], ['NOT_COMPLETE'], []],
    ['completing twice changes nothing', [row('a', true, 'COMPLETED')], ['UNCHANGED'], []],
    ['not completing twice changes nothing', [row('a', false, 'NOT_COMPLETED')], ['UNCHANGED'], []],
    [
      'completes one who did not complete before',
      [row('a', true, 'NOT_COMPLETED')],
      ['COMPLETE'],
      [],
    ],
    [
      'refuses to take back a completion',
      [row('a', false, 'COMPLETED')],
      ['UNCHANGED'],
      ['outcomes.0.participantId ALREADY_COMPLETED'],
    ],
    [
      'refuses a withdrawn participant and an unknown one',
      [row('a', true, 'WITHDRAWN'), row('b', true, null), row('b', true, null)],
      ['UNCHANGED', 'UNCHANGED', 'UNCHANGED'],
      [
        'outcomes.0.participantId WITHDRAWN',
        'outcomes.1.participantId UNKNOWN_PARTICIPANT',
        'outcomes.2.participantId DUPLICATE',
      ],
    ],
  ])('%s', (_name, rows, changes, problems) => {
    const result = outcomeChanges(measure, rows, '2026-04-01', '2026-04-02');
    expect(result.changes).toEqual(changes);
    expect(result.problems.map((p) => `${p.field} ${p.code}`)).toEqual(problems);
  });

  it.each([
    ['2026-04-03', 'completedOn IN_FUTURE'],
    ['2026-02-28', 'completedOn BEFORE_START'],
  ])('refuses %s as the date', (day, problem) => {
    const result = outcomeChanges(measure, [row('a', true, 'SIGNED_UP')], day, '2026-04-02');
    expect(result.problems.map((p) => `${p.field} ${p.code}`)).toEqual([problem]);
  });

  it('refuses a cancelled measure before anything else', () => {
    const result = outcomeChanges(
      { ...measure, status: 'CANCELLED' },
      [row('a', true, 'SIGNED_UP')],
      '2026-04-01',
      '2026-04-02',
    );
    expect(result.problems).toEqual([
      {
        field: 'measureId',
        code: 'MEASURE_CANCELLED',
        message: 'Tiltaket «HLR» er avlyst og kan ikke fullføres',
      },
    ]);
  });
});

describe('completionEffects', () => {
  const measure = {
    id: 'm1',
    title: 'HLR-kurs',
    kind: 'COURSE',
    providerName: 'Sykehuset Innlandet',
    awardsCertificate: true,
  };
  const hlr = { competenceId: 'hlr', level: 3, validityMonths: 12 };
  const journal = { competenceId: 'journal', level: 2, validityMonths: null };

  it('a certificate: a qualification expiring after the shortest validity, FORMAL levels tied to it', () => {
    expect(completionEffects(measure, [hlr, journal], '2026-01-31')).toEqual({
      qualification: {
        kind: 'CERTIFICATE',
        title: 'HLR-kurs',
        issuer: 'Sykehuset Innlandet',
        obtainedOn: '2026-01-31',
        expiresOn: '2027-01-31',
        sourceRef: 'tiltak:m1',
      },
      assessments: [
        {
          competenceId: 'hlr',
          level: 3,
          source: 'FORMAL',
          evidence: 'HLR-kurs',
          validUntil: '2027-01-31',
        },
        {
          competenceId: 'journal',
          level: 2,
          source: 'FORMAL',
          evidence: 'HLR-kurs',
          validUntil: '2027-01-31',
        },
      ],
    });
  });

  it.each([
    ['COURSE', [journal], 'COURSE'],
    ['CERTIFICATE_RENEWAL', [journal], 'CERTIFICATE'],
    ['COURSE', [hlr], 'CERTIFICATE'],
  ] as const)('a %s measure targeting %j awards a %s', (kind, targets, expected) => {
    expect(completionEffects({ ...measure, kind }, targets, '2026-01-01').qualification?.kind).toBe(
      expected,
    );
  });

  it('no certificate: informal levels with the evidence, never lowering an informal level held', () => {
    const effects = completionEffects(
      { ...measure, awardsCertificate: false, title: 'Fagdag' },
      [hlr, journal],
      '2026-02-28',
      new Map([['journal', 4]]),
    );
    expect(effects).toEqual({
      qualification: null,
      assessments: [
        {
          competenceId: 'hlr',
          level: 3,
          source: 'INFORMAL',
          evidence: 'Fullført tiltak: Fagdag',
          validUntil: '2027-02-28',
        },
      ],
    });
  });
});

describe('participantCount', () => {
  const draws = (u: number) => ({ uniform: () => u });
  it.each([
    [3, null, { value: 3, rounded: false }],
    [3, { k: 5, draws: draws(0.1), key: 'x' }, { value: 5, rounded: true }],
    [3, { k: 5, draws: draws(0.9), key: 'x' }, { value: 0, rounded: true }],
    [10, { k: 5, draws: draws(0.1), key: 'x' }, { value: 10, rounded: true }],
  ])('%s with %j → %j', (count, protection, expected) => {
    expect(participantCount(count, protection)).toEqual(expected);
  });
});
