import {
  AppraisalContentValues,
  CatalogueEntry,
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

  it('lets a record keep an inactive competence it already had', () => {
    const kept = content({ teachingTopicIds: ['old'] });
    expect(contentProblems(kept, catalogue, new Set(['old']))).toEqual([]);
  });
});

describe('signOffProblems', () => {
  it('refuses a talk dated after today, and accepts today', () => {
    expect(signOffProblems(content({ heldOn: '2026-11-26' }), '2026-11-25')).toEqual([
      expect.objectContaining({ field: 'content.heldOn', code: 'HELD_IN_FUTURE' }),
    ]);
    expect(signOffProblems(content({ heldOn: '2026-11-25' }), '2026-11-25')).toEqual([]);
  });
});

describe('normaliseContent and sameContent', () => {
  it('trims texts and orders preferred ways canonically, once each', () => {
    const normal = normaliseContent(
      content({
        careerPlan: '  Videreutdanning ',
        preferredWays: [
          'OWN_TIME',
          'COURSE',
          'OWN_TIME',
        ] as AppraisalContentValues['preferredWays'],
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
      preferredWays: ['COURSE'] as AppraisalContentValues['preferredWays'],
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
