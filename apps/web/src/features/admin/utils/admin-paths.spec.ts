import { adminUserPath, auditLogPath } from './admin-paths';

describe('admin paths', () => {
  it('narrows the log to one employee through the address', () => {
    expect(auditLogPath()).toBe('/admin/logg');
    expect(auditLogPath('3f2a9c1b-0000-4000-8000-000000000001')).toBe(
      '/admin/logg?ansatt=3f2a9c1b-0000-4000-8000-000000000001',
    );
  });

  it('escapes ids in a user address', () => {
    expect(adminUserPath('a/b')).toBe('/admin/brukere/a%2Fb');
  });
});
