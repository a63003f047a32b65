import { CATALOGUE, content, DEMENS, HLR, RETIRED, SAR } from './appraisal.fixtures';
import {
  buildCompetenceIndex,
  competenceChoices,
  competenceName,
  levelChoices,
  levelName,
} from './competence-index';

describe('competence index', () => {
  const record = content({
    leaderAssessments: [{ competenceId: RETIRED.id, level: 2, competence: RETIRED }],
  });
  const index = buildCompetenceIndex(CATALOGUE, [record, null]);

  it('knows the catalogue and the retired competences a record still uses', () => {
    expect(competenceName(index, RETIRED.id)).toBe('Gammel prosedyre');
    expect(competenceName(index, DEMENS.id)).toBe('Demensomsorg');
    expect(competenceName(index, 'nope')).toBeNull();
  });

  it('offers active competences per area in Norwegian order, a retired one only on its row', () => {
    expect(
      competenceChoices(index).map((group) => [group.area, group.competences.map((c) => c.id)]),
    ).toEqual([
      ['Akuttmedisin', [HLR.id]],
      ['Demens', [DEMENS.id]],
      ['Sykepleie', [SAR.id]],
    ]);
    const onItsRow = competenceChoices(index, RETIRED.id);
    expect(
      onItsRow.find((group) => group.area === 'Sykepleie')?.competences.map((c) => c.id),
    ).toEqual([RETIRED.id, SAR.id]);
  });

  it("offers the steps of the competence's own scale, with names where the scale has them", () => {
    expect(levelChoices(index, SAR.id).map((choice) => choice.level)).toEqual([0, 2, 4]);
    expect(levelChoices(index, '')).toEqual([]);
    expect(levelName(index, DEMENS.id, 3)).toBe('Selvstendig');
    expect(levelName(index, SAR.id, 2)).toBeNull();
    expect(levelName(index, DEMENS.id, 9)).toBeNull();
  });
});
