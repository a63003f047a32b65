import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@web/shared/graphql';
import { useErrorText } from '@web/shared/ui';
import { useDeleteRequirement, type DeleteTarget } from '../hooks/use-requirement-mutations';

interface DeleteRequirementButtonProps {
  target: DeleteTarget;
  /** Names the requirement in the button and question, e.g. "HLR, Hjemmetjenesten". */
  label: string;
  onDeleted: () => void;
}

/**
 * "Slett", then a confirmation in place (focus moves to it). A change made by someone else
 * meanwhile is a conflict: nothing is deleted, the list is refetched and the user told so.
 */
export function DeleteRequirementButton({
  target,
  label,
  onDeleted,
}: DeleteRequirementButtonProps) {
  const { t } = useTranslation();
  const remove = useDeleteRequirement();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const errorText = useErrorText(remove.error);
  const conflict = isApiError(remove.error) && remove.error.code === 'CONFLICT';

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={startRef}
        type="button"
        className="button button--small button--secondary"
        aria-label={t('requirements.delete.start', { label })}
        onClick={() => {
          remove.reset();
          setConfirming(true);
        }}
      >
        {t('requirements.delete.button')}
      </button>
    );
  }
  return (
    <div
      className="inline-confirm"
      role="group"
      aria-label={t('requirements.delete.question', { label })}
    >
      <p className="inline-confirm__question">{t('requirements.delete.question', { label })}</p>
      {remove.isError ? (
        <p role="alert" className="field__error">
          {conflict ? t('requirements.delete.conflict') : errorText}
        </p>
      ) : null}
      <div className="button-row">
        <button
          ref={confirmRef}
          type="button"
          className="button button--small button--danger"
          aria-disabled={remove.isPending || undefined}
          onClick={() => {
            if (remove.isPending) return;
            remove.mutate(target, { onSuccess: onDeleted });
          }}
        >
          {remove.isPending ? t('requirements.delete.deleting') : t('requirements.delete.confirm')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            setConfirming(false);
            // Back to where the user was.
            setTimeout(() => startRef.current?.focus(), 0);
          }}
        >
          {t('requirements.delete.cancel')}
        </button>
      </div>
    </div>
  );
}
