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

export interface AuditActorSource {
  action: string;
  actorEmail?: string | null;
}

/**
 * Who an entry names: a user's e-mail; nobody signed in (a refused request or sign-in, where no
 * e-mail address was typed or kept); or the system itself (a command-line import).
 */
export function auditActor(
  entry: AuditActorSource,
): { kind: 'email'; email: string } | { kind: 'anonymous' } | { kind: 'system' } {
  if (entry.actorEmail) return { kind: 'email', email: entry.actorEmail };
  return /^(auth|access)\./.test(entry.action) ? { kind: 'anonymous' } : { kind: 'system' };
}

/**
 * For a refused request: which refusal of its kind this was within the hour (the log keeps
 * the 1st, 2nd, 4th, 8th …, so a flood leaves a handful of entries). Null for other entries.
 */
export function refusalCount(entry: { details?: string | null }): number | null {
  if (!entry.details) return null;
  try {
    const details: unknown = JSON.parse(entry.details);
    const count =
      details && typeof details === 'object' && 'countInWindow' in details
        ? details.countInWindow
        : null;
    return typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : null;
  } catch {
    return null;
  }
}

/** The first part of a session id: enough to tell a user's sessions apart when reading. */
export function shortSessionId(sessionId: string | null | undefined): string | null {
  return sessionId ? sessionId.slice(0, 8) : null;
}
