import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole, useMe } from '@web/features/auth';
import { MeasureActionContext, type GapMeasureSource } from '@web/features/gaps';
import { newMeasurePath } from '../utils/plan-paths';
import { PLANNING_ROLES } from '../utils/plan-access';

/**
 * "Lag tiltak" on a gap row, a mobilisation pair or the expiring certificates: opens the
 * measure editor filled in by the API from that source. `label` names the row for screen
 * readers ("Lag tiltak: HLR, Hjemmetjenesten Gjøvik").
 */
function MakeMeasureLink({ source, label }: { source: GapMeasureSource; label: string }) {
  const { t } = useTranslation();
  return (
    <Link to={newMeasurePath(source)} aria-label={label} className="make-measure">
      {t('plans.makeMeasure')}
    </Link>
  );
}

/** Gives the gap views their "Lag tiltak" links, for users who plan somewhere. */
export function MeasureActionProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const action = hasAnyRole(me.data, PLANNING_ROLES)
    ? (source: GapMeasureSource, label: string) => <MakeMeasureLink source={source} label={label} />
    : null;
  return <MeasureActionContext.Provider value={action}>{children}</MeasureActionContext.Provider>;
}
