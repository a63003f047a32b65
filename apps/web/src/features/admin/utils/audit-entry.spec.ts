import {
  auditActor,
  auditChangeParts,
  prettyJson,
  refusalCount,
  shortSessionId,
} from './audit-entry';

describe('prettyJson', () => {
  it('indents JSON for reading', () => {
    expect(prettyJson('{"name":"Ada","active":true}')).toBe(
      '{\n  "name": "Ada",\n  "active": true\n}',
    );
  });

  it('shows text that is not JSON as it is', () => {
    expect(prettyJson('{not json')).toBe('{not json');
  });
});

describe('auditChangeParts', () => {
  it('gives before, after and details in reading order, skipping what is absent', () => {
    expect(
      auditChangeParts({ after: '{"a":2}', before: '{"a":1}', details: null }).map((p) => p.kind),
    ).toEqual(['before', 'after']);
    expect(auditChangeParts({ details: '{"redacted":true}' })).toEqual([
      { kind: 'details', text: '{\n  "redacted": true\n}' },
    ]);
  });

  it('is empty for a read', () => {
    expect(auditChangeParts({ before: null, after: null, details: null })).toEqual([]);
  });
});

describe('auditActor', () => {
  it.each([
    [
      { action: 'employee.read', actorEmail: 'hr@reks.demo' },
      { kind: 'email', email: 'hr@reks.demo' },
    ],
    [{ action: 'auth.login.failed', actorEmail: null }, { kind: 'anonymous' }],
    [{ action: 'access.denied', actorEmail: null }, { kind: 'anonymous' }],
    [{ action: 'import.employees', actorEmail: null }, { kind: 'system' }],
    [{ action: 'authority.x', actorEmail: null }, { kind: 'system' }],
  ])('%p is %p', (entry, expected) => {
    expect(auditActor(entry)).toEqual(expected);
  });
});

describe('refusalCount', () => {
  it.each([
    ['{"reason":"FORBIDDEN","countInWindow":64}', 64],
    ['{"reason":"FORBIDDEN","countInWindow":1}', 1],
    ['{"countInWindow":"64"}', null],
    ['{"countInWindow":0}', null],
    ['{"redacted":true}', null],
    ['[1,2]', null],
    ['null', null],
    ['{not json', null],
    [null, null],
  ])('%p → %p', (details, expected) => {
    expect(refusalCount({ details })).toBe(expected);
  });
});

describe('shortSessionId', () => {
  it('keeps the first eight characters', () => {
    expect(shortSessionId('3f2a9c1b-0000-4000-8000-000000000001')).toBe('3f2a9c1b');
    expect(shortSessionId(null)).toBeNull();
  });
});
