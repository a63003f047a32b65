import type { AssessmentSource } from '@web/gql/graphql';
import { historyByCompetence, unconfirmedSelfDeclaration } from './assessment-history';

const DEMENS = { id: 'c1', name: 'Demensomsorg' };
const HLR = { id: 'c2', name: 'HLR' };
const ALDRE = { id: 'c3', name: 'Aldring og helse' };

function entry(
  id: string,
  competence: { id: string; name: string },
  source: AssessmentSource,
  confirmedAt: string | null = null,
) {
  return { id, competence, source, confirmedAt };
}

describe('historyByCompetence', () => {
  it('groups newest-first entries per competence, competences alphabetically', () => {
    const history = historyByCompetence([
      entry('a4', HLR, 'INFORMAL'),
      entry('a3', DEMENS, 'LEADER_ASSESSED'),
      entry('a2', ALDRE, 'INFORMAL'),
      entry('a1', DEMENS, 'INFORMAL'),
    ]);
    expect(history.map((group) => [group.competenceName, group.entries.map((e) => e.id)])).toEqual([
      ['Aldring og helse', ['a2']],
      ['Demensomsorg', ['a3', 'a1']],
      ['HLR', ['a4']],
    ]);
  });

  it('is empty without assessments', () => {
    expect(historyByCompetence([])).toEqual([]);
  });
});

describe('unconfirmedSelfDeclaration', () => {
  it('finds the newest self-declaration when it awaits confirmation', () => {
    const assessments = [
      entry('a3', DEMENS, 'LEADER_ASSESSED'),
      entry('a2', DEMENS, 'SELF_DECLARED'),
      entry('a1', DEMENS, 'SELF_DECLARED', '2026-01-01T10:00:00Z'),
    ];
    expect(unconfirmedSelfDeclaration(assessments, 'c1')?.id).toBe('a2');
  });

  it('finds nothing when the newest declaration is confirmed or the competence has none', () => {
    const assessments = [
      entry('a2', DEMENS, 'SELF_DECLARED', '2026-01-01T10:00:00Z'),
      entry('a1', DEMENS, 'SELF_DECLARED'),
      entry('a0', HLR, 'INFORMAL'),
    ];
    expect(unconfirmedSelfDeclaration(assessments, 'c1')).toBeNull();
    expect(unconfirmedSelfDeclaration(assessments, 'c2')).toBeNull();
  });
});
