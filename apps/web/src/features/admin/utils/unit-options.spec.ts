import type { OrganisationUnit } from '@web/features/organisation';
import { unitOptionGroups } from './unit-options';

function unit(
  id: string,
  name: string,
  parentId: string | null,
  kind: OrganisationUnit['kind'] = 'UNIT',
): OrganisationUnit {
  return { id, name, kind, parentId, municipalityId: 'm', serviceType: null };
}

describe('unitOptionGroups', () => {
  it('lists every unit per municipality in tree order, with its path below a single root', () => {
    const groups = unitOptionGroups([
      {
        id: 'm1',
        name: 'Gjøvik',
        units: [
          unit('d1', 'Nord', 'u1', 'DEPARTMENT'),
          unit('root', 'Helse og omsorg', null, 'SERVICE_AREA'),
          unit('u2', 'Sykehjemmet', 'root'),
          unit('u1', 'Hjemmetjenesten', 'root'),
        ],
      },
      { id: 'm2', name: 'Søndre Land', units: [] },
      {
        id: 'm3',
        name: 'Østre Toten',
        units: [unit('a', 'Lena sykehjem', null), unit('b', 'Hjemmetjenesten', null)],
      },
    ]);
    expect(groups).toEqual([
      {
        id: 'm1',
        name: 'Gjøvik',
        units: [
          { id: 'root', label: 'Helse og omsorg' },
          { id: 'u1', label: 'Hjemmetjenesten' },
          { id: 'd1', label: 'Hjemmetjenesten › Nord' },
          { id: 'u2', label: 'Sykehjemmet' },
        ],
      },
      {
        id: 'm3',
        name: 'Østre Toten',
        units: [
          { id: 'b', label: 'Hjemmetjenesten' },
          { id: 'a', label: 'Lena sykehjem' },
        ],
      },
    ]);
  });
});
