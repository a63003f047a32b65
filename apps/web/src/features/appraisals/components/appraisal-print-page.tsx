import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { Breadcrumbs, EmptyState, ErrorState, LoadingState } from '@web/shared/ui';
import { useAppraisalDraft, useAppraisalSummary } from '../hooks/use-appraisal-queries';
import { appraisalPath, appraisalsPath, CYCLE_PARAM } from '../utils/appraisal-paths';
import { AppraisalNotFound } from './appraisal-not-found';

/**
 * `/samtaler/:employeeId/utskrift`: the summary the employee gets, as the API
 * words it (Norwegian, in the order of the guide), laid out for paper: the
 * print stylesheet hides everything but the summary.
 */
export function AppraisalPrintPage() {
  const { t } = useTranslation();
  const employeeId = useParams().employeeId ?? '';
  const [params] = useSearchParams();
  const cycleId = params.get(CYCLE_PARAM);
  const draft = useAppraisalDraft(employeeId, cycleId);
  const appraisalId = draft.data?.appraisal?.id ?? null;
  const summary = useAppraisalSummary(appraisalId);

  if (draft.data === null || summary.data === null) return <AppraisalNotFound />;
  const backTo = appraisalPath(employeeId, cycleId);

  if (draft.data && !appraisalId) {
    return (
      <PrintFrame backTo={backTo} title={t('appraisals.print.pendingTitle')}>
        <EmptyState>{t('appraisals.print.notSaved')}</EmptyState>
      </PrintFrame>
    );
  }
  if (!summary.data) {
    const failed = draft.isError ? draft : summary.isError ? summary : null;
    return (
      <PrintFrame backTo={backTo} title={t('appraisals.print.pendingTitle')}>
        {failed ? (
          <ErrorState
            error={failed.error}
            retrying={failed.isFetching}
            onRetry={() => void failed.refetch()}
          />
        ) : (
          <LoadingState label={t('appraisals.print.loading')} />
        )}
      </PrintFrame>
    );
  }

  const data = summary.data;
  return (
    <PrintFrame backTo={backTo} title={data.title} name={data.employeeName} ready>
      <article className="print-summary" aria-labelledby="print-title">
        {data.sections.map((section, position) => (
          <section key={position} className="print-summary__section">
            <h2>{section.heading}</h2>
            <ul>
              {section.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </section>
        ))}
        <div className="print-summary__signatures" aria-hidden="true">
          <p>{t('appraisals.print.signatureEmployee')}</p>
          <p>{t('appraisals.print.signatureLeader')}</p>
        </div>
      </article>
    </PrintFrame>
  );
}

function PrintFrame({
  backTo,
  title,
  name,
  ready = false,
  children,
}: {
  backTo: string;
  title: string;
  name?: string;
  ready?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(name ? t('appraisals.print.documentTitle', { name }) : title);
  return (
    <div className="print-page">
      <div className="no-print">
        <Breadcrumbs
          items={[
            { label: t('appraisals.progress.title'), to: appraisalsPath() },
            { label: name ?? t('appraisals.form.pendingTitle'), to: backTo },
            { label: t('appraisals.print.crumb') },
          ]}
        />
      </div>
      <div className="page-heading">
        <h1 id="print-title" className="page-heading__title" tabIndex={-1}>
          {title}
        </h1>
      </div>
      {ready ? (
        <div className="button-row no-print print-actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('appraisals.print.print')}
          </button>
          <Link to={backTo}>{t('appraisals.print.back')}</Link>
        </div>
      ) : null}
      {children}
    </div>
  );
}
