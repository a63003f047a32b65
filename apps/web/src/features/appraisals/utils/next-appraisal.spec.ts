import { nextPendingAppraisal, type PendingAppraisal } from './next-appraisal';

function pending(id: string, unitId: string, status: 'DRAFT' | 'NOT_STARTED'): PendingAppraisal {
  return {
    employeeId: id,
    appraisalId: status === 'DRAFT' ? `a-${id}` : null,
    status,
    overdue: false,
    urgency: 'LATER',
    employee: {
      id,
      fullName: `Person ${id}`,
      positionTitle: '',
      unit: { id: unitId, name: unitId },
    },
  };
}

function row(cycleId: string, list: PendingAppraisal[]) {
  return {
    scopeName: 'x',
    unitId: null,
    municipalityId: 'm',
    employeeCount: 10,
    completedCount: 0,
    draftCount: 0,
    notStartedCount: 0,
    completedShare: null,
    overdue: false,
    daysUntilClose: 10,
    pacePerWeek: 1,
    cycle: {
      id: cycleId,
      name: 'Samtaler 2026',
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
      status: 'OPEN' as const,
      version: 1,
      municipalityId: 'm',
      municipality: { id: 'm', name: 'Gjøvik' },
    },
    pending: list,
  };
}

describe('nextPendingAppraisal', () => {
  const signed = { employeeId: 'e1', unitId: 'u1' };

  it.each([
    [
      'the first in the order to hold them',
      [pending('e3', 'u1', 'DRAFT'), pending('e2', 'u1', 'NOT_STARTED')],
      'e3',
    ],
    [
      'the same unit before another',
      [pending('e4', 'u2', 'DRAFT'), pending('e2', 'u1', 'NOT_STARTED')],
      'e2',
    ],
    [
      'the API order among equals',
      [pending('e2', 'u1', 'NOT_STARTED'), pending('e5', 'u1', 'NOT_STARTED')],
      'e2',
    ],
    ['another unit when the own is done', [pending('e4', 'u2', 'NOT_STARTED')], 'e4'],
    ['never the person just signed', [pending('e1', 'u1', 'DRAFT')], null],
  ])('offers %s', (_, list, expected) => {
    expect(nextPendingAppraisal([row('c1', list)], 'c1', signed)?.employeeId ?? null).toBe(
      expected,
    );
  });

  it('stays in the cycle of the talk just signed', () => {
    expect(
      nextPendingAppraisal([row('c2', [pending('e2', 'u1', 'DRAFT')])], 'c1', signed),
    ).toBeNull();
  });
});
