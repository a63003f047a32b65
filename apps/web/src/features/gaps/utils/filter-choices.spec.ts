import { filterChoices } from './filter-choices';

describe('filterChoices', () => {
  it('lists areas and tags once each, in Norwegian order', () => {
    expect(
      filterChoices([
        { area: 'Legemiddelhåndtering', tags: ['Kompetanseløft 2025', 'Leve hele livet'] },
        { area: 'Akuttmedisin', tags: [] },
        { area: 'Demens', tags: ['Demensplan 2025', 'Kompetanseløft 2025'] },
        { area: 'Øvrig', tags: [' '] },
        { area: 'Demens', tags: ['Ålreit'] },
      ]),
    ).toEqual({
      areas: ['Akuttmedisin', 'Demens', 'Legemiddelhåndtering', 'Øvrig'],
      tags: ['Demensplan 2025', 'Kompetanseløft 2025', 'Leve hele livet', 'Ålreit'],
    });
  });
});
