import { auditChangeParts, prettyJson } from './audit-entry';

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
