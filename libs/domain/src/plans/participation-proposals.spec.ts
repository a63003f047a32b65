import { chosenItemProblems, proposeParticipants, wishToClose } from './participation-proposals';

const targets = [
  { competenceId: 'demens', level: 3 },
  { competenceId: 'hlr', level: 2 },
];
const wish = (
  employeeId: string,
  competenceId: string,
  targetLevel: number,
  id = `w-${employeeId}-${competenceId}-${targetLevel}`,
) => ({
  employeeId,
  developmentItemId: id,
  competenceId,
  targetLevel,
});
const base = {
  kind: 'COURSE',
  endsOn: '2026-06-30',
  targets,
  wishes: [],
  certified: [],
  taking: new Set<string>(),
};

describe('proposeParticipants', () => {
  it.each([
    [
      'a wish the measure reaches',
      [wish('a', 'demens', 2)],
      ['a DEVELOPMENT_WISH demens w-a-demens-2'],
    ],
    [
      'a wish at exactly the level',
      [wish('a', 'demens', 3)],
      ['a DEVELOPMENT_WISH demens w-a-demens-3'],
    ],
    ['a wish above the level', [wish('a', 'demens', 4)], []],
    ['a wish for another competence', [wish('a', 'kols', 1)], []],
    [
      'several wishes of one person: the one asking for most',
      [wish('a', 'hlr', 1), wish('a', 'demens', 3), wish('a', 'demens', 2)],
      ['a DEVELOPMENT_WISH demens w-a-demens-3'],
    ],
  ])('%s', (_name, wishes, expected) => {
    expect(
      proposeParticipants({ ...base, wishes }).map(
        (p) => `${p.employeeId} ${p.reason} ${p.competenceId} ${p.developmentItemId}`,
      ),
    ).toEqual(expected);
  });

  it('leaves out people who already take part', () => {
    expect(
      proposeParticipants({ ...base, wishes: [wish('a', 'demens', 1)], taking: new Set(['a']) }),
    ).toEqual([]);
  });

  it('for a renewal: certificates running out before the end or within three months after, soonest first', () => {
    const proposals = proposeParticipants({
      ...base,
      kind: 'CERTIFICATE_RENEWAL',
      wishes: [wish('w', 'hlr', 1)],
      certified: [
        { employeeId: 'late', competenceId: 'hlr', validUntil: '2026-09-30' },
        { employeeId: 'early', competenceId: 'hlr', validUntil: '2026-01-15' },
        { employeeId: 'beyond', competenceId: 'hlr', validUntil: '2026-10-01' },
        { employeeId: 'other', competenceId: 'kols', validUntil: '2026-01-01' },
        { employeeId: 'w', competenceId: 'hlr', validUntil: '2026-02-01' },
      ],
    });
    expect(proposals.map((p) => `${p.employeeId} ${p.reason} ${p.expiresOn}`)).toEqual([
      'w DEVELOPMENT_WISH null',
      'early CERTIFICATE_EXPIRING 2026-01-15',
      'late CERTIFICATE_EXPIRING 2026-09-30',
    ]);
  });

  it('proposes no certificates for a measure that is not a renewal', () => {
    expect(
      proposeParticipants({
        ...base,
        certified: [{ employeeId: 'a', competenceId: 'hlr', validUntil: '2026-01-01' }],
      }),
    ).toEqual([]);
  });
});

describe('wishToClose', () => {
  it.each([
    [[wish('a', 'demens', 2), wish('a', 'demens', 3)], 'w-a-demens-3'],
    [[wish('a', 'demens', 4)], null],
    [[], null],
  ])('%j → %s', (wishes, expected) => {
    expect(wishToClose(targets, wishes)?.developmentItemId ?? null).toBe(expected);
  });
});

describe('chosenItemProblems', () => {
  const found = (
    employeeId: string,
    over: Partial<{
      kind: string;
      status: string;
      competenceId: string | null;
      targetLevel: number | null;
    }> = {},
  ) => ({
    employeeId,
    kind: 'WISH',
    status: 'OPEN',
    competenceId: 'demens',
    targetLevel: 2,
    ...over,
  });
  it.each([
    ['an open wish of someone signed up', [{ developmentItemId: 'i', found: found('a') }], []],
    [
      'an agreed action (any competence)',
      [{ developmentItemId: 'i', found: found('a', { kind: 'ACTION', competenceId: null }) }],
      [],
    ],
    [
      'unknown',
      [{ developmentItemId: 'i', found: null }],
      ['developmentItemIds.0 UNKNOWN_DEVELOPMENT_ITEM'],
    ],
    [
      'someone not signed up',
      [{ developmentItemId: 'i', found: found('z') }],
      ['developmentItemIds.0 NOT_IN_SIGN_UP'],
    ],
    [
      'no longer open',
      [{ developmentItemId: 'i', found: found('a', { status: 'DONE' }) }],
      ['developmentItemIds.0 NOT_OPEN'],
    ],
    [
      'a level the measure does not give',
      [{ developmentItemId: 'i', found: found('a', { targetLevel: 4 }) }],
      ['developmentItemIds.0 NOT_A_TARGET'],
    ],
    [
      'two for one person',
      [
        { developmentItemId: 'i', found: found('a') },
        { developmentItemId: 'j', found: found('a') },
      ],
      ['developmentItemIds.1 DUPLICATE'],
    ],
  ])('%s', (_name, items, expected) => {
    expect(
      chosenItemProblems(items, ['a', 'b'], targets).map((p) => `${p.field} ${p.code}`),
    ).toEqual(expected);
  });
});
