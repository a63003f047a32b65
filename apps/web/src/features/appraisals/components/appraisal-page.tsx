import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { employeePath } from '@web/features/employees';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { localIsoDate } from '@web/shared/format';
import { Breadcrumbs, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useAppraisalCatalogue, useAppraisalDraft } from '../hooks/use-appraisal-queries';
import { appraisalPrintPath, appraisalsPath, CYCLE_PARAM } from '../utils/appraisal-paths';
import type { AppraisalCompetence, AppraisalDraft } from '../utils/appraisal-types';
import { buildCompetenceIndex } from '../utils/competence-index';
import { AppraisalForm } from './appraisal-form';
import { AppraisalNotFound } from './appraisal-not-found';
import { NextAppraisal } from './next-appraisal';
import { AppraisalReadOnly } from './appraisal-read-only';

/** `/samtaler/:employeeId`: this cycle's talk with one employee, from first draft to sign-off. */
export function AppraisalPage() {
  const { t } = useTranslation();
  const employeeId = useParams().employeeId ?? '';
  const [params] = useSearchParams();
  const cycleId = params.get(CYCLE_PARAM);
  const draft = useAppraisalDraft(employeeId, cycleId);
  const catalogue = useAppraisalCatalogue();

  if (draft.data === null) return <AppraisalNotFound />;
  if (draft.data && catalogue.data) {
    return <AppraisalView draft={draft.data} catalogue={catalogue.data} refetch={draft.refetch} />;
  }
  const failed = draft.isError ? draft : catalogue.isError ? catalogue : null;
  return (
    <PendingAppraisal>
      {failed ? (
        <ErrorState
          error={failed.error}
          retrying={failed.isFetching}
          onRetry={() => void failed.refetch()}
        />
      ) : (
        <LoadingState label={t('appraisals.form.loading')} />
      )}
    </PendingAppraisal>
  );
}

function PendingAppraisal({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('appraisals.form.pendingTitle'));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('appraisals.progress.title'), to: appraisalsPath() },
          { label: t('appraisals.form.pendingTitle') },
        ]}
      />
      <PageHeading>{t('appraisals.form.pendingTitle')}</PageHeading>
      {children}
    </>
  );
}

type Mode = 'edit' | 'amend';

function AppraisalView({
  draft,
  catalogue,
  refetch,
}: {
  draft: AppraisalDraft;
  catalogue: readonly AppraisalCompetence[];
  refetch: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { employee, cycle } = draft;
  const title = t('appraisals.form.title', { name: employee.fullName });
  useDocumentTitle(title);
  // The page's idea of "today" must not shift while it is open.
  const today = useMemo(() => localIsoDate(), []);
  const index = useMemo(
    () =>
      buildCompetenceIndex(catalogue, [
        draft.content,
        draft.appraisal?.content,
        draft.previous?.content,
      ]),
    [catalogue, draft],
  );
  const [mode, setMode] = useState<Mode>('edit');
  // A new session remounts the form with what is saved now (after a conflict or an amendment).
  const [session, setSession] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  // set when this page signed the talk: then the next person is offered
  const [justSigned, setJustSigned] = useState(false);

  const signed = draft.appraisal?.status === 'COMPLETED';
  const lead = [employee.positionTitle, employee.unit.name, cycle.name].filter(Boolean).join(' · ');

  const reload = () => {
    setReloading(true);
    void refetch().finally(() => {
      setReloading(false);
      setSession((current) => current + 1);
    });
  };

  const done = (text: string) => {
    if (!signed) setJustSigned(true);
    setMode('edit');
    setMessage(text);
    setSession((current) => current + 1);
    window.scrollTo({ top: 0 });
    document.querySelector<HTMLElement>('h1')?.focus();
  };

  let body: ReactNode;
  if (reloading) {
    body = <LoadingState label={t('appraisals.form.loading')} />;
  } else if (signed && mode === 'edit' && draft.appraisal) {
    body = (
      <AppraisalReadOnly
        record={draft.appraisal}
        index={index}
        employeeId={employee.id}
        cycleId={cycle.id}
        onAmend={() => {
          setMessage(null);
          setMode('amend');
        }}
      />
    );
  } else {
    body = (
      <AppraisalForm
        key={`${session}-${mode}`}
        draft={draft}
        index={index}
        mode={signed ? 'amend' : 'draft'}
        today={today}
        onReload={reload}
        onCancelAmend={() => setMode('edit')}
        onDone={done}
        onDiscarded={() => void navigate(appraisalsPath())}
      />
    );
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('appraisals.progress.title'), to: appraisalsPath() },
          { label: employee.fullName },
        ]}
      />
      <PageHeading lead={lead}>{title}</PageHeading>
      <p className="appraisal-links">
        <Link to={employeePath(employee.id)}>{t('appraisals.form.profileLink')}</Link>
        {draft.appraisal && !signed ? (
          <Link to={appraisalPrintPath(employee.id, cycle.id)}>
            {t('appraisals.form.printLink')}
          </Link>
        ) : null}
      </p>
      <p role="status" className="form__status">
        {message ?? ''}
      </p>
      {justSigned && signed ? (
        <NextAppraisal
          cycleId={cycle.id}
          signed={{ employeeId: employee.id, unitId: employee.unit.id }}
        />
      ) : null}
      {body}
    </>
  );
}
