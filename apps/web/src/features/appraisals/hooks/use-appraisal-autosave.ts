import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '@web/shared/graphql';
import type { AppraisalFormValues } from '../utils/appraisal-form-values';
import { contentFingerprint, toContentInput } from '../utils/appraisal-form-values';
import { draftProblems } from '../utils/appraisal-form-validation';
import {
  AUTOSAVE_DELAY_MS,
  autosaveStatus,
  nextSaveStep,
  type SaveOutcome,
} from '../utils/autosave';
import { useSaveAppraisalDraft } from './use-appraisal-mutations';

export interface SavedRecord {
  id: string;
  version: number;
}

interface AutosaveOptions {
  employeeId: string;
  cycleId: string;
  values: AppraisalFormValues;
  /** The record as opened: null for a new talk (the first save creates it). */
  saved: SavedRecord | null;
  /** Fingerprint of the content as opened, so opening alone never saves. */
  openedFingerprint: string;
  /** False while amending a signed-off record: that is saved only with a note. */
  enabled: boolean;
  delayMs?: number;
}

/**
 * Saves the draft a quiet moment after the last change (debounced), one
 * request at a time, and never over someone else's newer save: a CONFLICT
 * stops the autosave until the leader has chosen what to keep.
 */
export function useAppraisalAutosave({
  employeeId,
  cycleId,
  values,
  saved,
  openedFingerprint,
  enabled,
  delayMs = AUTOSAVE_DELAY_MS,
}: AutosaveOptions) {
  const { mutateAsync } = useSaveAppraisalDraft();
  const [outcome, setOutcome] = useState<SaveOutcome>({
    kind: 'idle',
    fingerprint: openedFingerprint,
  });
  // The request loop runs outside React's render; it reads and writes these.
  const record = useRef<SavedRecord | null>(saved);
  // The same, as state, for what the page shows (e.g. whether there is a draft to discard).
  const [savedRecord, setSavedRecord] = useState<SavedRecord | null>(saved);
  const savedFingerprint = useRef<string | null>(openedFingerprint);
  const inFlight = useRef<Promise<void> | null>(null);
  const conflict = useRef(false);
  const latest = useRef(values);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const fingerprint = useMemo(() => contentFingerprint(toContentInput(values).content), [values]);
  const problemCount = useMemo(() => Object.keys(draftProblems(values)).length, [values]);

  useEffect(() => {
    latest.current = values;
  }, [values]);

  const flush = useCallback(async (): Promise<boolean> => {
    for (;;) {
      const current = latest.current;
      const { content } = toContentInput(current);
      const sending = contentFingerprint(content);
      const step = nextSaveStep({
        conflict: conflict.current,
        problemCount: Object.keys(draftProblems(current)).length,
        fingerprint: sending,
        savedFingerprint: savedFingerprint.current,
        inFlight: inFlight.current !== null,
      });
      if (step === 'stop' || step === 'blocked') return false;
      if (step === 'unchanged') return true;
      if (step === 'wait') {
        await inFlight.current;
        continue;
      }
      setOutcome((previous) => ({ ...previous, kind: 'saving' }));
      let ok = true;
      const attempt = mutateAsync({
        employeeId,
        cycleId,
        version: record.current?.version ?? null,
        content,
      })
        .then((result) => {
          record.current = { id: result.id, version: result.version };
          setSavedRecord(record.current);
          savedFingerprint.current = sending;
          setOutcome({ kind: 'saved', at: result.updatedAt, fingerprint: sending });
        })
        .catch((error: unknown) => {
          ok = false;
          if (isApiError(error) && error.code === 'CONFLICT') conflict.current = true;
          setOutcome((previous) => ({
            kind: conflict.current ? 'conflict' : 'error',
            error,
            fingerprint: previous.fingerprint,
          }));
        });
      inFlight.current = attempt;
      await attempt;
      inFlight.current = null;
      if (!ok) return false;
      // Changes typed while the request was on its way are saved by the next round.
      if (latest.current === current) return true;
    }
  }, [employeeId, cycleId, mutateAsync]);

  // Every change restarts the quiet period; the save runs when it ends.
  useEffect(() => {
    if (!enabled || fingerprint === savedFingerprint.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void flush();
    }, delayMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [fingerprint, enabled, delayMs, flush]);

  /**
   * Saves now, e.g. before sign-off (a talk that was never changed is saved
   * too, since sign-off needs a record). Resolves with the record, or null
   * when it could not be saved (the status says why).
   */
  const saveNow = useCallback(async (): Promise<SavedRecord | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (record.current === null) savedFingerprint.current = null;
    const ok = await flush();
    return ok ? record.current : null;
  }, [flush]);

  // Leaving the page within the quiet period still saves what was typed.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
        void flush();
      }
    },
    [flush],
  );

  // Closing the tab or reloading with changes not saved yet: the browser asks first.
  const unsaved = enabled && (fingerprint !== outcome.fingerprint || outcome.kind === 'saving');
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  /**
   * Stops saving for good (the draft is being discarded): no timer, no save on
   * leaving. Resolves, once a save under way has answered, with the record as saved.
   */
  const stop = useCallback(async (): Promise<SavedRecord | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    conflict.current = true;
    if (inFlight.current) await inFlight.current;
    return record.current;
  }, []);

  /** The leader chose to keep their own version over the newer one: save it over that. */
  const overwrite = useCallback(
    async (newer: SavedRecord) => {
      record.current = newer;
      savedFingerprint.current = null;
      conflict.current = false;
      await flush();
    },
    [flush],
  );

  return {
    status: autosaveStatus(outcome, { fingerprint, problemCount, enabled }),
    saveNow,
    overwrite,
    /** The record as last saved (id and version); null before the first save. */
    record: savedRecord,
    stop,
  };
}
