import { confirmsErasure, exportFileName } from './privacy';

describe('exportFileName', () => {
  it('names the person by number and the day', () => {
    expect(exportFileName('E2E1001', '2026-03-05')).toBe(
      'personopplysninger-E2E1001-2026-03-05.json',
    );
  });

  it('leaves out characters a file name cannot hold', () => {
    expect(exportFileName('12/34 Ø', '2026-03-05')).toBe('personopplysninger-1234-2026-03-05.json');
    expect(exportFileName('../', '2026-03-05')).toBe('personopplysninger-ansatt-2026-03-05.json');
  });
});

describe('confirmsErasure', () => {
  it('needs the exact number, spaces around it aside', () => {
    expect(confirmsErasure(' E1001 ', 'E1001')).toBe(true);
    expect(confirmsErasure('e1001', 'E1001')).toBe(false);
    expect(confirmsErasure('E100', 'E1001')).toBe(false);
    expect(confirmsErasure('', 'E1001')).toBe(false);
  });
});
