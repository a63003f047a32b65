import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { can, useMe } from '@web/features/auth';
import type { CompetenceFieldsFragment } from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { Breadcrumbs, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useCompetence } from '../hooks/use-competences';
import { cataloguePath, editCompetencePath } from '../utils/competence-paths';
import { CompetenceNotFound } from './competence-not-found';
import { LevelScaleTable } from './level-scale-table';
import { ValidityText } from './validity-text';

/** State the editor passes along after saving, so this page can confirm it. */
export interface CompetenceSavedState {
  saved?: 'created' | 'updated';
}

/** `/katalog/:id`: one catalogue entry with its level scale. */
export function CompetencePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const competence = useCompetence(id);

  if (competence.data === null) return <CompetenceNotFound />;
  if (competence.data) return <CompetenceDetails competence={competence.data} />;
  return (
    <Pending>
      {competence.isError ? (
        <ErrorState
          error={competence.error}
          retrying={competence.isFetching}
          onRetry={() => void competence.refetch()}
        />
      ) : (
        <LoadingState label={t('competence.loading')} />
      )}
    </Pending>
  );
}

function Pending({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('competence.pendingTitle'));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: cataloguePath() },
          { label: t('competence.pendingTitle') },
        ]}
      />
      <PageHeading>{t('competence.pendingTitle')}</PageHeading>
      {children}
    </>
  );
}

function CompetenceDetails({ competence }: { competence: CompetenceFieldsFragment }) {
  const { t } = useTranslation();
  useDocumentTitle(competence.name);
  const me = useMe();
  const saved = (useLocation().state as CompetenceSavedState | null)?.saved;

  return (
    <>
      <Breadcrumbs
        items={[{ label: t('catalogue.title'), to: cataloguePath() }, { label: competence.name }]}
      />
      <PageHeading lead={competence.description || undefined}>
        {competence.name}
        {competence.active ? null : (
          <span className="tag tag--inactive heading-tag">{t('catalogue.inactive')}</span>
        )}
      </PageHeading>
      {saved ? (
        <p role="status" className="notice notice--success">
          {saved === 'created' ? t('competence.created') : t('competence.updated')}
        </p>
      ) : null}
      {can(me.data, 'editCatalogue') ? (
        <p>
          <Link className="button button--secondary" to={editCompetencePath(competence.id)}>
            {t('competence.edit')}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="competence-facts-heading" className="section">
        <h2 id="competence-facts-heading" className="visually-hidden">
          {t('competence.factsHeading')}
        </h2>
        <dl className="facts">
          <div className="facts__item">
            <dt>{t('catalogue.table.area')}</dt>
            <dd>{competence.area}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('catalogue.table.buildingBlock')}</dt>
            <dd>{t(`people.buildingBlock.${competence.buildingBlock}`)}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('catalogue.table.validity')}</dt>
            <dd>
              <ValidityText months={competence.validityMonths} />
            </dd>
          </div>
          <div className="facts__item">
            <dt>{t('catalogue.table.tags')}</dt>
            <dd>{competence.tags.length > 0 ? competence.tags.join(', ') : '–'}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="competence-scale-heading" className="section">
        <h2 id="competence-scale-heading">{t('competence.scaleHeading')}</h2>
        <LevelScaleTable scale={competence.scale} name={competence.name} />
      </section>
    </>
  );
}
