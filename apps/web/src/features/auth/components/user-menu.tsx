import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useErrorText } from '@web/shared/ui';
import { useMe } from '../hooks/use-me';
import { useSignOut } from '../hooks/use-sign-out';
import { signInPath, SIGN_IN_ROUTE } from '../utils/sign-in-paths';
import type { SignInLocationState } from './sign-in-page';

/** The header's account area: who is signed in and "Logg ut", or a sign-in link. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut({
    onSignedOut: () => {
      const state: SignInLocationState = { signedOut: true };
      // Rendered at once (not as a transition), so the page being left is gone before the
      // cache forgets the user and a page that needs a session cannot redirect first.
      return navigate(`/${SIGN_IN_ROUTE}`, { state, flushSync: true });
    },
  });
  const signOutError = useErrorText(signOut.error);

  if (me.data === undefined) return null;
  if (me.data === null) {
    if (location.pathname === `/${SIGN_IN_ROUTE}`) return null;
    const here = `${location.pathname}${location.search}`;
    return (
      <div className="user-menu">
        <Link className="user-menu__sign-in" to={signInPath(here === '/' ? undefined : here)}>
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }
  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        {me.data.name}
      </span>
      <button
        type="button"
        className="user-menu__sign-out"
        aria-disabled={signOut.isPending || undefined}
        onClick={() => {
          if (!signOut.isPending) signOut.mutate();
        }}
      >
        {signOut.isPending ? t('auth.signingOut') : t('auth.signOut')}
      </button>
      {signOut.isError ? (
        <p role="alert" className="user-menu__error">
          {signOutError}
        </p>
      ) : null}
    </div>
  );
}
