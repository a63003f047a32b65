import type { CurrentUser } from '@web/features/auth';
import type { Role } from '@web/gql/graphql';
import {
  defaultStatisticsScope,
  scopeChoiceValue,
  scopeFromChoice,
  scopeFromParams,
  scopeToSearch,
} from './statistics-scope';

function user(...roles: Array<[Role, string | null, string | null]>): CurrentUser {
  return {
    id: 'u',
    email: 'x@reks.demo',
    name: 'X',
    regionId: 'r',
    roles: roles.map(([role, municipalityId, unitId]) => ({ role, municipalityId, unitId })),
  };
}

const REGION = { unitId: null, municipalityId: null };

describe('statistics scope', () => {
  it("starts at the user's own scope: a leader's unit, HR's municipality, else the region", () => {
    expect(defaultStatisticsScope(user(['UNIT_LEADER', 'm1', 'u1']))).toEqual({
      unitId: 'u1',
      municipalityId: null,
    });
    expect(defaultStatisticsScope(user(['MUNICIPALITY_HR', 'm1', null]))).toEqual({
      unitId: null,
      municipalityId: 'm1',
    });
    expect(defaultStatisticsScope(user(['BOARD_MEMBER', null, null]))).toEqual(REGION);
    expect(defaultStatisticsScope(null)).toEqual(REGION);
  });

  it('reads and writes the address, the region included when chosen on purpose', () => {
    const leader = user(['UNIT_LEADER', 'm1', 'u1']);
    for (const scope of [
      { unitId: 'u2', municipalityId: null },
      { unitId: null, municipalityId: 'm2' },
      REGION,
    ]) {
      expect(scopeFromParams(new URLSearchParams(scopeToSearch(scope)), leader)).toEqual(scope);
    }
    expect(scopeFromParams(new URLSearchParams(''), leader)).toEqual({
      unitId: 'u1',
      municipalityId: null,
    });
  });

  it('round-trips the picker values', () => {
    for (const scope of [
      { unitId: 'u2', municipalityId: null },
      { unitId: null, municipalityId: 'm2' },
      REGION,
    ]) {
      expect(scopeFromChoice(scopeChoiceValue(scope))).toEqual(scope);
    }
  });
});
