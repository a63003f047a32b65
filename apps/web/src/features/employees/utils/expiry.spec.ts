import { certificatesNeedingAttention, expiryState } from './expiry';

const TODAY = '2026-03-01';

describe('expiryState', () => {
  it.each([
    [null, 'none'],
    [undefined, 'none'],
    ['2026-02-28', 'expired'],
    ['2026-03-01', 'expiring'],
    ['2026-05-30', 'expiring'],
    ['2026-05-31', 'valid'],
    ['2027-01-01', 'valid'],
  ])('calls %p %p on 1 March 2026 with 90 days warning', (expiresOn, expected) => {
    expect(expiryState(expiresOn, TODAY)).toBe(expected);
  });

  it('takes another warning window', () => {
    expect(expiryState('2026-03-20', TODAY, 14)).toBe('valid');
    expect(expiryState('2026-03-15', TODAY, 14)).toBe('expiring');
  });
});

describe('certificatesNeedingAttention', () => {
  const hlr2024 = { id: 'q1', title: 'HLR', obtainedOn: '2024-02-01', expiresOn: '2025-02-01' };
  const hlr2025 = { id: 'q2', title: 'hlr ', obtainedOn: '2025-04-01', expiresOn: '2026-04-01' };
  const degree = { id: 'q3', title: 'Bachelor sykepleie', obtainedOn: '2015-06-20' };
  const medicines = {
    id: 'q4',
    title: 'Legemiddelhåndtering',
    obtainedOn: '2024-01-10',
    expiresOn: '2026-01-10',
  };

  it('lists expired and expiring certificates, soonest first', () => {
    expect(certificatesNeedingAttention([hlr2024, degree, medicines], TODAY)).toEqual([
      { id: 'q1', title: 'HLR', expiresOn: '2025-02-01', state: 'expired' },
      { id: 'q4', title: 'Legemiddelhåndtering', expiresOn: '2026-01-10', state: 'expired' },
    ]);
  });

  it('shows only the renewal of a renewed certificate', () => {
    expect(certificatesNeedingAttention([hlr2024, hlr2025], TODAY)).toEqual([
      { id: 'q2', title: 'hlr ', expiresOn: '2026-04-01', state: 'expiring' },
    ]);
  });

  it('is empty when nothing needs attention', () => {
    expect(certificatesNeedingAttention([degree], TODAY)).toEqual([]);
    expect(certificatesNeedingAttention([], TODAY)).toEqual([]);
  });
});
