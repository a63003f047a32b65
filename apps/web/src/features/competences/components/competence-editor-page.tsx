import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { Breadcrumbs, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useCompetence, useCompetenceAreas } from '../hooks/use-competences';
import { competenceValues, newCompetenceValues } from '../utils/competence-form-values';
import { cataloguePath, competencePath } from '../utils/competence-paths';
import { CompetenceForm } from './competence-form';
import { CompetenceNotFound } from './competence-not-found';
import type { CompetenceSavedState } from './competence-page';

/** `/katalog/ny`: a new catalogue entry (regional coordinator and region admin). */
export function NewCompetencePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('competenceForm.newTitle'));
  const navigate = useNavigate();
  const areas = useCompetenceAreas();
  const onSaved = (competence: CompetenceFieldsFragment) => {
    const state: CompetenceSavedState = { saved: 'created' };
    void navigate(competencePath(competence.id), { state });
  };
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: cataloguePath() },
          { label: t('competenceForm.newTitle') },
        ]}
      />
      <PageHeading lead={t('competenceForm.newLead')}>{t('competenceForm.newTitle')}</PageHeading>
      <CompetenceForm
        initial={newCompetenceValues()}
        areas={areas.data ?? []}
        cancelTo={cataloguePath()}
        onSaved={onSaved}
      />
    </>
  );
}

/** `/katalog/:id/endre`: edits an entry; a change made by someone else meanwhile is a conflict. */
export function EditCompetencePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const competence = useCompetence(id);
  const areas = useCompetenceAreas();
  const navigate = useNavigate();
  // Bumped by "last inn siste versjon": the form starts again from what is stored. Not keyed on
  // the version itself, which also changes when this form's own save succeeds.
  const [generation, setGeneration] = useState(0);
  let title = t('competence.pendingTitle');
  if (competence.data) title = t('competenceForm.editTitle', { name: competence.data.name });
  // The not-found page names the tab itself; this page's title must not override it.
  useDocumentTitle(competence.data === null ? t('competence.notFound.title') : title);

  if (competence.data === null) return <CompetenceNotFound />;
  const onSaved = (saved: CompetenceFieldsFragment) => {
    const state: CompetenceSavedState = { saved: 'updated' };
    void navigate(competencePath(saved.id), { state });
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: cataloguePath() },
          ...(competence.data
            ? [{ label: competence.data.name, to: competencePath(competence.data.id) }]
            : []),
          { label: t('competence.edit') },
        ]}
      />
      <PageHeading>{title}</PageHeading>
      {competence.data ? (
        <CompetenceForm
          key={generation}
          competence={competence.data}
          initial={competenceValues(competence.data)}
          areas={areas.data ?? []}
          cancelTo={competencePath(competence.data.id)}
          onSaved={onSaved}
          onReload={() => void competence.refetch().then(() => setGeneration((n) => n + 1))}
        />
      ) : competence.isError ? (
        <ErrorState
          error={competence.error}
          retrying={competence.isFetching}
          onRetry={() => void competence.refetch()}
        />
      ) : (
        <LoadingState label={t('competence.loading')} />
      )}
    </>
  );
}
