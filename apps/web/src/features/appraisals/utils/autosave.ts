/**
 * The autosave's decisions as plain data, so the hook only wires timers and
 * requests.
 */

/** What to do when the quiet period after the last change ends. */
export type SaveStep =
  /** A conflict is open: nothing is saved until the leader has chosen. */
  | 'stop'
  /** The form has problems the API would refuse; they are shown, nothing is sent. */
  | 'blocked'
  /** The form says what was last saved: nothing to send. */
  | 'unchanged'
  /** A save is under way; try again when it has answered. */
  | 'wait'
  | 'save';

export interface SaveState {
  conflict: boolean;
  problemCount: number;
  /** Fingerprint of what the form would send now. */
  fingerprint: string;
  /** Fingerprint of what is saved (null: save even if nothing changed). */
  savedFingerprint: string | null;
  inFlight: boolean;
}

export function nextSaveStep(state: SaveState): SaveStep {
  if (state.conflict) return 'stop';
  if (state.problemCount > 0) return 'blocked';
  if (state.fingerprint === state.savedFingerprint) return 'unchanged';
  if (state.inFlight) return 'wait';
  return 'save';
}

/** What the last request did; `fingerprint` is what is saved on the server. */
export type SaveOutcome =
  | { kind: 'idle'; fingerprint: string | null }
  | { kind: 'saving'; fingerprint: string | null; at?: string }
  | { kind: 'saved'; at: string; fingerprint: string | null }
  | { kind: 'error'; error: unknown; fingerprint: string | null }
  | { kind: 'conflict'; error: unknown; fingerprint: string | null };

/** What the status line shows; the component words it. */
export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'blocked' }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict'; error: unknown };

/**
 * The status line from the last request and the form as it is now: a conflict
 * or a request under way first, then problems that stop saving, then changes
 * not saved yet, then the time of the last save.
 */
export function autosaveStatus(
  outcome: SaveOutcome,
  now: { fingerprint: string; problemCount: number; enabled: boolean },
): AutosaveStatus {
  if (!now.enabled) return { kind: 'idle' };
  if (outcome.kind === 'conflict') return { kind: 'conflict', error: outcome.error };
  if (outcome.kind === 'saving') return { kind: 'saving' };
  if (now.problemCount > 0) return { kind: 'blocked' };
  if (outcome.kind === 'error') return { kind: 'error', error: outcome.error };
  if (now.fingerprint !== outcome.fingerprint) return { kind: 'pending' };
  if (outcome.kind === 'saved') return { kind: 'saved', at: outcome.at };
  return { kind: 'idle' };
}

/** "14:32": the local time of an ISO timestamp, for "Lagret 14:32". */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Quiet period after the last change before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 2000;
