import { useTranslation } from 'react-i18next';
import { useOidcConfig } from '../hooks/use-oidc-config';
import { ssoLoginPath } from '../utils/sso';

/**
 * "Logg inn med …" beside the password form, when the API has single sign-on
 * configured. A plain link: the browser goes to the identity provider and
 * comes back to `next` signed in.
 */
export function SsoSignIn({ next }: { next: string }) {
  const { t } = useTranslation();
  const config = useOidcConfig();
  if (!config.data?.enabled) return null;
  return (
    <div className="sso-sign-in">
      <p className="sso-sign-in__or">{t('signIn.sso.or')}</p>
      <a className="button button--secondary" href={ssoLoginPath(next)}>
        {config.data.label ?? t('signIn.sso.defaultLabel')}
      </a>
    </div>
  );
}
