import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { NoAccessPage, useMe } from '@web/features/auth';
import { useMunicipalities } from '@web/features/organisation';
import type { RequirementFieldsFragment } from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { Breadcrumbs, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useRequirement } from '../hooks/use-requirements';
import {
  canChangeAnything,
  canChangeUnit,
  changeOptions as buildChangeOptions,
} from '../utils/requirement-access';
import { newRequirementValues, requirementValues } from '../utils/requirement-form-values';
import { requirementsPath, unitRequirementsPath } from '../utils/requirement-paths';
import { RequirementForm } from './requirement-form';
import type { RequirementSavedState } from './requirements-page';

/** The units the signed-in user may change, once both the user and the organisation are known. */
export function useChangeOptions() {
  const me = useMe();
  const municipalities = useMunicipalities();
  const options = useMemo(
    () => buildChangeOptions(me.data, municipalities.data ?? []),
    [me.data, municipalities.data],
  );
  // What keeps the options from loading, so a page can say so instead of waiting forever.
  const failed = me.isError ? me : municipalities.isError ? municipalities : null;
  return { me, municipalities, options, ready: !!me.data && !!municipalities.data, failed };
}

export function EditorFrame({
  title,
  lead,
  back,
  children,
}: {
  title: string;
  lead?: string;
  back: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <>
      <Breadcrumbs items={[{ label: t('requirements.title'), to: back }, { label: title }]} />
      <PageHeading lead={lead}>{title}</PageHeading>
      {children}
    </>
  );
}

function useSavedNavigation() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (saved: RequirementSavedState['saved'], requirement: RequirementFieldsFragment) => {
    const state: RequirementSavedState = {
      saved,
      label: t('requirements.list.rowLabel', {
        competence: requirement.competence.name,
        unit: requirement.unit.name,
      }),
    };
    void navigate(unitRequirementsPath(requirement.unitId), { state });
  };
}

/** `/krav/ny?enhet=…`: a new competence requirement. */
export function NewRequirementPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const { me, options, ready, failed } = useChangeOptions();
  const onSaved = useSavedNavigation();
  const requestedUnit = searchParams.get('enhet') ?? '';
  const unitId = canChangeUnit(options, requestedUnit) ? requestedUnit : '';
  const back = unitId ? unitRequirementsPath(unitId) : requirementsPath();
  const title = t('requirements.form.newTitle');

  if (ready && !canChangeAnything(options)) return <NoAccessPage user={me.data!} />;
  return (
    <EditorFrame title={title} lead={t('requirements.form.newLead')} back={back}>
      {ready ? (
        <RequirementForm
          initial={newRequirementValues(unitId)}
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

/** `/krav/:id/endre`: changes a requirement; someone else's change meanwhile is a conflict. */
export function EditRequirementPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const requirement = useRequirement(id);
  const { me, options, ready, failed } = useChangeOptions();
  const onSaved = useSavedNavigation();
  // Bumped by "Last inn siste versjon": the form starts again from what is stored.
  const [generation, setGeneration] = useState(0);
  const data = requirement.data;
  const back = data ? unitRequirementsPath(data.unitId) : requirementsPath();
  const title = data
    ? t('requirements.form.editTitle', { competence: data.competence.name })
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
        <RequirementForm
          key={generation}
          requirement={data}
          initial={requirementValues(data)}
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
