import { competenceLevelProblems, type CompetenceOnScale } from './competence-checks';

const fields = { competenceId: 'competenceId', level: 'level' };
const steps = (...levels: number[]) => levels.map((level) => ({ level }));

describe('competenceLevelProblems', () => {
  it.each<[string, CompetenceOnScale | undefined, number, string | null, string | null]>([
    [
      'a level on a 0–4 scale',
      { name: 'HLR', active: true, scale: steps(0, 1, 2, 3, 4) },
      3,
      null,
      null,
    ],
    [
      'a step of a scale that skips numbers',
      { name: 'Sårstell', active: true, scale: steps(0, 2, 4) },
      4,
      null,
      null,
    ],
    [
      'an unknown competence',
      undefined,
      3,
      'competenceId',
      'UNKNOWN_COMPETENCE:Kompetansen finnes ikke',
    ],
    [
      'a competence no longer in use',
      { name: 'Gammel rutine', active: false, scale: steps(0, 1) },
      1,
      'competenceId',
      'INACTIVE_COMPETENCE:Kompetansen «Gammel rutine» er ikke lenger i bruk',
    ],
    [
      'a level above the scale',
      { name: 'HLR', active: true, scale: steps(0, 1, 2, 3, 4) },
      5,
      'level',
      'LEVEL_NOT_ON_SCALE:Nivå 5 finnes ikke på skalaen for «HLR» (0–4)',
    ],
    [
      'a level between the steps',
      { name: 'Sårstell', active: true, scale: steps(0, 2, 4) },
      3,
      'level',
      'LEVEL_NOT_ON_SCALE:Nivå 3 finnes ikke på skalaen for «Sårstell» (0, 2, 4)',
    ],
  ])('%s', (_label, competence, level, field, problem) => {
    const problems = competenceLevelProblems(competence, level, fields);
    if (field === null || problem === null) {
      expect(problems).toEqual([]);
    } else {
      const [code, message] = problem.split(':');
      expect(problems).toEqual([{ field, code, message }]);
    }
  });
});
