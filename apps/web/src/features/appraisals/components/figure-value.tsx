import { useTranslation } from 'react-i18next';
import { formatInteger } from '@web/shared/format';
import type { AppraisalFigure } from '../utils/appraisal-types';

interface FigureValueProps {
  figure: AppraisalFigure;
  /** k, for the reason "færre enn 5 personer". */
  minGroupSize: number;
}

/**
 * A number ("≈ 120" when it is rounded, with "avrundet" for screen readers), or "skjult" with
 * the reason where an older API hid it: a hidden figure is never shown as 0.
 */
export function FigureValue({ figure, minGroupSize }: FigureValueProps) {
  if (!figure.suppressed && figure.value !== null) {
    return figure.rounded ? (
      <RoundedNumber text={formatInteger(figure.value)} />
    ) : (
      <>{formatInteger(figure.value)}</>
    );
  }
  return (
    <HiddenFigure
      reasonCode={figure.reasonCode ?? null}
      reason={figure.reason ?? null}
      minGroupSize={minGroupSize}
    />
  );
}

/** "≈ 120": the sign is decoration, the words are for screen readers. */
export function RoundedNumber({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <span className="figure-rounded">
      <span aria-hidden="true">≈ </span>
      {text}
      <span className="visually-hidden"> ({t('appraisals.figures.rounded')})</span>
    </span>
  );
}

interface HiddenFigureProps {
  reasonCode: string | null;
  /** The API's Norwegian reason, used when the code is one this app does not know. */
  reason: string | null;
  /** k; null where the API does not say (the reason then says "too few"). */
  minGroupSize: number | null;
}

export function HiddenFigure({ reasonCode, reason, minGroupSize }: HiddenFigureProps) {
  const { t } = useTranslation();
  const why =
    reasonCode === 'FEWER_THAN_K'
      ? minGroupSize === null
        ? t('appraisals.figures.tooFew')
        : t('appraisals.figures.fewerThanK', { k: minGroupSize })
      : reasonCode === 'COMPLEMENTARY'
        ? t('appraisals.figures.complementary')
        : (reason ?? t('appraisals.figures.hiddenUnknown'));
  return (
    <span className="figure-hidden">
      <span className="figure-hidden__label">{t('appraisals.figures.hidden')}</span>{' '}
      <span className="figure-hidden__reason">({why})</span>
    </span>
  );
}
