import { formValuesFromContent } from './appraisal-form-values';
import { DEMENS, fullContent, HLR } from './appraisal.fixtures';
import { addRow, removeRow, updateRow } from './form-rows';

describe('form rows', () => {
  const values = formValuesFromContent(fullContent());

  it('adds an empty row at the end and returns its key', () => {
    const { values: next, key } = addRow(values, 'leaderAssessments');
    expect(next.leaderAssessments).toHaveLength(2);
    expect(next.leaderAssessments[1]).toEqual({ key, competenceId: '', level: '' });
    const action = addRow(values, 'agreedActions');
    expect(action.values.agreedActions.at(-1)).toEqual({
      key: action.key,
      description: '',
      dueOn: '',
      competenceId: '',
    });
    expect(addRow(values, 'selfDeclarations').values.selfDeclarations.at(-1)).toMatchObject({
      leaderConfirms: false,
    });
  });

  it('removes a row and points focus at the row that took its place, else the one before', () => {
    const [first, second] = values.selfDeclarations;
    const middle = removeRow(values, 'selfDeclarations', first.key);
    expect(middle.values.selfDeclarations.map((row) => row.key)).toEqual([second.key]);
    expect(middle.focusKey).toBe(second.key);
    const last = removeRow(values, 'selfDeclarations', second.key);
    expect(last.focusKey).toBe(first.key);
    const only = removeRow(values, 'leaderAssessments', values.leaderAssessments[0].key);
    expect(only.values.leaderAssessments).toEqual([]);
    expect(only.focusKey).toBeNull();
  });

  it('clears the level when another competence is chosen, since scales differ', () => {
    const key = values.leaderAssessments[0].key;
    const moved = updateRow(values, 'leaderAssessments', key, { competenceId: DEMENS.id });
    expect(moved.leaderAssessments[0]).toEqual({ key, competenceId: DEMENS.id, level: '' });
    const same = updateRow(values, 'leaderAssessments', key, { competenceId: HLR.id });
    expect(same.leaderAssessments[0].level).toBe('3');
    const level = updateRow(values, 'leaderAssessments', key, { level: '4' });
    expect(level.leaderAssessments[0]).toEqual({ key, competenceId: HLR.id, level: '4' });
  });

  it('leaves the other rows and lists alone', () => {
    const key = values.selfDeclarations[1].key;
    const next = updateRow(values, 'selfDeclarations', key, { leaderConfirms: true });
    expect(next.selfDeclarations[0]).toBe(values.selfDeclarations[0]);
    expect(next.selfDeclarations[1].leaderConfirms).toBe(true);
    expect(next.agreedActions).toBe(values.agreedActions);
  });
});
