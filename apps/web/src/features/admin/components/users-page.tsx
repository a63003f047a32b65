import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { EmptyState, PageHeading, QueryPending, TableScroll } from '@web/shared/ui';
import { useRoleText } from '../hooks/use-role-text';
import { useUsers } from '../hooks/use-users';
import { adminUserPath } from '../utils/admin-paths';
import type { AdminUser } from '../utils/admin-types';
import { AdminTabs } from './admin-tabs';
import { CreateUserForm } from './create-user-form';
import type { UserPageState } from './user-page';

/** `/admin`: the region's users with their roles, and a form for a new one. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  const users = useUsers();
  const navigate = useNavigate();

  let list;
  if (users.data) {
    list =
      users.data.length === 0 ? (
        <EmptyState>{t('admin.users.empty')}</EmptyState>
      ) : (
        <UserTable users={users.data} />
      );
  } else {
    list = <QueryPending query={users} loadingLabel={t('admin.users.loading')} />;
  }

  return (
    <>
      <PageHeading lead={t('admin.lead')}>{t('admin.title')}</PageHeading>
      <AdminTabs />
      <div className="split">
        <section aria-labelledby="users-heading" className="section">
          <h2 id="users-heading">{t('admin.users.heading')}</h2>
          {list}
        </section>
        <section aria-labelledby="new-user-heading" className="section panel">
          <h2 id="new-user-heading">{t('admin.createUser.heading')}</h2>
          <CreateUserForm
            onCreated={(user) => {
              // The next step is a role: without one the user sees only the public pages.
              const state: UserPageState = { created: true };
              void navigate(adminUserPath(user.id), { state });
            }}
          />
        </section>
      </div>
    </>
  );
}

function UserTable({ users }: { users: readonly AdminUser[] }) {
  const { t } = useTranslation();
  const roleText = useRoleText();
  const caption = t('admin.users.table.caption');
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.table.name')}</th>
            <th scope="col">{t('admin.users.table.roles')}</th>
            <th scope="col">{t('admin.users.table.signIn')}</th>
            <th scope="col">{t('admin.users.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                <Link to={adminUserPath(user.id)}>{user.name}</Link>
                <span className="cell-note">{user.email}</span>
              </th>
              <td>
                {user.roles.length === 0 ? (
                  <span className="muted">{t('admin.users.noRoles')}</span>
                ) : (
                  <ul className="plain-list">
                    {user.roles.map((role) => (
                      <li key={role.id}>{roleText(role.role, role.scopeName)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{user.hasPassword ? t('admin.users.password') : t('admin.users.ssoOnly')}</td>
              <td>
                {user.active ? (
                  t('admin.users.active')
                ) : (
                  <span className="tag tag--inactive">{t('admin.users.inactive')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
