import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/shared/format';
import { StatusIcon, useErrorText } from '@web/shared/ui';
import { clockTime, type AutosaveStatus as Status } from '../utils/autosave';

interface AutosaveStatusProps {
  status: Status;
  /** The record as opened (null for a new talk): "Sist lagret …" until this visit saves. */
  opened: { updatedAt: string; updatedByName: string | null } | null;
  incompleteRows: number;
  onRetry: () => void;
}

/**
 * The autosave's state in words, in a polite live region so a screen reader
 * hears "Lagrer …" and "Lagret 14:32" without losing its place. It stays in
 * view while the leader scrolls (sticky), since it is what says the work is safe.
 */
export function AutosaveStatus({ status, opened, incompleteRows, onRetry }: AutosaveStatusProps) {
  const { t } = useTranslation();
  const errorText = useErrorText(status.kind === 'error' ? status.error : null);
  let text: string;
  let icon: 'success' | 'warning' | 'error' | null = null;
  switch (status.kind) {
    case 'saving':
      text = t('appraisals.autosave.saving');
      break;
    case 'saved':
      text = t('appraisals.autosave.saved', { time: clockTime(status.at) });
      icon = 'success';
      break;
    case 'pending':
      text = t('appraisals.autosave.pending');
      break;
    case 'blocked':
      text = t('appraisals.autosave.blocked');
      icon = 'warning';
      break;
    case 'error':
      text = t('appraisals.autosave.error', { reason: errorText });
      icon = 'error';
      break;
    case 'conflict':
      text = t('appraisals.autosave.conflict');
      icon = 'error';
      break;
    default:
      text = opened
        ? t('appraisals.autosave.lastSaved', {
            time: formatDateTime(opened.updatedAt),
            name: opened.updatedByName ?? '–',
          })
        : t('appraisals.autosave.idle');
  }
  const waiting =
    incompleteRows > 0 ? t('appraisals.autosave.incomplete', { count: incompleteRows }) : '';
  return (
    <div className={`autosave-status autosave-status--${status.kind}`}>
      <p role="status" aria-live="polite" className="autosave-status__text with-icon">
        {icon ? <StatusIcon kind={icon} /> : null}
        <span>{waiting ? `${text} ${waiting}` : text}</span>
      </p>
      {status.kind === 'error' ? (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('appraisals.autosave.retry')}
        </button>
      ) : null}
    </div>
  );
}
