import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMunicipalities } from '@web/features/organisation';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatInteger } from '@web/shared/format';
import { EmptyState, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useAppraisalCatalogue, useTeachingDirectory } from '../hooks/use-appraisal-queries';
import { teachingDirectoryPath } from '../utils/appraisal-paths';
import { buildCompetenceIndex, competenceChoices } from '../utils/competence-index';
import { directoryEntries, entriesByArea, type DirectoryEntry } from '../utils/directory-entries';
import { AppraisalsSubnav } from './appraisals-subnav';
import { HiddenFigure } from './figure-value';

const TOPIC_PARAM = 'tema';
const MUNICIPALITY_PARAM = 'kommune';

/**
 * `/samtaler/kan-lære-bort`: who can teach or guide others, per topic, across
 * the region. People are named (with unit) only when they agreed in their
 * talk; the others are only counted.
 */
export function TeachingDirectoryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('appraisals.directory.title'));
  const [params] = useSearchParams();
  const competenceId = params.get(TOPIC_PARAM) || null;
  const municipalityId = params.get(MUNICIPALITY_PARAM) || null;
  const directory = useTeachingDirectory({ competenceId, municipalityId });

  return (
    <>
      <PageHeading lead={t('appraisals.directory.lead')}>
        {t('appraisals.directory.title')}
      </PageHeading>
      <AppraisalsSubnav />
      {/* keyed by the address, so Back and Forward reset the choices to what is shown */}
      <DirectoryFilters
        key={`${competenceId ?? ''}|${municipalityId ?? ''}`}
        competenceId={competenceId}
        municipalityId={municipalityId}
      />
      {directory.data ? (
        directory.data.length === 0 ? (
          <EmptyState>{t('appraisals.directory.empty')}</EmptyState>
        ) : (
          <DirectoryList entries={directoryEntries(directory.data)} />
        )
      ) : directory.isError ? (
        <ErrorState
          error={directory.error}
          retrying={directory.isFetching}
          onRetry={() => void directory.refetch()}
        />
      ) : (
        <LoadingState label={t('appraisals.directory.loading')} />
      )}
    </>
  );
}

function DirectoryFilters({
  competenceId,
  municipalityId,
}: {
  competenceId: string | null;
  municipalityId: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const catalogue = useAppraisalCatalogue();
  const municipalities = useMunicipalities();
  const [topic, setTopic] = useState(competenceId ?? '');
  const [municipality, setMunicipality] = useState(municipalityId ?? '');
  const groups = competenceChoices(buildCompetenceIndex(catalogue.data ?? [], []), topic);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const search = new URLSearchParams();
    if (topic) search.set(TOPIC_PARAM, topic);
    if (municipality) search.set(MUNICIPALITY_PARAM, municipality);
    void navigate(teachingDirectoryPath(search.toString()));
  };

  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t('appraisals.directory.filters')}>
      <div className="filters__grid">
        <div className="field">
          <label htmlFor={`${id}-topic`}>{t('appraisals.directory.topic')}</label>
          <select
            id={`${id}-topic`}
            value={topic}
            onChange={(event) => setTopic(event.target.value)}
          >
            <option value="">{t('appraisals.directory.allTopics')}</option>
            {groups.map((group) => (
              <optgroup key={group.area} label={group.area}>
                {group.competences.map((competence) => (
                  <option key={competence.id} value={competence.id}>
                    {competence.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-municipality`}>{t('appraisals.directory.municipality')}</label>
          <select
            id={`${id}-municipality`}
            value={municipality}
            onChange={(event) => setMunicipality(event.target.value)}
          >
            <option value="">{t('appraisals.directory.allMunicipalities')}</option>
            {(municipalities.data ?? []).map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('appraisals.directory.show')}
        </button>
      </div>
    </form>
  );
}

function DirectoryList({ entries }: { entries: readonly DirectoryEntry[] }) {
  const { t } = useTranslation();
  const rounded = entries.some(
    (entry) => entry.anonymous.kind === 'count' && entry.anonymous.rounded,
  );
  return (
    <>
      {rounded ? <p className="muted">{t('appraisals.directory.rounded')}</p> : null}
      <p className="list-footer__count">
        {t('appraisals.directory.count', {
          count: entries.length,
          formatted: formatInteger(entries.length),
        })}
      </p>
      {entriesByArea(entries).map((group) => (
        <section key={group.area} className="section directory-area">
          <h2>{group.area}</h2>
          <ul className="record-list directory-list">
            {group.entries.map((entry) => (
              <li key={entry.competenceId} className="record-list__item">
                <h3 className="record-list__title">{entry.name}</h3>
                {entry.people.length > 0 ? (
                  <ul className="directory-people">
                    {entry.people.map((person, index) => (
                      <li key={`${person.unitId}-${index}`}>
                        <span className="directory-people__name">{person.name}</span>
                        {' – '}
                        {t('appraisals.directory.place', {
                          unit: person.unitName,
                          municipality: person.municipalityName,
                        })}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <AnonymousLine entry={entry} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function AnonymousLine({ entry }: { entry: DirectoryEntry }) {
  const { t } = useTranslation();
  const { anonymous } = entry;
  if (anonymous.kind === 'none') return null;
  if (anonymous.kind === 'count') {
    const formatted = `${anonymous.rounded ? '≈ ' : ''}${formatInteger(anonymous.count)}`;
    return (
      <p className="muted">
        {entry.people.length > 0
          ? t('appraisals.directory.moreAnonymous', { count: anonymous.count, formatted })
          : t('appraisals.directory.anonymous', { count: anonymous.count, formatted })}
      </p>
    );
  }
  return (
    <p className="muted">
      {t('appraisals.directory.anonymousHidden')}{' '}
      <HiddenFigure
        reasonCode={anonymous.reasonCode}
        reason={anonymous.reason}
        minGroupSize={null}
      />
    </p>
  );
}
