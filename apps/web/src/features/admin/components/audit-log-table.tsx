import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatInteger, MISSING_VALUE } from '@web/shared/format';
import { TableScroll } from '@web/shared/ui';
import type { AuditEntry } from '../utils/admin-types';
import { auditActionId } from '../utils/audit-actions';
import { auditActor, auditChangeParts, refusalCount, shortSessionId } from '../utils/audit-entry';

/**
 * The employees feature's profile address (its `employeePath`). Spelled out
 * rather than imported: that feature imports this one (the log link and the
 * dialog on the profile), and features should not import each other in a circle.
 */
function employeeProfilePath(id: string): string {
  return `/ansatte/${encodeURIComponent(id)}`;
}

interface AuditLogTableProps {
  entries: readonly AuditEntry[];
  /** Whether the user may open employee profiles (leaders and HR; not the administrator). */
  linkEmployees: boolean;
}

export function AuditLogTable({ entries, linkEmployees }: AuditLogTableProps) {
  const { t } = useTranslation();
  const caption = t('admin.log.table.caption');
  return (
    <TableScroll label={caption}>
      <table className="data-table audit-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.log.table.time')}</th>
            <th scope="col">{t('admin.log.table.who')}</th>
            <th scope="col">{t('admin.log.table.action')}</th>
            <th scope="col">{t('admin.log.table.origin')}</th>
            <th scope="col" className="data-table__numeric">
              {t('admin.log.table.persons')}
            </th>
            <th scope="col">{t('admin.log.table.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.id} entry={entry} linkEmployees={linkEmployees} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function AuditRow({ entry, linkEmployees }: { entry: AuditEntry; linkEmployees: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const actionId = auditActionId(entry.action, entry.entityType);
  const parts = auditChangeParts(entry);
  const changeId = `audit-change-${entry.id}`;
  const actor = auditActor(entry);
  const refusal = refusalCount(entry);
  const session = shortSessionId(entry.sessionId);
  return (
    <>
      <tr>
        <td className="nowrap">
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        </td>
        <td className="audit-table__who">
          {actor.kind === 'email' ? (
            actor.email
          ) : (
            <span className="muted">
              {actor.kind === 'anonymous' ? t('admin.log.anonymous') : t('admin.log.system')}
            </span>
          )}
        </td>
        <td className="audit-table__action">
          {actionId ? t(`admin.log.actions.${actionId}`) : <code>{entry.action}</code>}
          {refusal !== null && refusal > 1 ? (
            <span className="cell-note">
              {t('admin.log.refusalCount', { formatted: formatInteger(refusal) })}
            </span>
          ) : null}
          {linkEmployees && entry.employeeId ? (
            <span className="cell-note">
              <Link to={employeeProfilePath(entry.employeeId)}>{t('admin.log.openEmployee')}</Link>
            </span>
          ) : null}
        </td>
        <td className="audit-table__origin">
          {entry.address ?? <span className="muted">{MISSING_VALUE}</span>}
          {session ? (
            <span className="cell-note">{t('admin.log.session', { id: session })}</span>
          ) : null}
        </td>
        <td className="data-table__numeric">
          {entry.employeeCount > 0 ? formatInteger(entry.employeeCount) : MISSING_VALUE}
        </td>
        <td>
          {parts.length === 0 ? (
            <span className="muted">{MISSING_VALUE}</span>
          ) : (
            <button
              type="button"
              className="button button--small button--secondary"
              aria-expanded={open}
              aria-controls={changeId}
              onClick={() => setOpen((current) => !current)}
            >
              {open ? t('admin.log.hideChange') : t('admin.log.showChange')}
            </button>
          )}
        </td>
      </tr>
      {parts.length > 0 ? (
        // A row of its own across the table, so the JSON has room even on a narrow screen.
        <tr id={changeId} className="audit-table__change" hidden={!open}>
          <td colSpan={6}>
            <div className="audit-change">
              {parts.map((part) => (
                <div key={part.kind}>
                  <p className="audit-change__label">{t(`admin.log.change.${part.kind}`)}</p>
                  <pre className="json-block">{part.text}</pre>
                </div>
              ))}
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}
