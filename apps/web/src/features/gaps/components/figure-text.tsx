import { useTranslation } from 'react-i18next';
import type { FigureLike } from '../utils/figure';

interface FigureTextProps {
  figure: FigureLike | null | undefined;
  format: (value: number) => string;
}

/**
 * A figure, or "skjult" with the reason as text a screen reader reads (a tooltip alone
 * would not reach keyboard and screen-reader users). Never 0 for a hidden figure.
 */
export function FigureText({ figure, format }: FigureTextProps) {
  if (!figure) return null;
  if (figure.suppressed) return <HiddenText reason={figure.reason} />;
  return <>{figure.value === null ? '–' : format(figure.value)}</>;
}

export function HiddenText({ reason }: { reason: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <span className="gap-hidden" title={reason ?? undefined}>
      {t('gaps.hidden')}
      {reason ? <span className="visually-hidden"> ({reason})</span> : null}
    </span>
  );
}

/** Under a table with hidden figures: what "skjult" means, in words everyone sees. */
export function HiddenNote({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return <p className="table-note">{t('gaps.hiddenNote', { reasons: reasons.join(' · ') })}</p>;
}
