import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { NoAccessPage } from '@web/features/auth';
import type { StaffingRequirementFieldsFragment } from '@web/gql/graphql';
import { ErrorState, LoadingState } from '@web/shared/ui';
import { useStaffingRequirement } from '../hooks/use-requirements';
import { canChangeAnything, canChangeUnit } from '../utils/requirement-access';
import { requirementsPath, unitRequirementsPath } from '../utils/requirement-paths';
import { newStaffingValues, staffingValues } from '../utils/staffing-form-values';
import { EditorFrame, useChangeOptions } from './requirement-editor-pages';
import type { RequirementSavedState } from './requirements-page';
import { StaffingForm } from './staffing-form';

function useSavedNavigation() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (
    saved: RequirementSavedState['saved'],
    requirement: StaffingRequirementFieldsFragment,
  ) => {
    const state: RequirementSavedState = {
      saved,
      label: t('requirements.list.rowLabel', {
        competence: t('requirements.professionOption', {
          code: requirement.professionCode,
          name: requirement.professionName ?? requirement.professionCode,
        }),
        unit: requirement.unit.name,
      }),
    };
    void navigate(unitRequirementsPath(requirement.unitId), { state });
  };
}

/** `/krav/bemanning/ny?enhet=…`: a new staffing requirement. */
export function NewStaffingPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const { me, options, ready, failed } = useChangeOptions();
  const onSaved = useSavedNavigation();
  const requestedUnit = searchParams.get('enhet') ?? '';
  const unitId = canChangeUnit(options, requestedUnit) ? requestedUnit : '';
  const back = unitId ? unitRequirementsPath(unitId) : requirementsPath();

  if (ready && !canChangeAnything(options)) return <NoAccessPage user={me.data!} />;
  return (
    <EditorFrame
      title={t('requirements.staffingForm.newTitle')}
      lead={t('requirements.staffingForm.newLead')}
      back={back}
    >
      {ready ? (
        <StaffingForm
          initial={newStaffingValues(unitId)}
          unitOptions={options}
          cancelTo={back}
          onSaved={(saved) => onSaved('created', saved)}
        />
      ) : failed ? (
        <ErrorState
          error={failed.error}
          retrying={failed.isFetching}
          onRetry={() => void failed.refetch()}
        />
      ) : (
        <LoadingState label={t('requirements.loading')} />
      )}
    </EditorFrame>
  );
}

/** `/krav/bemanning/:id/endre`. */
export function EditStaffingPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const requirement = useStaffingRequirement(id);
  const { me, options, ready, failed } = useChangeOptions();
  const onSaved = useSavedNavigation();
  const [generation, setGeneration] = useState(0);
  const data = requirement.data;
  const back = data ? unitRequirementsPath(data.unitId) : requirementsPath();
  const title = data
    ? t('requirements.staffingForm.editTitle', {
        profession: data.professionName ?? data.professionCode,
      })
    : data === null
      ? t('requirements.notFound.title')
      : t('requirements.form.pendingTitle');

  if (data === null) {
    return (
      <EditorFrame title={title} lead={t('requirements.notFound.body')} back={back}>
        <p>
          <Link to={requirementsPath()}>{t('requirements.notFound.back')}</Link>
        </p>
      </EditorFrame>
    );
  }
  if (data && ready && !canChangeUnit(options, data.unitId)) {
    return <NoAccessPage user={me.data!} />;
  }
  return (
    <EditorFrame title={title} lead={data ? data.unit.name : undefined} back={back}>
      {data && ready ? (
        <StaffingForm
          key={generation}
          requirement={data}
          initial={staffingValues(data)}
          unitOptions={options}
          cancelTo={back}
          onSaved={(saved) => onSaved('updated', saved)}
          onReload={() => void requirement.refetch().then(() => setGeneration((n) => n + 1))}
        />
      ) : requirement.isError ? (
        <ErrorState
          error={requirement.error}
          retrying={requirement.isFetching}
          onRetry={() => void requirement.refetch()}
        />
      ) : failed ? (
        <ErrorState
          error={failed.error}
          retrying={failed.isFetching}
          onRetry={() => void failed.refetch()}
        />
      ) : (
        <LoadingState label={t('requirements.loading')} />
      )}
    </EditorFrame>
  );
}
