import type { OrganisationUnit } from '@web/features/organisation';
import { importUnitChoices } from './import-scope';

function unit(id: string, name: string, parentId: string | null): OrganisationUnit {
  return {
    id,
    name,
    parentId,
    kind: parentId ? 'UNIT' : 'SERVICE_AREA',
    municipalityId: 'm',
    serviceType: null,
  };
}

describe('importUnitChoices', () => {
  it('lists the units in tree order, with paths below a single top unit', () => {
    expect(
      importUnitChoices([
        unit('c', 'Sykehjemmet', 'root'),
        unit('root', 'Helse og omsorg', null),
        unit('b', 'Hjemmetjenesten', 'root'),
        unit('b1', 'Nord', 'b'),
      ]),
    ).toEqual([
      { id: 'root', label: 'Helse og omsorg' },
      { id: 'b', label: 'Hjemmetjenesten' },
      { id: 'b1', label: 'Hjemmetjenesten › Nord' },
      { id: 'c', label: 'Sykehjemmet' },
    ]);
  });

  it('keeps the top level in the paths when there are several', () => {
    expect(
      importUnitChoices([
        unit('a', 'Helse', null),
        unit('b', 'Skole', null),
        unit('a1', 'Hov', 'a'),
      ]),
    ).toEqual([
      { id: 'a', label: 'Helse' },
      { id: 'a1', label: 'Helse › Hov' },
      { id: 'b', label: 'Skole' },
    ]);
  });

  it('is empty for a municipality without units', () => {
    expect(importUnitChoices([])).toEqual([]);
  });
});
