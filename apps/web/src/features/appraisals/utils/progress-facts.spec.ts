import type { AppraisalProgressRow } from './appraisal-types';
import { progressFacts } from './progress-facts';

function row(patch: Partial<AppraisalProgressRow> = {}): AppraisalProgressRow {
  return {
    scopeName: 'Hjemmetjenesten Gjøvik',
    unitId: 'u1',
    municipalityId: 'm1',
    employeeCount: 10,
    completedCount: 6,
    draftCount: 1,
    notStartedCount: 3,
    completedShare: 0.6,
    overdue: false,
    daysUntilClose: 20,
    pacePerWeek: 2,
    cycle: {
      id: 'cy1',
      name: 'Medarbeidersamtaler 2026',
      opensOn: '2026-09-01',
      closesOn: '2026-12-15',
      status: 'OPEN',
      version: 1,
      municipalityId: 'm1',
      municipality: { id: 'm1', name: 'Gjøvik' },
    },
    pending: [],
    ...patch,
  };
}

function pending(
  name: string,
  status: 'DRAFT' | 'NOT_STARTED',
  urgency: 'OVERDUE' | 'THIS_WEEK' | 'LATER' = 'LATER',
) {
  return {
    employeeId: name,
    appraisalId: status === 'DRAFT' ? `a-${name}` : null,
    status,
    overdue: urgency === 'OVERDUE',
    urgency,
    employee: { id: name, fullName: name, positionTitle: '', unit: { id: 'u1', name: 'U' } },
  };
}

describe('progressFacts', () => {
  it('counts what remains and words the deadline', () => {
    expect(progressFacts(row(), '2026-11-25')).toEqual({
      remaining: 4,
      share: 0.6,
      deadline: { kind: 'closesIn', days: 20 },
      overdue: false,
      urgentCount: 0,
    });
    expect(progressFacts(row({ daysUntilClose: 0 }), '2026-12-15').deadline).toEqual({
      kind: 'closesToday',
    });
    expect(progressFacts(row({ daysUntilClose: -3 }), '2026-12-18').deadline).toEqual({
      kind: 'closedAgo',
      days: 3,
    });
  });

  it('counts days to the opening of a cycle that has not opened', () => {
    const upcoming = row({ cycle: { ...row().cycle, status: 'UPCOMING', opensOn: '2027-09-01' } });
    expect(progressFacts(upcoming, '2027-08-30').deadline).toEqual({ kind: 'opensIn', days: 2 });
  });

  it('counts the talks to hold this week or overdue, not every outstanding one', () => {
    const facts = progressFacts(
      row({
        overdue: true,
        pending: [
          pending('A', 'DRAFT', 'THIS_WEEK'),
          pending('B', 'NOT_STARTED', 'THIS_WEEK'),
          pending('C', 'NOT_STARTED', 'LATER'),
        ],
      }),
      '2026-12-10',
    );
    expect(facts.overdue).toBe(true);
    expect(facts.urgentCount).toBe(2);
  });
});
