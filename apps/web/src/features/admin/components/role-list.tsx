import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, EmptyState, TableScroll, useErrorText } from '@web/shared/ui';
import { useRemoveRole } from '../hooks/use-user-mutations';
import { useRoleText, useScopeText } from '../hooks/use-role-text';
import type { AdminUser, UserRoleItem } from '../utils/admin-types';

interface RoleListProps {
  user: AdminUser;
  /** Where focus goes once a removed role's row (and its button) is gone. */
  headingId: string;
}

/** The user's roles with where each is held; a role is removed after a confirmation. */
export function RoleList({ user, headingId }: RoleListProps) {
  const { t } = useTranslation();
  const roleText = useRoleText();
  const scopeText = useScopeText();
  const remove = useRemoveRole();
  const removeError = useErrorText(remove.error);
  const [confirming, setConfirming] = useState<UserRoleItem | null>(null);
  const [status, setStatus] = useState('');
  const caption = t('admin.roleList.caption', { name: user.name });

  const onConfirm = () => {
    if (!confirming || remove.isPending) return;
    const removed = roleText(confirming.role, confirming.scopeName);
    remove.mutate(confirming.id, {
      onSuccess: () => {
        setConfirming(null);
        setStatus(t('admin.roleList.removed', { role: removed }));
      },
    });
  };

  return (
    <>
      <p role="status" className="form__status">
        {status}
      </p>
      {user.roles.length === 0 ? (
        <EmptyState>{t('admin.roleList.none')}</EmptyState>
      ) : (
        <TableScroll label={caption}>
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.roleList.role')}</th>
                <th scope="col">{t('admin.roleList.scope')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.roleList.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {user.roles.map((role) => (
                <tr key={role.id}>
                  <th scope="row">{t(`admin.roles.${role.role}`)}</th>
                  <td>{scopeText(role.role, role.scopeName)}</td>
                  <td className="data-table__numeric">
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      aria-label={t('admin.roleList.removeLabel', {
                        role: roleText(role.role, role.scopeName),
                      })}
                      onClick={() => {
                        remove.reset();
                        setStatus('');
                        setConfirming(role);
                      }}
                    >
                      {t('admin.roleList.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <Dialog
        open={confirming !== null}
        title={t('admin.roleList.confirmTitle')}
        fallbackFocusId={headingId}
        onClose={() => {
          if (!remove.isPending) setConfirming(null);
        }}
      >
        {confirming ? (
          <>
            <p>
              {t('admin.roleList.confirmBody', {
                name: user.name,
                role: roleText(confirming.role, confirming.scopeName),
              })}
            </p>
            {remove.isError ? (
              <div role="alert" className="form__error">
                <p>{removeError}</p>
              </div>
            ) : null}
            <div className="button-row dialog__actions">
              <button
                type="button"
                className="button button--danger"
                aria-disabled={remove.isPending || undefined}
                onClick={onConfirm}
              >
                {remove.isPending ? t('admin.roleList.removing') : t('admin.roleList.confirm')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  if (!remove.isPending) setConfirming(null);
                }}
              >
                {t('admin.roleList.cancel')}
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
