import {
  contentFingerprint,
  countIncompleteRows,
  emptyActionRow,
  emptyCompetenceLevelRow,
  formFieldForApiPath,
  formValuesFromContent,
  toContentInput,
} from './appraisal-form-values';
import { content, DEMENS, fullContent, HLR, SAR } from './appraisal.fixtures';

describe('formValuesFromContent', () => {
  it('turns a saved record into form rows, levels as text and ways in the guide order', () => {
    const values = formValuesFromContent(fullContent());
    expect(values.heldOn).toBe('2026-11-20');
    expect(values.selfDeclarations.map(({ key: _key, ...row }) => row)).toEqual([
      { competenceId: DEMENS.id, level: '3', leaderConfirms: true },
      { competenceId: SAR.id, level: '2', leaderConfirms: false },
    ]);
    expect(values.teachingTopics.map((row) => row.competenceId)).toEqual([DEMENS.id]);
    expect(values.developmentWishes.map(({ key: _key, ...row }) => row)).toEqual([
      { competenceId: SAR.id, level: '4' },
    ]);
    expect(values.preferredWays).toEqual(['COURSE', 'HOSPITATION']);
    expect(values.agreedActions.map(({ key: _key, ...row }) => row)).toEqual([
      { description: 'Sårkurs', dueOn: '2027-03-01', competenceId: SAR.id },
      { description: 'Hospitere på legevakten', dueOn: '', competenceId: '' },
    ]);
    expect(values.leaderAssessments.map(({ key: _key, ...row }) => row)).toEqual([
      { competenceId: HLR.id, level: '3' },
    ]);
  });

  it('gives every row its own key', () => {
    const values = formValuesFromContent(fullContent());
    const keys = [
      ...values.selfDeclarations,
      ...values.teachingTopics,
      ...values.developmentWishes,
      ...values.agreedActions,
      ...values.leaderAssessments,
    ].map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses the default date only when the record has none', () => {
    expect(formValuesFromContent(content(), { defaultHeldOn: '2026-11-25' }).heldOn).toBe(
      '2026-11-25',
    );
    expect(formValuesFromContent(content()).heldOn).toBe('');
    expect(
      formValuesFromContent(content({ heldOn: '2026-10-01' }), { defaultHeldOn: '2026-11-25' })
        .heldOn,
    ).toBe('2026-10-01');
  });
});

describe('toContentInput', () => {
  it('gives back what was read: a round trip changes nothing', () => {
    const { content: input } = toContentInput(formValuesFromContent(fullContent()));
    expect(input).toEqual({
      heldOn: '2026-11-20',
      selfDeclarations: [
        { competenceId: DEMENS.id, level: 3, leaderConfirms: true },
        { competenceId: SAR.id, level: 2, leaderConfirms: false },
      ],
      hrRegistrationsChecked: true,
      hrRegistrationsComment: 'Mangler HLR-bevis fra 2025.',
      potentialUsed: 'Delvis.',
      potentialNeeds: 'Tid til veiledning.',
      teachingTopicIds: [DEMENS.id],
      teachingConsent: true,
      developmentWishes: [{ competenceId: SAR.id, targetLevel: 4 }],
      preferredWays: ['COURSE', 'HOSPITATION'],
      careerPlan: 'Videreutdanning i demens om to år.',
      careerTargetRole: 'Fagsykepleier',
      agreedActions: [
        { description: 'Sårkurs', dueOn: '2027-03-01', competenceId: SAR.id },
        { description: 'Hospitere på legevakten', dueOn: null, competenceId: null },
      ],
      leaderAssessments: [{ competenceId: HLR.id, level: 3 }],
    });
  });

  it('leaves unfinished rows out, and says which form row each sent line came from', () => {
    const values = formValuesFromContent(fullContent());
    const unfinished = { ...emptyCompetenceLevelRow(), competenceId: DEMENS.id };
    const blankAction = { ...emptyActionRow(), dueOn: '2027-01-01' };
    const withGaps = {
      ...values,
      leaderAssessments: [unfinished, ...values.leaderAssessments],
      agreedActions: [blankAction, ...values.agreedActions],
    };
    const { content: input, rowKeys } = toContentInput(withGaps);
    expect(input.leaderAssessments).toEqual([{ competenceId: HLR.id, level: 3 }]);
    expect(input.agreedActions).toHaveLength(2);
    expect(rowKeys.leaderAssessments).toEqual([values.leaderAssessments[0].key]);
    expect(rowKeys.agreedActions).toEqual(values.agreedActions.map((row) => row.key));
    expect(countIncompleteRows(withGaps)).toBe(2);
    expect(countIncompleteRows(values)).toBe(0);
  });

  it('trims texts and sends empty dates as null, so whitespace alone is no change', () => {
    const values = formValuesFromContent(content());
    const spaced = { ...values, careerPlan: '  Lederutdanning  ', heldOn: '' };
    const { content: input } = toContentInput(spaced);
    expect(input.careerPlan).toBe('Lederutdanning');
    expect(input.heldOn).toBeNull();
    expect(contentFingerprint(toContentInput({ ...values, potentialUsed: '   ' }).content)).toBe(
      contentFingerprint(toContentInput(values).content),
    );
  });
});

describe('formFieldForApiPath', () => {
  const rowKeys = {
    selfDeclarations: ['s1', 's2'],
    teachingTopics: ['t1'],
    developmentWishes: ['w1'],
    agreedActions: ['a1'],
    leaderAssessments: ['l1', 'l2'],
  };

  it.each([
    ['content.leaderAssessments.1.level', 'leaderAssessments.l2.level'],
    ['content.selfDeclarations.0.competenceId', 'selfDeclarations.s1.competenceId'],
    ['content.developmentWishes.0.targetLevel', 'developmentWishes.w1.level'],
    ['content.teachingTopicIds.0', 'teachingTopics.t1.competenceId'],
    ['content.agreedActions.0.description', 'agreedActions.a1.description'],
    ['content.heldOn', 'heldOn'],
    ['note', 'note'],
    ['input.content.heldOn', 'heldOn'],
  ])('finds %s at %s', (path, field) => {
    expect(formFieldForApiPath(path, rowKeys)).toBe(field);
  });

  it('returns null for what the form does not show', () => {
    expect(formFieldForApiPath('content.leaderAssessments.5.level', rowKeys)).toBeNull();
    expect(formFieldForApiPath('content.selfDeclarations', rowKeys)).toBeNull();
    // The version and the record id are no field of the form: the message is shown above it.
    expect(formFieldForApiPath('version', rowKeys)).toBeNull();
    expect(formFieldForApiPath('content', rowKeys)).toBeNull();
  });
});
