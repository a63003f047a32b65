import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '@web/shared/ui';
import { useMe } from '../hooks/use-me';
import { can, type Capability } from '../utils/access';
import { signInPath } from '../utils/sign-in-paths';
import { NoAccessPage } from './no-access-page';

/**
 * Route element for pages that need a session: signed-out visitors go to the
 * sign-in page (and come back afterwards), signed-in users without a role
 * that may use the page get a clear "no access" page instead of an error.
 */
export function RequireAccess({ capability }: { capability: Capability }) {
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
  if (!can(me.data, capability)) return <NoAccessPage user={me.data} />;
  return <Outlet />;
}
