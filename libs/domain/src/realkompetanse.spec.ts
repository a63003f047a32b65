import {
  type AssessmentEntry,
  type AssessmentSource,
  type CompetenceHistory,
  computeRealkompetanse,
  type FormalQualification,
  toGapHoldings,
} from './realkompetanse';

const DATE = '2026-06-01';

function assessment(
  source: AssessmentSource,
  level: number,
  assessedAt: string,
  extra: Partial<AssessmentEntry> = {},
): AssessmentEntry {
  return {
    competenceId: 'demens',
    level,
    source,
    assessedAt,
    validUntil: null,
    confirmedAt: null,
    ...extra,
  };
}

function qualification(
  level: number,
  obtainedAt: string,
  expiresAt: string | null,
  competenceId = 'demens',
): FormalQualification {
  return { competenceId, level, obtainedAt, expiresAt };
}

function history(
  assessments: AssessmentEntry[],
  qualifications: FormalQualification[] = [],
): CompetenceHistory {
  return { assessments, qualifications };
}

function only(h: CompetenceHistory, date = DATE) {
  const statuses = computeRealkompetanse(h, date);
  expect(statuses).toHaveLength(1);
  return statuses[0];
}

describe('computeRealkompetanse: level and source', () => {
  it.each<[string, CompetenceHistory, number | null, AssessmentSource | null]>([
    [
      'a newer lower informal assessment replaces an older higher one',
      history([assessment('INFORMAL', 3, '2024-01-01'), assessment('INFORMAL', 2, '2025-01-01')]),
      2,
      'INFORMAL',
    ],
    [
      'a newer lower leader assessment replaces an older higher one',
      history([
        assessment('LEADER_ASSESSED', 4, '2023-01-01'),
        assessment('LEADER_ASSESSED', 1, '2026-05-31'),
      ]),
      1,
      'LEADER_ASSESSED',
    ],
    [
      'formal: the best valid item counts, not the newest',
      history([assessment('FORMAL', 2, '2025-01-01')], [qualification(3, '2020-06-15', null)]),
      3,
      'FORMAL',
    ],
    [
      'the highest source wins: informal 2, leader 3, formal 1',
      history(
        [assessment('INFORMAL', 2, '2025-01-01'), assessment('LEADER_ASSESSED', 3, '2025-02-01')],
        [qualification(1, '2019-01-01', null)],
      ),
      3,
      'LEADER_ASSESSED',
    ],
    [
      'level 0 is a level, not "nothing"',
      history([assessment('LEADER_ASSESSED', 0, '2025-01-01')]),
      0,
      'LEADER_ASSESSED',
    ],
    [
      'an unconfirmed self-declaration does not count',
      history([assessment('SELF_DECLARED', 4, '2026-01-10')]),
      null,
      null,
    ],
    [
      'a self-declaration confirmed on the date counts',
      history([assessment('SELF_DECLARED', 3, '2026-01-10', { confirmedAt: DATE })]),
      3,
      'SELF_DECLARED',
    ],
    [
      'a self-declaration confirmed after the date does not count yet',
      history([assessment('SELF_DECLARED', 3, '2026-01-10', { confirmedAt: '2026-06-02' })]),
      null,
      null,
    ],
  ])('%s', (_label, h, level, source) => {
    const status = only(h);
    expect(status.level).toBe(level);
    expect(status.source).toBe(source);
  });
});

describe('computeRealkompetanse: dates', () => {
  it('ignores everything assessed or obtained after the date', () => {
    const h = history(
      [assessment('INFORMAL', 2, '2025-01-01'), assessment('INFORMAL', 4, '2026-06-02')],
      [qualification(4, '2026-07-01', null)],
    );
    const status = only(h);
    expect(status.level).toBe(2);
    expect(status.sources.FORMAL).toBeNull();
    expect(status.sources.INFORMAL?.shown.level).toBe(2);
  });

  it('leaves out a competence whose only entries lie after the date', () => {
    expect(computeRealkompetanse(history([assessment('INFORMAL', 2, '2027-01-01')]), DATE)).toEqual(
      [],
    );
  });

  it.each([
    // An HLR certificate valid through 2026-04-30: it counts on its last day, not the day after.
    ['2026-04-30', 3],
    ['2026-05-01', null],
  ])('a certificate expiring 2026-04-30, on %s → level %s', (date, level) => {
    const status = only(history([], [qualification(3, '2025-05-01', '2026-04-30')]), date);
    expect(status.level).toBe(level);
  });

  it('shows an expired certificate with its reason', () => {
    const status = only(history([], [qualification(3, '2025-05-01', '2026-04-30')]));
    expect(status.sources.FORMAL).toEqual({
      shown: { level: 3, assessedAt: '2025-05-01', validUntil: '2026-04-30', confirmedAt: null },
      counting: null,
      reason: 'EXPIRED',
    });
  });

  it('shows the certificate that lapsed last when all have lapsed', () => {
    const status = only(
      history(
        [],
        [
          qualification(3, '2023-01-01', '2024-01-01'),
          qualification(2, '2024-01-01', '2025-01-01'),
        ],
      ),
    );
    expect(status.sources.FORMAL?.shown.validUntil).toBe('2025-01-01');
  });

  it('an expired newest leader assessment gives nothing; the older valid one does not come back', () => {
    const status = only(
      history([
        assessment('LEADER_ASSESSED', 3, '2022-01-01'),
        assessment('LEADER_ASSESSED', 3, '2024-01-01', { validUntil: '2025-12-31' }),
      ]),
    );
    expect(status.level).toBeNull();
    expect(status.sources.LEADER_ASSESSED?.reason).toBe('EXPIRED');
  });

  it('an expired informal assessment does not count', () => {
    const status = only(
      history([assessment('INFORMAL', 2, '2020-01-01', { validUntil: '2026-05-31' })]),
    );
    expect(status.level).toBeNull();
  });

  it('on a same-day tie the entry recorded later is the current one', () => {
    const status = only(
      history([assessment('INFORMAL', 1, '2026-03-01'), assessment('INFORMAL', 3, '2026-03-01')]),
    );
    expect(status.level).toBe(3);
  });

  it('rejects a malformed date', () => {
    expect(() => computeRealkompetanse(history([]), '01.06.2026')).toThrow(RangeError);
  });
});

describe('computeRealkompetanse: self-declarations', () => {
  it("keeps counting last year's confirmed declaration while a new one awaits review", () => {
    const status = only(
      history([
        assessment('SELF_DECLARED', 2, '2025-03-01', { confirmedAt: '2025-04-01' }),
        assessment('SELF_DECLARED', 4, '2026-03-01'),
      ]),
    );
    expect(status.level).toBe(2);
    expect(status.sources.SELF_DECLARED?.shown.level).toBe(4);
    expect(status.sources.SELF_DECLARED?.counting?.level).toBe(2);
    expect(status.sources.SELF_DECLARED?.reason).toBe('UNCONFIRMED');
  });

  it('a confirmed but expired declaration is shown as expired', () => {
    const status = only(
      history([
        assessment('SELF_DECLARED', 2, '2024-03-01', {
          confirmedAt: '2024-04-01',
          validUntil: '2025-03-01',
        }),
      ]),
    );
    expect(status.level).toBeNull();
    expect(status.sources.SELF_DECLARED?.reason).toBe('EXPIRED');
  });
});

describe('computeRealkompetanse: expiry of the level', () => {
  it('formal 3 to 2027-01-01 and leader 3 without expiry: reminder 2027-01-01, level lasts', () => {
    const status = only(
      history(
        [assessment('LEADER_ASSESSED', 3, '2025-01-01')],
        [qualification(3, '2024-01-01', '2027-01-01')],
      ),
    );
    expect(status.source).toBe('FORMAL'); // formal is the stronger evidence on a tie
    expect(status.sourcesAtLevel).toEqual(['FORMAL', 'LEADER_ASSESSED']);
    expect(status.expiresAt).toBe('2027-01-01');
    expect(status.levelValidUntil).toBeNull();
  });

  it('formal 3 to 2027-01-01 and informal 3 to 2028-01-01: earliest 2027, level lasts to 2028', () => {
    const status = only(
      history(
        [assessment('INFORMAL', 3, '2025-01-01', { validUntil: '2028-01-01' })],
        [qualification(3, '2024-01-01', '2027-01-01')],
      ),
    );
    expect(status.expiresAt).toBe('2027-01-01');
    expect(status.levelValidUntil).toBe('2028-01-01');
  });

  it('a lower entry does not shorten the level: formal 3 never expires, informal 2 does', () => {
    const status = only(
      history(
        [assessment('INFORMAL', 2, '2025-01-01', { validUntil: '2026-12-31' })],
        [qualification(3, '2024-01-01', null)],
      ),
    );
    expect(status.level).toBe(3);
    expect(status.expiresAt).toBeNull();
    expect(status.levelValidUntil).toBeNull();
  });

  it('among two formal items at the same level the longer-lasting one counts', () => {
    const status = only(
      history(
        [],
        [
          qualification(3, '2024-01-01', '2026-12-31'),
          qualification(3, '2023-01-01', '2029-12-31'),
        ],
      ),
    );
    expect(status.sources.FORMAL?.counting?.validUntil).toBe('2029-12-31');
    expect(status.levelValidUntil).toBe('2029-12-31');
  });
});

describe('computeRealkompetanse: several competences', () => {
  it('returns one status per competence, sorted by id', () => {
    const h = history(
      [
        { ...assessment('INFORMAL', 2, '2025-01-01'), competenceId: 'hlr' },
        { ...assessment('INFORMAL', 3, '2025-01-01'), competenceId: 'demens' },
      ],
      [qualification(4, '2020-01-01', null, 'legemidler')],
    );
    expect(computeRealkompetanse(h, DATE).map((s) => [s.competenceId, s.level])).toEqual([
      ['demens', 3],
      ['hlr', 2],
      ['legemidler', 4],
    ]);
  });
});

describe('toGapHoldings', () => {
  it('gives one row per counting source with its own expiry', () => {
    const h = history(
      [
        assessment('INFORMAL', 2, '2025-01-01'),
        assessment('SELF_DECLARED', 4, '2026-01-01'), // unconfirmed: no row
      ],
      [qualification(3, '2024-01-01', '2027-01-01')],
    );
    expect(toGapHoldings('e1', computeRealkompetanse(h, DATE))).toEqual([
      { employeeId: 'e1', competenceId: 'demens', level: 3, validUntil: '2027-01-01' },
      { employeeId: 'e1', competenceId: 'demens', level: 2, validUntil: null },
    ]);
  });
});
