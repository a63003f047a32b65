import {
  byEmployee,
  levelsOn,
  overviewHeader,
  overviewRow,
  type OverviewAssessment,
} from './competence-overview';

const HLR = { id: 'c-hlr', name: 'HLR' };
const DEMENS = { id: 'c-dem', name: 'Demensomsorg' };

function assessment(change: Partial<OverviewAssessment>): OverviewAssessment {
  return {
    employeeId: 'e1',
    competenceId: HLR.id,
    level: 2,
    source: 'INFORMAL',
    assessedAt: '2025-01-01',
    validUntil: null,
    confirmedAt: null,
    ...change,
  };
}

describe('levelsOn', () => {
  it('gives realkompetanse: the best valid level from formal and informal sources', () => {
    const levels = levelsOn(
      [
        assessment({ level: 2 }),
        assessment({ source: 'FORMAL', level: 3, validUntil: '2026-12-31' }),
        assessment({
          competenceId: DEMENS.id,
          source: 'FORMAL',
          level: 4,
          validUntil: '2025-06-30',
        }),
        assessment({ competenceId: 'c-self', source: 'SELF_DECLARED', level: 4 }),
      ],
      '2026-03-01',
    );
    // the expired certificate and the unconfirmed self-declaration give nothing
    expect([...levels]).toEqual([['c-hlr', 3]]);
  });
});

describe('overviewRow', () => {
  it('lays an employee out under the header', () => {
    expect(overviewHeader([HLR, DEMENS])).toEqual([
      'Ansattnummer',
      'Etternavn',
      'Fornavn',
      'Enhet',
      'Yrke',
      'Stillingsprosent',
      'HLR',
      'Demensomsorg',
    ]);
    expect(
      overviewRow(
        {
          id: 'e1',
          employeeNumber: '1001',
          givenName: 'Kari',
          familyName: 'Nordmann',
          unitName: 'Hov sykehjem',
          professionCode: '2223',
          fte: 80,
        },
        new Map([[DEMENS.id, 1]]),
        [HLR, DEMENS],
      ),
    ).toEqual(['1001', 'Nordmann', 'Kari', 'Hov sykehjem', '2223 Sykepleiere', 80, null, 1]);
  });
});

describe('byEmployee', () => {
  it('groups in recorded order', () => {
    const a = assessment({ employeeId: 'e1', level: 1 });
    const b = assessment({ employeeId: 'e2' });
    const c = assessment({ employeeId: 'e1', level: 3 });
    expect([...byEmployee([a, b, c])]).toEqual([
      ['e1', [a, c]],
      ['e2', [b]],
    ]);
  });
});
