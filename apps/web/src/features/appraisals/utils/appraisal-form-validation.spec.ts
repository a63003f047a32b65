import {
  emptyActionRow,
  emptyTeachingTopicRow,
  formValuesFromContent,
} from './appraisal-form-values';
import {
  amendmentProblems,
  draftProblems,
  firstProblemField,
  signOffProblems,
} from './appraisal-form-validation';
import { content, DEMENS, fullContent, SAR } from './appraisal.fixtures';
import { addRow, updateRow } from './form-rows';

const TODAY = '2026-11-25';

describe('appraisal form checks', () => {
  const complete = formValuesFromContent(fullContent());

  it('finds nothing wrong with a complete record held in the past', () => {
    expect(draftProblems(complete)).toEqual({});
    expect(signOffProblems(complete, TODAY)).toEqual({});
    expect(amendmentProblems(complete, 'Rettet nivå etter ny vurdering.', TODAY)).toEqual({});
  });

  it('marks a competence chosen twice in one list, on the later row, already while drafting', () => {
    const { values, key } = addRow(complete, 'developmentWishes');
    const repeated = updateRow(values, 'developmentWishes', key, {
      competenceId: SAR.id,
      level: '2',
    });
    const problems = draftProblems(repeated);
    expect(problems).toEqual({
      [`developmentWishes.${key}.competenceId`]: 'appraisals.problems.duplicateCompetence',
    });
    // The same competence in another list is fine: wishing for what one declared is normal.
    expect(repeated.selfDeclarations.some((row) => row.competenceId === SAR.id)).toBe(true);
  });

  it('lets a draft with unfinished rows save, but not be signed', () => {
    const { values, key } = addRow(complete, 'leaderAssessments');
    const chosen = updateRow(values, 'leaderAssessments', key, { competenceId: DEMENS.id });
    const withTopic = {
      ...chosen,
      teachingTopics: [...chosen.teachingTopics, emptyTeachingTopicRow()],
    };
    const action = emptyActionRow();
    const all = { ...withTopic, agreedActions: [...withTopic.agreedActions, action] };
    expect(draftProblems(all)).toEqual({});
    const problems = signOffProblems(all, TODAY);
    expect(problems).toEqual({
      [`leaderAssessments.${key}.level`]: 'appraisals.problems.levelRequired',
      [`teachingTopics.${withTopic.teachingTopics[1].key}.competenceId`]:
        'appraisals.problems.competenceRequired',
      [`agreedActions.${action.key}.description`]: 'appraisals.problems.descriptionRequired',
    });
  });

  it('refuses to sign a talk dated after today, and an amendment without a reason', () => {
    const future = { ...complete, heldOn: '2026-11-26' };
    expect(signOffProblems(future, TODAY)).toEqual({ heldOn: 'appraisals.problems.heldInFuture' });
    expect(signOffProblems({ ...complete, heldOn: TODAY }, TODAY)).toEqual({});
    expect(signOffProblems({ ...complete, heldOn: '' }, TODAY)).toEqual({});
    expect(amendmentProblems(complete, '   ', TODAY)).toEqual({
      note: 'appraisals.problems.noteRequired',
    });
  });

  it('sends focus to the first problem in the order of the page', () => {
    const values = formValuesFromContent(content());
    const { values: withRow, key } = addRow(values, 'leaderAssessments');
    const problems = {
      note: 'x',
      [`leaderAssessments.${key}.competenceId`]: 'y',
      heldOn: 'z',
    };
    expect(firstProblemField(problems, withRow)).toBe('heldOn');
    const withoutDate = Object.fromEntries(
      Object.entries(problems).filter(([field]) => field !== 'heldOn'),
    );
    expect(firstProblemField(withoutDate, withRow)).toBe(`leaderAssessments.${key}.competenceId`);
    expect(firstProblemField({}, withRow)).toBeNull();
  });
});
