import { autosaveStatus, clockTime, nextSaveStep, type SaveState } from './autosave';

describe('nextSaveStep', () => {
  const base: SaveState = {
    conflict: false,
    problemCount: 0,
    fingerprint: 'b',
    savedFingerprint: 'a',
    inFlight: false,
  };

  it.each<[string, Partial<SaveState>, ReturnType<typeof nextSaveStep>]>([
    ['saves a change', {}, 'save'],
    ['sends nothing when the form says what is saved', { fingerprint: 'a' }, 'unchanged'],
    ['waits for a save under way', { inFlight: true }, 'wait'],
    ['holds back what the API would refuse', { problemCount: 1 }, 'blocked'],
    ['never saves over a conflict', { conflict: true, problemCount: 1 }, 'stop'],
    [
      'saves a new talk even unchanged when asked to',
      { fingerprint: 'a', savedFingerprint: null },
      'save',
    ],
  ])('%s', (_case, patch, expected) => {
    expect(nextSaveStep({ ...base, ...patch })).toBe(expected);
  });
});

describe('autosaveStatus', () => {
  const now = { fingerprint: 'b', problemCount: 0, enabled: true };

  it('says changes are waiting until the saved version matches the form', () => {
    expect(autosaveStatus({ kind: 'saved', at: 'T', fingerprint: 'a' }, now)).toEqual({
      kind: 'pending',
    });
    expect(autosaveStatus({ kind: 'saved', at: 'T', fingerprint: 'b' }, now)).toEqual({
      kind: 'saved',
      at: 'T',
    });
    expect(autosaveStatus({ kind: 'idle', fingerprint: 'b' }, now)).toEqual({ kind: 'idle' });
  });

  it('puts a conflict and a save under way before anything else', () => {
    const error = new Error('x');
    expect(
      autosaveStatus({ kind: 'conflict', error, fingerprint: 'a' }, { ...now, problemCount: 2 }),
    ).toEqual({ kind: 'conflict', error });
    expect(
      autosaveStatus({ kind: 'saving', fingerprint: 'a' }, { ...now, problemCount: 2 }),
    ).toEqual({ kind: 'saving' });
    expect(
      autosaveStatus({ kind: 'error', error, fingerprint: 'a' }, { ...now, problemCount: 1 }),
    ).toEqual({ kind: 'blocked' });
    expect(autosaveStatus({ kind: 'error', error, fingerprint: 'a' }, now)).toEqual({
      kind: 'error',
      error,
    });
  });

  it('is quiet while amending (no autosave then)', () => {
    expect(autosaveStatus({ kind: 'idle', fingerprint: 'a' }, { ...now, enabled: false })).toEqual({
      kind: 'idle',
    });
  });
});

describe('clockTime', () => {
  it('shows the local time as hours and minutes', () => {
    expect(clockTime(new Date(2026, 10, 25, 14, 32, 59).toISOString())).toBe('14:32');
    expect(clockTime(new Date(2026, 10, 25, 9, 5).toISOString())).toBe('09:05');
    expect(clockTime('nonsense')).toBe('');
  });
});
