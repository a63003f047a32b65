import type { CurrentUser } from '@web/features/auth';
import type { OrganisationUnit } from '@web/features/organisation';
import type { Role } from '@web/gql/graphql';
import { readOptions } from './requirement-access';
import {
  EMPTY_SELECTION,
  parseSelection,
  resolveSelection,
  selectionToParams,
  toRequirementFilter,
} from './requirement-filters';

const unit = (id: string, parentId: string | null, municipalityId: string): OrganisationUnit => ({
  id,
  name: id,
  kind: parentId ? 'UNIT' : 'SERVICE_AREA',
  parentId,
  municipalityId,
  serviceType: null,
});

const OPTIONS = readOptions([
  { id: 'm1', name: 'Gjøvik', units: [unit('ho', null, 'm1'), unit('hjem', 'ho', 'm1')] },
  { id: 'm2', name: 'Østre Toten', units: [unit('ho2', null, 'm2'), unit('lena', 'ho2', 'm2')] },
]);

function user(role: Role, scope: { municipalityId?: string; unitId?: string } = {}): CurrentUser {
  return {
    id: 'u',
    email: 'x@reks.demo',
    name: 'X',
    regionId: 'r',
    roles: [{ role, municipalityId: scope.municipalityId ?? null, unitId: scope.unitId ?? null }],
  };
}

describe('the selection in the address', () => {
  it('round-trips, keeping only the unit when one is chosen', () => {
    expect(selectionToParams({ municipalityId: 'm1', unitId: 'hjem' }).toString()).toBe(
      'enhet=hjem',
    );
    expect(parseSelection(new URLSearchParams('kommune=m2'))).toEqual({
      municipalityId: 'm2',
      unitId: '',
    });
    expect(selectionToParams(EMPTY_SELECTION).toString()).toBe('');
  });
});

describe('resolveSelection', () => {
  it('follows the address when it names a unit or municipality of the region', () => {
    expect(resolveSelection({ municipalityId: '', unitId: 'lena' }, OPTIONS, null)).toEqual({
      municipalityId: 'm2',
      unitId: 'lena',
    });
    expect(resolveSelection({ municipalityId: 'm1', unitId: '' }, OPTIONS, null)).toEqual({
      municipalityId: 'm1',
      unitId: '',
    });
  });

  it('starts where the user works, or at the region', () => {
    expect(
      resolveSelection(EMPTY_SELECTION, OPTIONS, user('UNIT_LEADER', { unitId: 'hjem' })),
    ).toEqual({ municipalityId: 'm1', unitId: 'hjem' });
    expect(
      resolveSelection(EMPTY_SELECTION, OPTIONS, user('MUNICIPALITY_HR', { municipalityId: 'm2' })),
    ).toEqual({ municipalityId: 'm2', unitId: '' });
    expect(resolveSelection(EMPTY_SELECTION, OPTIONS, user('BOARD_MEMBER'))).toEqual(
      EMPTY_SELECTION,
    );
    expect(
      resolveSelection(
        { municipalityId: '', unitId: 'gone' },
        OPTIONS,
        user('REGIONAL_COORDINATOR'),
      ),
    ).toEqual(EMPTY_SELECTION);
  });
});

describe('toRequirementFilter', () => {
  it('asks for a unit with its sub-units, a municipality, or everything', () => {
    expect(toRequirementFilter({ municipalityId: 'm1', unitId: 'hjem' })).toEqual({
      unitId: 'hjem',
      includeSubUnits: true,
    });
    expect(toRequirementFilter({ municipalityId: 'm1', unitId: '' })).toEqual({
      municipalityId: 'm1',
    });
    expect(toRequirementFilter(EMPTY_SELECTION)).toEqual({});
  });
});
