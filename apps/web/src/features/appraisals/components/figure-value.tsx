import { useTranslation } from 'react-i18next';
import { formatInteger } from '@web/shared/format';
import type { AppraisalFigure } from '../utils/appraisal-types';

interface FigureValueProps {
  figure: AppraisalFigure;
  /** k, for the reason "færre enn 5 personer". */
  minGroupSize: number;
}

/**
 * A number, or "skjult" with the reason when the group is too small for the
 * user to see: a hidden figure is never shown as 0.
 */
export function FigureValue({ figure, minGroupSize }: FigureValueProps) {
  if (!figure.suppressed && figure.value !== null) return <>{formatInteger(figure.value)}</>;
  return (
    <HiddenFigure
      reasonCode={figure.reasonCode ?? null}
      reason={figure.reason ?? null}
      minGroupSize={minGroupSize}
    />
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
