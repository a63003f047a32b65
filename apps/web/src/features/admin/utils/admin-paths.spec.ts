import { adminUserPath, auditLogExportUrl, auditLogFilter, auditLogPath } from './admin-paths';

describe('admin paths', () => {
  it('narrows the log to one employee through the address', () => {
    expect(auditLogPath()).toBe('/admin/logg');
    expect(auditLogPath('3f2a9c1b-0000-4000-8000-000000000001')).toBe(
      '/admin/logg?ansatt=3f2a9c1b-0000-4000-8000-000000000001',
    );
  });

  it('narrows the log to a period, and reads the filter back', () => {
    const path = auditLogPath({ employeeId: 'e1', from: '2026-01-01', to: '2026-06-30' });
    expect(path).toBe('/admin/logg?ansatt=e1&fra=2026-01-01&til=2026-06-30');
    expect(auditLogFilter(new URLSearchParams(path.split('?')[1]))).toEqual({
      employeeId: 'e1',
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(auditLogPath({ from: null, to: '2026-06-30' })).toBe('/admin/logg?til=2026-06-30');
  });

  it.each(['', '1.1.2026', '2026-1-1', 'i går'])('leaves out %p as a date', (value) => {
    expect(auditLogFilter(new URLSearchParams({ fra: value }))).toEqual({
      employeeId: null,
      from: null,
      to: null,
    });
  });

  it('downloads the log with the same filter as the page', () => {
    expect(auditLogExportUrl('csv', { employeeId: null, from: null, to: null })).toBe(
      '/api/exports/audit-log?format=csv',
    );
    expect(auditLogExportUrl('xlsx', { employeeId: 'e 1', from: '2026-01-01', to: null })).toBe(
      '/api/exports/audit-log?format=xlsx&employeeId=e+1&from=2026-01-01',
    );
  });

  it('escapes ids in a user address', () => {
    expect(adminUserPath('a/b')).toBe('/admin/brukere/a%2Fb');
  });
});
