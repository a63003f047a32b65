import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { PageHeading } from '@web/shared/ui';
import type { CurrentUser } from '../utils/access';

/** Shown instead of a page the user's roles may not use. */
export function NoAccessPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.title'));
  return (
    <>
      <PageHeading lead={t('noAccess.body', { name: user.name })}>
        {t('noAccess.title')}
      </PageHeading>
      <p>{t('noAccess.help')}</p>
      <p>
        <Link to="/">{t('noAccess.home')}</Link>
      </p>
    </>
  );
}
