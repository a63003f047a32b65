import { useTranslation } from 'react-i18next';
import { formatInteger } from '@web/shared/format';
import type { SignOffEffects as Effects } from '../utils/appraisal-form-summary';

/** What signing will change in the competence picture, so nothing comes as a surprise. */
export function SignOffEffects({ effects }: { effects: Effects }) {
  const { t } = useTranslation();
  const count = (value: number) => ({ count: value, formatted: formatInteger(value) });
  return (
    <div className="notice sign-off-effects">
      <p className="notice__title">{t('appraisals.effects.heading')}</p>
      <ul className="notice__list">
        <li>{t('appraisals.effects.assessments', count(effects.assessments))}</li>
        <li>{t('appraisals.effects.developmentItems', count(effects.developmentItems))}</li>
        <li>
          {effects.directoryTopics === 0
            ? t('appraisals.effects.noDirectory')
            : effects.namedInDirectory
              ? t('appraisals.effects.directoryNamed', count(effects.directoryTopics))
              : t('appraisals.effects.directoryAnonymous', count(effects.directoryTopics))}
        </li>
      </ul>
    </div>
  );
}
