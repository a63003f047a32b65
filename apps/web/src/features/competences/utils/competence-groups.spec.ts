import { groupCompetencesByArea } from './competence-groups';

describe('groupCompetencesByArea', () => {
  it('groups by area in Norwegian order (æ, ø, å last)', () => {
    const groups = groupCompetencesByArea([
      { id: '1', name: 'Palliasjon', area: 'Omsorg' },
      { id: '2', name: 'HLR', area: 'Akuttmedisin' },
      { id: '3', name: 'Demensomsorg', area: 'Omsorg' },
      { id: '4', name: 'Ørehelse', area: 'Øvrig' },
      { id: '5', name: 'Ernæring', area: 'Ernæring' },
    ]);
    expect(groups.map((group) => [group.area, group.competences.map((c) => c.name)])).toEqual([
      ['Akuttmedisin', ['HLR']],
      ['Ernæring', ['Ernæring']],
      ['Omsorg', ['Demensomsorg', 'Palliasjon']],
      ['Øvrig', ['Ørehelse']],
    ]);
  });
});
