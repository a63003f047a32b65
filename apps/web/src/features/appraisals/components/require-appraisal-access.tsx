import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { NoAccessPage, signInPath, useMe } from '@web/features/auth';
import { ErrorState, LoadingState } from '@web/shared/ui';
import { canUseAppraisals, type AppraisalAccess } from '../utils/appraisal-access';

/**
 * Route element for the appraisal pages, as the auth feature's RequireAccess
 * does for its capabilities: signed-out visitors go to sign in and come back,
 * signed-in users without a role that may use the page get "Ingen tilgang".
 */
export function RequireAppraisalAccess({ access }: { access: AppraisalAccess }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.data === null) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  if (me.data === undefined) {
    return me.isError ? (
      <ErrorState error={me.error} retrying={me.isFetching} onRetry={() => void me.refetch()} />
    ) : (
      <LoadingState label={t('auth.checking')} />
    );
  }
  if (!canUseAppraisals(me.data, access)) return <NoAccessPage user={me.data} />;
  return <Outlet />;
}
