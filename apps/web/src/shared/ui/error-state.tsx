import { useTranslation } from 'react-i18next';
import { useErrorText } from './use-error-text';

interface ErrorStateProps {
  error: unknown;
  /** Shows a "Prøv igjen" button that calls this. */
  onRetry?: () => void;
  /** While a retry runs the button stays focusable but does nothing. */
  retrying?: boolean;
}

export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const text = useErrorText(error);
  return (
    <div role="alert" className="state state--error">
      <p className="state__title">{t('errors.heading')}</p>
      <p>{text}</p>
      {onRetry ? (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={retrying || undefined}
          onClick={() => {
            if (!retrying) onRetry();
          }}
        >
          {retrying ? t('common.retrying') : t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
