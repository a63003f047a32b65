import { useTranslation } from 'react-i18next';
import type { FigureLike } from '../utils/figure';

interface FigureTextProps {
  figure: FigureLike | null | undefined;
  format: (value: number) => string;
}

/**
 * A figure: "≈ 120" when it is rounded (with "avrundet" as text a screen reader reads), or
 * "skjult" with the reason where an older API hid it. Never 0 for a hidden figure.
 */
export function FigureText({ figure, format }: FigureTextProps) {
  if (!figure) return null;
  if (figure.suppressed) return <HiddenText reason={figure.reason} />;
  if (figure.value === null) return <>–</>;
  if (figure.rounded) return <RoundedText text={format(figure.value)} />;
  return <>{format(figure.value)}</>;
}

/** A formatted value, as "≈ …" when it is rounded. */
export function Value({ text, rounded }: { text: string; rounded: boolean }) {
  return rounded ? <RoundedText text={text} /> : <>{text}</>;
}

/** "≈ 120": the sign is decoration, the words are for screen readers. */
export function RoundedText({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <span className="figure-rounded">
      <span aria-hidden="true">≈ </span>
      {text}
      <span className="visually-hidden"> ({t('gaps.rounded')})</span>
    </span>
  );
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

/**
 * Under a table with an "expected" column: what it counts, and that the gap is reckoned
 * without it (people are holders only once they have completed).
 */
export function ExpectedNote() {
  const { t } = useTranslation();
  return <p className="table-note">{t('gaps.expectedNote')}</p>;
}
