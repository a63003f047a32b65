import { formValuesFromContent, toContentInput } from './appraisal-form-values';
import {
  buildAppraisalSummary,
  differingSections,
  summariseContent,
} from './appraisal-form-summary';
import { CATALOGUE, content, DEMENS, fullContent, HLR, SAR } from './appraisal.fixtures';
import { buildCompetenceIndex } from './competence-index';

const index = buildCompetenceIndex(CATALOGUE, []);

describe('buildAppraisalSummary', () => {
  it('reads the record point by point, with names and level names from each scale', () => {
    const summary = summariseContent(fullContent(), index);
    expect(summary.heldOn).toBe('2026-11-20');
    expect(summary.selfDeclarations).toEqual([
      {
        competenceId: DEMENS.id,
        name: 'Demensomsorg',
        level: 3,
        levelName: 'Selvstendig',
        confirmed: true,
      },
      // Sårbehandling's scale has no short names.
      { competenceId: SAR.id, name: 'Sårbehandling', level: 2, levelName: null, confirmed: false },
    ]);
    expect(summary.teachingTopics).toEqual([{ competenceId: DEMENS.id, name: 'Demensomsorg' }]);
    expect(summary.developmentWishes).toEqual([
      { competenceId: SAR.id, name: 'Sårbehandling', level: 4, levelName: null },
    ]);
    expect(summary.agreedActions).toEqual([
      { description: 'Sårkurs', dueOn: '2027-03-01', competenceName: 'Sårbehandling' },
      { description: 'Hospitere på legevakten', dueOn: null, competenceName: null },
    ]);
    expect(summary.leaderAssessments).toEqual([
      { competenceId: HLR.id, name: 'Hjerte-lunge-redning', level: 3, levelName: 'Selvstendig' },
    ]);
    expect(summary.preferredWays).toEqual(['COURSE', 'HOSPITATION']);
  });

  it('counts what signing will do: confirmed and leader levels, wishes and actions, topics', () => {
    expect(summariseContent(fullContent(), index).effects).toEqual({
      // Demensomsorg confirmed + HLR assessed; the unconfirmed claim is not recorded.
      assessments: 2,
      developmentItems: 3,
      directoryTopics: 1,
      namedInDirectory: true,
    });
    const anonymous = summariseContent({ ...fullContent(), teachingConsent: false }, index);
    expect(anonymous.effects.namedInDirectory).toBe(false);
    expect(summariseContent(content(), index).effects).toEqual({
      assessments: 0,
      developmentItems: 0,
      directoryTopics: 0,
      namedInDirectory: false,
    });
  });

  it('names a competence the page does not know as unknown rather than failing', () => {
    const summary = buildAppraisalSummary(
      { leaderAssessments: [{ competenceId: 'c-missing', level: 2 }] },
      index,
    );
    expect(summary.leaderAssessments).toEqual([
      { competenceId: 'c-missing', name: null, level: 2, levelName: null },
    ]);
  });
});

describe('differingSections', () => {
  it('lists the sections where two versions differ, in the order of the guide', () => {
    const mine = formValuesFromContent(fullContent());
    const theirs = { ...mine, careerTargetRole: 'Avdelingsleder', hrRegistrationsChecked: false };
    expect(
      differingSections(
        buildAppraisalSummary(toContentInput(mine).content, index),
        buildAppraisalSummary(toContentInput(theirs).content, index),
      ),
    ).toEqual(['hrRegistrations', 'career']);
    const same = summariseContent(fullContent(), index);
    expect(differingSections(same, summariseContent(fullContent(), index))).toEqual([]);
  });
});
