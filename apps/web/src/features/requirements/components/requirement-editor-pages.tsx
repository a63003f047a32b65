import { useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { NoAccessPage, useMe } from '@web/features/auth';
import { useMunicipalities } from '@web/features/organisation';
import type {
  RequirementFieldsFragment,
  StaffingRequirementFieldsFragment,
} from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { Breadcrumbs, PageHeading, QueryPending } from '@web/shared/ui';
import { useRequirement, useStaffingRequirement } from '../hooks/use-requirements';
import {
  canChangeAnything,
  canChangeUnit,
  changeOptions as buildChangeOptions,
} from '../utils/requirement-access';
import {
  newRequirementValues,
  requirementValues,
  type RequirementFormValues,
} from '../utils/requirement-form-values';
import { requirementsPath, unitRequirementsPath } from '../utils/requirement-paths';
import {
  newStaffingValues,
  staffingValues,
  type StaffingFormValues,
} from '../utils/staffing-form-values';
import { RequirementForm } from './requirement-form';
import type { RequirementSavedState } from './requirements-page';
import { StaffingForm } from './staffing-form';

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

/** i18next's `t` with the key as a plain string (the kinds name their own keys). */
type Translate = (key: string, options?: Record<string, string>) => string;

function useTranslate(): Translate {
  const { t } = useTranslation();
  return (key, options) => t(key as never, options as never) as unknown as string;
}

interface StoredRequirement {
  id: string;
  unitId: string;
  unit: { name: string };
}

interface KindFormProps<R, V> {
  /** The requirement being edited; absent when creating. */
  requirement?: R;
  initial: V;
  unitOptions: ReturnType<typeof useChangeOptions>['options'];
  cancelTo: string;
  onSaved: (requirement: R) => void;
  onReload?: () => void;
}

/**
 * What differs between the editors of the two kinds of requirement: how one is loaded,
 * named and shown in a form. Everything else — access, loading and error states, not
 * found, the saved notice, reloading after a conflict — is the same and written once.
 */
interface RequirementEditorKind<R extends StoredRequirement, V> {
  newTitle: 'requirements.form.newTitle' | 'requirements.staffingForm.newTitle';
  newLead: 'requirements.form.newLead' | 'requirements.staffingForm.newLead';
  editTitle: (t: Translate, requirement: R) => string;
  /** What the list's notice calls the requirement ("HLR"; "2221 Sykepleier"). */
  name: (t: Translate, requirement: R) => string;
  useOne: (id: string) => {
    data: R | null | undefined;
    isError: boolean;
    error: unknown;
    isFetching: boolean;
    refetch: () => Promise<unknown>;
  };
  blank: (unitId: string) => V;
  values: (requirement: R) => V;
  Form: ComponentType<KindFormProps<R, V>>;
}

const COMPETENCE_REQUIREMENT: RequirementEditorKind<
  RequirementFieldsFragment,
  RequirementFormValues
> = {
  newTitle: 'requirements.form.newTitle',
  newLead: 'requirements.form.newLead',
  editTitle: (t, requirement) =>
    t('requirements.form.editTitle', { competence: requirement.competence.name }),
  name: (_t, requirement) => requirement.competence.name,
  useOne: useRequirement,
  blank: newRequirementValues,
  values: requirementValues,
  Form: RequirementForm,
};

const STAFFING_REQUIREMENT: RequirementEditorKind<
  StaffingRequirementFieldsFragment,
  StaffingFormValues
> = {
  newTitle: 'requirements.staffingForm.newTitle',
  newLead: 'requirements.staffingForm.newLead',
  editTitle: (t, requirement) =>
    t('requirements.staffingForm.editTitle', {
      profession: requirement.professionName ?? requirement.professionCode,
    }),
  name: (t, requirement) =>
    t('requirements.professionOption', {
      code: requirement.professionCode,
      name: requirement.professionName ?? requirement.professionCode,
    }),
  useOne: useStaffingRequirement,
  blank: newStaffingValues,
  values: staffingValues,
  Form: StaffingForm,
};

function useSavedNavigation<R extends StoredRequirement>(
  kind: Pick<RequirementEditorKind<R, unknown>, 'name'>,
) {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const translate = useTranslate();
  return (saved: RequirementSavedState['saved'], requirement: R) => {
    const state: RequirementSavedState = {
      saved,
      label: t('requirements.list.rowLabel', {
        competence: kind.name(translate, requirement),
        unit: requirement.unit.name,
      }),
    };
    void navigate(unitRequirementsPath(requirement.unitId), { state });
  };
}

/** A new requirement of one kind, for the unit in `?enhet=` when the user may change it. */
function NewRequirementEditor<R extends StoredRequirement, V>({
  kind,
}: {
  kind: RequirementEditorKind<R, V>;
}) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const { me, options, ready, failed } = useChangeOptions();
  const onSaved = useSavedNavigation(kind);
  const requestedUnit = searchParams.get('enhet') ?? '';
  const unitId = canChangeUnit(options, requestedUnit) ? requestedUnit : '';
  const back = unitId ? unitRequirementsPath(unitId) : requirementsPath();
  const { Form } = kind;

  if (ready && !canChangeAnything(options)) return <NoAccessPage user={me.data!} />;
  return (
    <EditorFrame title={t(kind.newTitle)} lead={t(kind.newLead)} back={back}>
      {ready ? (
        <Form
          initial={kind.blank(unitId)}
          unitOptions={options}
          cancelTo={back}
          onSaved={(saved) => onSaved('created', saved)}
        />
      ) : (
        <QueryPending query={failed ?? PENDING} loadingLabel={t('requirements.loading')} />
      )}
    </EditorFrame>
  );
}

/** Nothing failed yet: QueryPending shows the loading status. */
export const PENDING = {
  isError: false,
  error: null,
  isFetching: true,
  refetch: () => Promise.resolve(),
};

/** Changes a requirement of one kind; someone else's change meanwhile is a conflict. */
function EditRequirementEditor<R extends StoredRequirement, V>({
  kind,
}: {
  kind: RequirementEditorKind<R, V>;
}) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const id = useParams().id ?? '';
  const requirement = kind.useOne(id);
  const { me, options, ready, failed } = useChangeOptions();
  const onSaved = useSavedNavigation(kind);
  // Bumped by "Last inn siste versjon": the form starts again from what is stored.
  const [generation, setGeneration] = useState(0);
  const data = requirement.data;
  const back = data ? unitRequirementsPath(data.unitId) : requirementsPath();
  const title = data
    ? kind.editTitle(translate, data)
    : data === null
      ? t('requirements.notFound.title')
      : t('requirements.form.pendingTitle');
  const { Form } = kind;

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
        <Form
          key={generation}
          requirement={data}
          initial={kind.values(data)}
          unitOptions={options}
          cancelTo={back}
          onSaved={(saved) => onSaved('updated', saved)}
          onReload={() => void requirement.refetch().then(() => setGeneration((n) => n + 1))}
        />
      ) : (
        <QueryPending
          query={requirement.isError ? requirement : (failed ?? PENDING)}
          loadingLabel={t('requirements.loading')}
        />
      )}
    </EditorFrame>
  );
}

/** `/krav/ny?enhet=…`: a new competence requirement. */
export function NewRequirementPage() {
  return <NewRequirementEditor kind={COMPETENCE_REQUIREMENT} />;
}

/** `/krav/:id/endre`: changes a competence requirement. */
export function EditRequirementPage() {
  return <EditRequirementEditor kind={COMPETENCE_REQUIREMENT} />;
}

/** `/krav/bemanning/ny?enhet=…`: a new staffing requirement. */
export function NewStaffingPage() {
  return <NewRequirementEditor kind={STAFFING_REQUIREMENT} />;
}

/** `/krav/bemanning/:id/endre`: changes a staffing requirement. */
export function EditStaffingPage() {
  return <EditRequirementEditor kind={STAFFING_REQUIREMENT} />;
}
