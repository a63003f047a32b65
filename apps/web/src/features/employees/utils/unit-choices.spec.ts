import type { OrganisationUnit } from '@web/features/organisation';
import { unitChoices } from './unit-choices';

function unit(id: string, name: string, parentId: string | null, municipalityId: string) {
  const kind = parentId === null ? 'SERVICE_AREA' : 'UNIT';
  return { id, name, kind, parentId, municipalityId, serviceType: null } as OrganisationUnit;
}

const GJOVIK = {
  id: 'm1',
  name: 'Gjøvik',
  units: [
    unit('sa', 'Helse og omsorg', null, 'm1'),
    unit('ht', 'Hjemmetjenesten Gjøvik', 'sa', 'm1'),
    unit('nord', 'Sone nord', 'ht', 'm1'),
    unit('sor', 'Sone sør', 'ht', 'm1'),
    unit('sh', 'Sørbyen sykehjem', 'sa', 'm1'),
  ],
};
const TOTEN = {
  id: 'm2',
  name: 'Østre Toten',
  units: [unit('sa2', 'Helse og omsorg', null, 'm2'), unit('lena', 'Lena sykehjem', 'sa2', 'm2')],
};

describe('unitChoices', () => {
  it('gives a unit leader their unit and its sub-units, labelled from their unit', () => {
    const groups = unitChoices({ municipalityIds: [], unitIds: ['ht'] }, [GJOVIK, TOTEN]);
    expect(groups).toEqual([
      {
        id: 'm1',
        name: 'Gjøvik',
        units: [
          { id: 'ht', label: 'Hjemmetjenesten Gjøvik' },
          { id: 'nord', label: 'Sone nord' },
          { id: 'sor', label: 'Sone sør' },
        ],
      },
    ]);
  });

  it('gives HR the whole municipality in tree order', () => {
    const [group] = unitChoices({ municipalityIds: ['m2'], unitIds: [] }, [GJOVIK, TOTEN]);
    expect(group.units).toEqual([
      { id: 'sa2', label: 'Helse og omsorg' },
      { id: 'lena', label: 'Lena sykehjem' },
    ]);
  });

  it('keeps full paths when a leader holds several units, and lists a subtree once', () => {
    const [group] = unitChoices({ municipalityIds: [], unitIds: ['nord', 'ht', 'sh'] }, [GJOVIK]);
    expect(group.units.map((choice) => choice.label)).toEqual([
      'Hjemmetjenesten Gjøvik',
      'Hjemmetjenesten Gjøvik › Sone nord',
      'Hjemmetjenesten Gjøvik › Sone sør',
      'Sørbyen sykehjem',
    ]);
  });

  it('does not repeat units of a municipality where the user is HR as well', () => {
    const groups = unitChoices({ municipalityIds: ['m1'], unitIds: ['ht', 'lena'] }, [
      GJOVIK,
      TOTEN,
    ]);
    expect(groups.map((group) => group.units.length)).toEqual([5, 1]);
  });

  it('offers nothing without personal-data scope', () => {
    expect(unitChoices({ municipalityIds: [], unitIds: [] }, [GJOVIK, TOTEN])).toEqual([]);
  });
});
