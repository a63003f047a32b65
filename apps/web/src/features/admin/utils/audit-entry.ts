export interface AuditChangeSource {
  before?: string | null;
  after?: string | null;
  details?: string | null;
}

export type AuditChangeKind = 'before' | 'after' | 'details';

export interface AuditChangePart {
  kind: AuditChangeKind;
  /** Indented JSON; the API's text as it is when it cannot be read as JSON. */
  text: string;
}

/** Pretty-prints a JSON document the API sent as text, for reading in a <pre>. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** What an entry's "Vis endring" shows, in reading order; empty when there is nothing. */
export function auditChangeParts(entry: AuditChangeSource): AuditChangePart[] {
  const kinds: AuditChangeKind[] = ['before', 'after', 'details'];
  return kinds.flatMap((kind) => {
    const text = entry[kind];
    return text ? [{ kind, text: prettyJson(text) }] : [];
  });
}
