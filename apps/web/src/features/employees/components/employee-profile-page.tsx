import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { appraisalPath } from '@web/features/appraisals';
import { can, isHrFor, useMe } from '@web/features/auth';
import { useCompetences } from '@web/features/competences';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { localIsoDate } from '@web/shared/format';
import { Breadcrumbs, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useEmployee } from '../hooks/use-employee';
import { employeesPath } from '../utils/employee-paths';
import type { EmployeeProfile } from '../utils/employee-types';
import { certificatesNeedingAttention } from '../utils/expiry';
import { AddQualificationForm } from './add-qualification-form';
import { AssessmentHistory } from './assessment-history';
import { CertificateAlerts } from './certificate-alerts';
import { EmployeeErased, type EmployeeProfileState } from './employee-erased';
import { EmployeeFacts } from './employee-facts';
import { EmployeeNotFound } from './employee-not-found';
import { FormalCompetence } from './formal-competence';
import { InformalCompetence } from './informal-competence';
import { PrivacySection } from './privacy-section';
import { RealkompetanseTable } from './realkompetanse-table';
import { RecordAssessmentForm } from './record-assessment-form';

/** `/ansatte/:id`: one employee's competence, formal and informal, with history. */
export function EmployeeProfilePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const employee = useEmployee(id);
  const erased = (useLocation().state as EmployeeProfileState | null)?.erased === true;

  if (employee.data === null) return erased ? <EmployeeErased /> : <EmployeeNotFound />;
  if (employee.data) return <EmployeeProfileView employee={employee.data} />;
  return (
    <PendingProfile>
      {employee.isError ? (
        <ErrorState
          error={employee.error}
          retrying={employee.isFetching}
          onRetry={() => void employee.refetch()}
        />
      ) : (
        <LoadingState label={t('employee.loading')} />
      )}
    </PendingProfile>
  );
}

function PendingProfile({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('employee.pendingTitle'));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('employees.title'), to: employeesPath() },
          { label: t('employee.pendingTitle') },
        ]}
      />
      <PageHeading>{t('employee.pendingTitle')}</PageHeading>
      {children}
    </>
  );
}

function EmployeeProfileView({ employee }: { employee: EmployeeProfile }) {
  const { t } = useTranslation();
  useDocumentTitle(employee.fullName);
  const me = useMe();
  // Computed once per visit: the page's idea of "today" must not shift while it is open.
  const today = useMemo(() => localIsoDate(), []);
  const canRecord = can(me.data, 'recordAssessments');
  const canAddQualification = isHrFor(me.data, employee.municipality.id);
  const competences = useCompetences();
  const alerts = useMemo(
    () => certificatesNeedingAttention(employee.qualifications, today),
    [employee.qualifications, today],
  );

  const lead = [employee.positionTitle, employee.unit.name, employee.municipality.name]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <Breadcrumbs
        items={[{ label: t('employees.title'), to: employeesPath() }, { label: employee.fullName }]}
      />
      <PageHeading lead={lead}>
        {employee.fullName}
        {employee.active ? null : (
          <span className="tag tag--inactive heading-tag">{t('employees.inactive')}</span>
        )}
      </PageHeading>

      <section aria-labelledby="facts-heading" className="section">
        <h2 id="facts-heading" className="visually-hidden">
          {t('employee.facts.heading')}
        </h2>
        <EmployeeFacts employee={employee} />
      </section>

      {canRecord ? (
        <p className="profile-appraisal-link">
          <Link to={appraisalPath(employee.id)}>{t('appraisals.profileLink')}</Link>
        </p>
      ) : null}

      <CertificateAlerts items={alerts} />

      <section aria-labelledby="real-heading" className="section">
        <h2 id="real-heading">{t('employee.real.heading')}</h2>
        <p className="section__intro">{t('employee.real.intro')}</p>
        <RealkompetanseTable statuses={employee.competences} today={today} />
      </section>

      <div className="split-even">
        <section aria-labelledby="formal-heading" className="section panel">
          <h2 id="formal-heading">{t('employee.formal.heading')}</h2>
          <FormalCompetence qualifications={employee.qualifications} today={today} />
        </section>
        <section aria-labelledby="informal-heading" className="section panel">
          <h2 id="informal-heading">{t('employee.informal.heading')}</h2>
          <InformalCompetence
            employeeId={employee.id}
            statuses={employee.competences}
            assessments={employee.assessments}
            canConfirm={canRecord}
          />
        </section>
      </div>

      {canRecord || canAddQualification ? (
        <section aria-labelledby="actions-heading" className="section">
          <h2 id="actions-heading">{t('employee.actions.heading')}</h2>
          {competences.data ? (
            <div className="split-even">
              {canRecord ? (
                <div className="panel">
                  <RecordAssessmentForm
                    employeeId={employee.id}
                    employeeName={employee.fullName}
                    competences={competences.data}
                    today={today}
                  />
                </div>
              ) : null}
              {canAddQualification ? (
                <div className="panel">
                  <AddQualificationForm
                    employeeId={employee.id}
                    competences={competences.data}
                    today={today}
                  />
                </div>
              ) : null}
            </div>
          ) : competences.isError ? (
            <ErrorState
              error={competences.error}
              retrying={competences.isFetching}
              onRetry={() => void competences.refetch()}
            />
          ) : (
            <LoadingState label={t('employee.actions.loading')} />
          )}
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="section">
        <h2 id="history-heading">{t('employee.history.heading')}</h2>
        <AssessmentHistory assessments={employee.assessments} />
      </section>

      {/* Access and erasure requests are answered by HR in the employee's municipality. */}
      {isHrFor(me.data, employee.municipality.id) ? <PrivacySection employee={employee} /> : null}
    </>
  );
}
