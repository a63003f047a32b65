import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@web/shared/forms';
import { errorMessage } from '@web/shared/graphql';
import type { SavedRecord } from '../hooks/use-appraisal-autosave';
import { useDiscardAppraisalDraft } from '../hooks/use-appraisal-mutations';

interface DiscardDraftProps {
  hasRecord: boolean;
  /** Stops the autosave and resolves with the record as saved. */
  stopAutosave: () => Promise<SavedRecord | null>;
  /** After a failed discard: open the talk afresh, with its autosave. */
  resumeAutosave: () => void;
  onDiscarded: () => void;
}

/**
 * Deletes a draft (a signed-off record can never be deleted). Two steps, both
 * plain buttons, so a stray tap cannot throw away a talk.
 */
export function DiscardDraft({
  hasRecord,
  stopAutosave,
  resumeAutosave,
  onDiscarded,
}: DiscardDraftProps) {
  const { t } = useTranslation();
  const discard = useDiscardAppraisalDraft();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<'confirm' | 'start' | null>(null);

  useEffect(() => {
    if (focus === 'confirm') confirmRef.current?.focus();
    if (focus === 'start') startRef.current?.focus();
  }, [focus, confirming]);

  if (!hasRecord) return null;

  const onConfirm = async () => {
    if (discard.isPending) return;
    const record = await stopAutosave();
    if (!record) {
      onDiscarded();
      return;
    }
    discard.mutate(record, {
      onSuccess: onDiscarded,
      onError: (error) => setFailed(error),
    });
  };

  return (
    <div className="discard-draft">
      {failed ? (
        <>
          <ErrorSummary errors={[errorMessage(failed)]} />
          <button type="button" className="button button--secondary" onClick={resumeAutosave}>
            {t('appraisals.discard.reopen')}
          </button>
        </>
      ) : confirming ? (
        <div role="group" aria-labelledby="discard-question" className="button-row">
          <p id="discard-question" className="discard-draft__question">
            {t('appraisals.discard.question')}
          </p>
          <button
            ref={confirmRef}
            type="button"
            className="button button--danger"
            aria-disabled={discard.isPending || undefined}
            onClick={() => void onConfirm()}
          >
            {t('appraisals.discard.confirm')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setConfirming(false);
              setFocus('start');
            }}
          >
            {t('appraisals.discard.keep')}
          </button>
        </div>
      ) : (
        <button
          ref={startRef}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(true);
            setFocus('confirm');
          }}
        >
          {t('appraisals.discard.start')}
        </button>
      )}
    </div>
  );
}
