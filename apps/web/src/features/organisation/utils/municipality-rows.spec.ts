import {
  findMunicipality,
  toMunicipalityRows,
  type MunicipalityWithUnits,
} from './municipality-rows';
import { municipalityPath } from './organisation-paths';

const municipality = (number: string, name: string, unitCount: number): MunicipalityWithUnits => ({
  id: `id-${number}`,
  number,
  name,
  kostraGroup: null,
  unitCount,
  units: [],
});

const region = [
  municipality('3448', 'Nordre Land', 8),
  municipality('3407', 'Gjøvik', 13),
  municipality('3442', 'Østre Toten', 10),
];

describe('toMunicipalityRows', () => {
  it('lists municipalities by kommunenummer with a link to each', () => {
    expect(toMunicipalityRows(region)).toEqual([
      { id: 'id-3407', number: '3407', name: 'Gjøvik', unitCount: 13, path: '/kommuner/3407' },
      { id: 'id-3442', number: '3442', name: 'Østre Toten', unitCount: 10, path: '/kommuner/3442' },
      { id: 'id-3448', number: '3448', name: 'Nordre Land', unitCount: 8, path: '/kommuner/3448' },
    ]);
  });

  it('does not reorder the list it was given', () => {
    toMunicipalityRows(region);
    expect(region.map((m) => m.number)).toEqual(['3448', '3407', '3442']);
  });
});

describe('findMunicipality', () => {
  it('finds a municipality by its number', () => {
    expect(findMunicipality(region, '3407')?.name).toBe('Gjøvik');
    expect(findMunicipality(region, ' 3442 ')?.name).toBe('Østre Toten');
  });

  it('returns null for an unknown or missing number', () => {
    expect(findMunicipality(region, '0301')).toBeNull();
    expect(findMunicipality(region, undefined)).toBeNull();
    expect(findMunicipality(region, '')).toBeNull();
  });
});

describe('municipalityPath', () => {
  it('escapes what does not belong in a path', () => {
    expect(municipalityPath('3407')).toBe('/kommuner/3407');
    expect(municipalityPath('34/07')).toBe('/kommuner/34%2F07');
  });
});
