import {
  type AppraisalContentValues,
  type CatalogueEntry,
  competenceIdsOf,
  contentProblems,
  emptyContent,
  normaliseContent,
  prefillContent,
  sameContent,
  signOffEffects,
  signOffProblems,
} from './appraisal-content';

const HLR: CatalogueEntry = { id: 'hlr', name: 'HLR', active: true, levels: [0, 1, 2, 3, 4] };
const SAR: CatalogueEntry = { id: 'sar', name: 'Sårstell', active: true, levels: [0, 2, 4] };
const OLD: CatalogueEntry = { id: 'old', name: 'Gammel rutine', active: false, levels: [0, 1] };
const catalogue = new Map([HLR, SAR, OLD].map((entry) => [entry.id, entry]));

function content(patch: Partial<AppraisalContentValues>): AppraisalContentValues {
  return { ...emptyContent(), ...patch };
}

describe('contentProblems', () => {
  it('accepts levels on each competence’s own scale', () => {
    const ok = content({
      selfDeclarations: [{ competenceId: 'hlr', level: 4, leaderConfirms: true }],
      leaderAssessments: [{ competenceId: 'sar', level: 2 }],
      developmentWishes: [{ competenceId: 'sar', targetLevel: 4 }],
      teachingTopicIds: ['hlr'],
      agreedActions: [{ description: 'Kurs', dueOn: null, competenceId: 'sar' }],
    });
    expect(contentProblems(ok, catalogue, new Set())).toEqual([]);
  });

  it('names the field of every problem, with a Norwegian message', () => {
    const bad = content({
      selfDeclarations: [{ competenceId: 'sar', level: 3, leaderConfirms: false }],
      leaderAssessments: [
        { competenceId: 'hlr', level: 2 },
        { competenceId: 'hlr', level: 3 },
      ],
      developmentWishes: [{ competenceId: 'nope', targetLevel: 2 }],
      teachingTopicIds: ['old'],
      agreedActions: [{ description: 'Kurs', dueOn: null, competenceId: 'nope' }],
    });
    expect(contentProblems(bad, catalogue, new Set())).toEqual([
      {
        field: 'content.selfDeclarations.0.level',
        code: 'LEVEL_OUT_OF_SCALE',
        message: 'Nivå 3 finnes ikke på skalaen for «Sårstell» (0, 2, 4)',
      },
      {
        field: 'content.leaderAssessments.1.competenceId',
        code: 'DUPLICATE_COMPETENCE',
        message: 'Lederens vurdering har «HLR» mer enn én gang',
      },
      {
        field: 'content.developmentWishes.0.competenceId',
        code: 'UNKNOWN_COMPETENCE',
        message: 'Kompetansen finnes ikke i katalogen',
      },
      {
        field: 'content.teachingTopicIds.0',
        code: 'INACTIVE_COMPETENCE',
        message: '«Gammel rutine» er ikke lenger i bruk i katalogen',
      },
      {
        field: 'content.agreedActions.0.competenceId',
        code: 'UNKNOWN_COMPETENCE',
        message: 'Kompetansen finnes ikke i katalogen',
      },
    ]);
  });

  it.each<[string, Partial<AppraisalContentValues>, string, string]>([
    [
      'a claimed level off the scale',
      { selfDeclarations: [{ competenceId: 'hlr', level: 5, leaderConfirms: false }] },
      'content.selfDeclarations.0.level',
      'LEVEL_OUT_OF_SCALE',
    ],
    [
      'a leader level between the steps of a scale that skips numbers',
      { leaderAssessments: [{ competenceId: 'sar', level: 1 }] },
      'content.leaderAssessments.0.level',
      'LEVEL_OUT_OF_SCALE',
    ],
    [
      'a wished level off the scale',
      { developmentWishes: [{ competenceId: 'sar', targetLevel: 3 }] },
      'content.developmentWishes.0.targetLevel',
      'LEVEL_OUT_OF_SCALE',
    ],
    [
      'an unknown competence claimed',
      { selfDeclarations: [{ competenceId: 'nope', level: 1, leaderConfirms: false }] },
      'content.selfDeclarations.0.competenceId',
      'UNKNOWN_COMPETENCE',
    ],
    [
      'an inactive competence newly wished',
      { developmentWishes: [{ competenceId: 'old', targetLevel: 1 }] },
      'content.developmentWishes.0.competenceId',
      'INACTIVE_COMPETENCE',
    ],
    [
      'a claim twice',
      {
        selfDeclarations: [
          { competenceId: 'hlr', level: 1, leaderConfirms: false },
          { competenceId: 'hlr', level: 2, leaderConfirms: false },
        ],
      },
      'content.selfDeclarations.1.competenceId',
      'DUPLICATE_COMPETENCE',
    ],
    [
      'a wish twice',
      {
        developmentWishes: [
          { competenceId: 'sar', targetLevel: 2 },
          { competenceId: 'sar', targetLevel: 4 },
        ],
      },
      'content.developmentWishes.1.competenceId',
      'DUPLICATE_COMPETENCE',
    ],
    [
      'a teaching topic twice',
      { teachingTopicIds: ['hlr', 'sar', 'hlr'] },
      'content.teachingTopicIds.2',
      'DUPLICATE_COMPETENCE',
    ],
    [
      'an action for an unknown competence',
      { agreedActions: [{ description: 'Kurs', dueOn: null, competenceId: 'nope' }] },
      'content.agreedActions.0.competenceId',
      'UNKNOWN_COMPETENCE',
    ],
  ])('refuses %s', (_label, patch, field, code) => {
    expect(contentProblems(content(patch), catalogue, new Set())).toEqual([
      expect.objectContaining({ field, code }),
    ]);
  });

  it('uses the prefix it is given for the field paths', () => {
    const bad = content({ teachingTopicIds: ['nope'] });
    expect(contentProblems(bad, catalogue, new Set(), 'after')).toEqual([
      expect.objectContaining({ field: 'after.teachingTopicIds.0', code: 'UNKNOWN_COMPETENCE' }),
    ]);
  });

  it('lets the same competence appear in different lists and several actions', () => {
    const ok = content({
      selfDeclarations: [{ competenceId: 'hlr', level: 3, leaderConfirms: false }],
      leaderAssessments: [{ competenceId: 'hlr', level: 3 }],
      developmentWishes: [{ competenceId: 'hlr', targetLevel: 4 }],
      teachingTopicIds: ['hlr'],
      agreedActions: [
        { description: 'Kurs', dueOn: null, competenceId: 'hlr' },
        { description: 'Hospitering', dueOn: null, competenceId: 'hlr' },
      ],
    });
    expect(contentProblems(ok, catalogue, new Set())).toEqual([]);
  });

  it('lets a record keep an inactive competence it already had', () => {
    const kept = content({ teachingTopicIds: ['old'] });
    expect(contentProblems(kept, catalogue, new Set(['old']))).toEqual([]);
  });
});

describe('signOffProblems', () => {
  it.each([
    ['the day after today', '2026-11-26', ['HELD_IN_FUTURE']],
    ['next year', '2027-01-02', ['HELD_IN_FUTURE']],
    ['today', '2026-11-25', []],
    ['yesterday', '2026-11-24', []],
    ['no date yet (sign-off sets it)', null, []],
  ])('a talk held %s → %j', (_label, heldOn, codes) => {
    expect(signOffProblems(content({ heldOn }), '2026-11-25')).toEqual(
      codes.map((code) => ({
        field: 'content.heldOn',
        code,
        message: 'Samtaledato kan ikke være fram i tid når samtalen signeres',
      })),
    );
  });
});

describe('competenceIdsOf', () => {
  it('lists every competence the content refers to, once each, in the order met', () => {
    expect(
      competenceIdsOf(
        content({
          selfDeclarations: [{ competenceId: 'a', level: 1, leaderConfirms: false }],
          leaderAssessments: [{ competenceId: 'b', level: 1 }],
          developmentWishes: [{ competenceId: 'a', targetLevel: 2 }],
          teachingTopicIds: ['c'],
          agreedActions: [
            { description: 'Kurs', dueOn: null, competenceId: null },
            { description: 'Kurs', dueOn: null, competenceId: 'd' },
          ],
        }),
      ),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(competenceIdsOf(emptyContent())).toEqual([]);
  });
});

describe('normaliseContent and sameContent', () => {
  it.each<[AppraisalContentValues['preferredWays'], AppraisalContentValues['preferredWays']]>([
    [[], []],
    [
      ['OWN_TIME', 'COURSE', 'OWN_TIME'],
      ['COURSE', 'OWN_TIME'],
    ],
    [
      ['E_LEARNING', 'HOSPITATION', 'FURTHER_EDUCATION', 'COURSE'],
      ['COURSE', 'FURTHER_EDUCATION', 'HOSPITATION', 'E_LEARNING'],
    ],
  ])('keeps preferred ways %j as %j (canonical order, once each)', (given, stored) => {
    expect(normaliseContent(content({ preferredWays: given })).preferredWays).toEqual(stored);
  });

  it('trims texts and orders preferred ways canonically, once each', () => {
    const normal = normaliseContent(
      content({
        careerPlan: '  Videreutdanning ',
        preferredWays: ['OWN_TIME', 'COURSE', 'OWN_TIME'],
      }),
    );
    expect(normal.careerPlan).toBe('Videreutdanning');
    expect(normal.preferredWays).toEqual(['COURSE', 'OWN_TIME']);
    expect(
      sameContent(
        normal,
        content({ careerPlan: 'Videreutdanning', preferredWays: normal.preferredWays }),
      ),
    ).toBe(true);
    expect(sameContent(normal, content({ careerPlan: 'Annet' }))).toBe(false);
  });
});

describe('signOffEffects', () => {
  const signed = content({
    selfDeclarations: [
      { competenceId: 'hlr', level: 3, leaderConfirms: true },
      { competenceId: 'sar', level: 2, leaderConfirms: false },
    ],
    leaderAssessments: [
      { competenceId: 'hlr', level: 2 },
      { competenceId: 'sar', level: 4 },
    ],
    developmentWishes: [{ competenceId: 'sar', targetLevel: 4 }],
    agreedActions: [{ description: 'Kurs', dueOn: '2027-01-01', competenceId: 'sar' }],
  });

  it('at sign-off: every leader level, confirmed claims only, every wish and action', () => {
    expect(signOffEffects(null, signed)).toEqual({
      leaderAssessments: [
        { competenceId: 'hlr', level: 2 },
        { competenceId: 'sar', level: 4 },
      ],
      confirmedSelfDeclarations: [{ competenceId: 'hlr', level: 3 }],
      newWishes: [{ competenceId: 'sar', targetLevel: 4 }],
      withdrawnWishes: [],
      newActions: [{ description: 'Kurs', dueOn: '2027-01-01', competenceId: 'sar' }],
      withdrawnActions: [],
    });
  });

  it('at an amendment: only what changed', () => {
    const amended = content({
      ...signed,
      selfDeclarations: [
        { competenceId: 'hlr', level: 3, leaderConfirms: true },
        { competenceId: 'sar', level: 2, leaderConfirms: true },
      ],
      leaderAssessments: [
        { competenceId: 'hlr', level: 2 },
        { competenceId: 'sar', level: 3 },
      ],
      developmentWishes: [{ competenceId: 'hlr', targetLevel: 4 }],
      agreedActions: signed.agreedActions,
    });
    expect(signOffEffects(signed, amended)).toEqual({
      leaderAssessments: [{ competenceId: 'sar', level: 3 }],
      confirmedSelfDeclarations: [{ competenceId: 'sar', level: 2 }],
      newWishes: [{ competenceId: 'hlr', targetLevel: 4 }],
      withdrawnWishes: [{ competenceId: 'sar', targetLevel: 4 }],
      newActions: [],
      withdrawnActions: [],
    });
  });
});

describe('prefillContent', () => {
  it('takes levels from the assessments and the rest from last year, but not its actions', () => {
    const lastYear = content({
      heldOn: '2025-10-01',
      potentialUsed: 'Ja',
      potentialNeeds: 'Tid',
      teachingTopicIds: ['hlr'],
      teachingConsent: true,
      developmentWishes: [{ competenceId: 'sar', targetLevel: 4 }],
      preferredWays: ['COURSE'],
      careerPlan: 'Videreutdanning',
      careerTargetRole: 'Fagutvikler',
      agreedActions: [{ description: 'Kurs', dueOn: null, competenceId: null }],
      hrRegistrationsChecked: true,
    });
    const prefilled = prefillContent(lastYear, [
      { competenceId: 'hlr', source: 'SELF_DECLARED', level: 3, confirmed: false },
      { competenceId: 'sar', source: 'LEADER_ASSESSED', level: 2, confirmed: false },
    ]);
    expect(prefilled).toEqual({
      ...emptyContent(),
      selfDeclarations: [{ competenceId: 'hlr', level: 3, leaderConfirms: false }],
      leaderAssessments: [{ competenceId: 'sar', level: 2 }],
      potentialNeeds: 'Tid',
      teachingTopicIds: ['hlr'],
      teachingConsent: true,
      developmentWishes: [{ competenceId: 'sar', targetLevel: 4 }],
      preferredWays: ['COURSE'],
      careerPlan: 'Videreutdanning',
      careerTargetRole: 'Fagutvikler',
    });
    expect(prefillContent(null, [])).toEqual(emptyContent());
  });
});
