import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { Breadcrumbs, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useUser } from '../hooks/use-users';
import { adminPath } from '../utils/admin-paths';
import type { AdminUser } from '../utils/admin-types';
import { AssignRoleForm } from './assign-role-form';
import { EditUserForm } from './edit-user-form';
import { RoleList } from './role-list';

/** State the users page passes along after creating a user, so this page can confirm it. */
export interface UserPageState {
  created?: boolean;
}

/** `/admin/brukere/:id`: one user's details and their roles. */
export function UserPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const user = useUser(id);

  if (user.data === null) return <UserNotFound />;
  if (user.data) return <UserView user={user.data} onReload={() => user.refetch()} />;
  return (
    <PendingUser>
      {user.isError ? (
        <ErrorState
          error={user.error}
          retrying={user.isFetching}
          onRetry={() => void user.refetch()}
        />
      ) : (
        <LoadingState label={t('admin.user.loading')} />
      )}
    </PendingUser>
  );
}

function PendingUser({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.user.pendingTitle'));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('admin.title'), to: adminPath() },
          { label: t('admin.user.pendingTitle') },
        ]}
      />
      <PageHeading>{t('admin.user.pendingTitle')}</PageHeading>
      {children}
    </>
  );
}

function UserNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.user.notFound.title'));
  return (
    <>
      <PageHeading lead={t('admin.user.notFound.body')}>
        {t('admin.user.notFound.title')}
      </PageHeading>
      <p>
        <Link to={adminPath()}>{t('admin.user.notFound.back')}</Link>
      </p>
    </>
  );
}

function UserView({ user, onReload }: { user: AdminUser; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  useDocumentTitle(user.name);
  const created = (useLocation().state as UserPageState | null)?.created === true;
  // Bumped by "Last inn siste versjon": the form starts again from what is stored. Not keyed
  // on the version itself, which also changes when this form's own save succeeds.
  const [generation, setGeneration] = useState(0);

  return (
    <>
      <Breadcrumbs items={[{ label: t('admin.title'), to: adminPath() }, { label: user.name }]} />
      <PageHeading lead={user.email}>
        {user.name}
        {user.active ? null : (
          <span className="tag tag--inactive heading-tag">{t('admin.users.inactive')}</span>
        )}
      </PageHeading>
      {created ? (
        <p role="status" className="notice notice--success">
          {t('admin.createUser.created', { name: user.name })}
        </p>
      ) : null}

      <div className="split-even">
        <section aria-labelledby="user-details-heading" className="section panel">
          <h2 id="user-details-heading">{t('admin.editUser.heading')}</h2>
          <EditUserForm
            key={generation}
            user={user}
            onReload={() => void onReload().then(() => setGeneration((n) => n + 1))}
          />
        </section>
        <section aria-labelledby="user-roles-heading" className="section">
          <h2 id="user-roles-heading" tabIndex={-1}>
            {t('admin.roleList.heading')}
          </h2>
          <p className="section__intro">{t('admin.roleList.intro')}</p>
          <RoleList user={user} headingId="user-roles-heading" />
          <div className="panel">
            <AssignRoleForm user={user} />
          </div>
        </section>
      </div>
    </>
  );
}
