import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '@web/features/organisation';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatInteger } from '@web/shared/format';
import {
  CompetenceField,
  FiltersForm,
  SelectField,
  useFilterValues,
  useUrlFilters,
} from '@web/shared/forms';
import { EmptyState, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useAppraisalCatalogue, useTeachingDirectory } from '../hooks/use-appraisal-queries';
import { buildCompetenceIndex, competenceChoices } from '../utils/competence-index';
import { directoryEntries, entriesByArea, type DirectoryEntry } from '../utils/directory-entries';
import { AppraisalsSubnav } from './appraisals-subnav';
import { HiddenFigure } from './figure-value';

const TOPIC_PARAM = 'tema';
const MUNICIPALITY_PARAM = 'kommune';

interface DirectoryFilter {
  /** A competence id, or '' for every topic. */
  topic: string;
  municipality: string;
}

const DIRECTORY_FILTER_IN_ADDRESS = {
  parse: (params: URLSearchParams): DirectoryFilter => ({
    topic: params.get(TOPIC_PARAM) ?? '',
    municipality: params.get(MUNICIPALITY_PARAM) ?? '',
  }),
  toParams: ({ topic, municipality }: DirectoryFilter): URLSearchParams => {
    const search = new URLSearchParams();
    if (topic) search.set(TOPIC_PARAM, topic);
    if (municipality) search.set(MUNICIPALITY_PARAM, municipality);
    return search;
  },
};

/**
 * `/samtaler/kan-lære-bort`: who can teach or guide others, per topic, across
 * the region. People are named (with unit) only when they agreed in their
 * talk; the others are only counted.
 */
export function TeachingDirectoryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('appraisals.directory.title'));
  const { filters, apply, formKey } = useUrlFilters(DIRECTORY_FILTER_IN_ADDRESS);
  const directory = useTeachingDirectory({
    competenceId: filters.topic || null,
    municipalityId: filters.municipality || null,
  });

  return (
    <>
      <PageHeading lead={t('appraisals.directory.lead')}>
        {t('appraisals.directory.title')}
      </PageHeading>
      <AppraisalsSubnav />
      {/* keyed by the address, so Back and Forward reset the choices to what is shown */}
      <DirectoryFilters key={formKey} initial={filters} onApply={apply} />
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
  initial,
  onApply,
}: {
  initial: DirectoryFilter;
  onApply: (filter: DirectoryFilter) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const catalogue = useAppraisalCatalogue();
  const municipalities = useMunicipalities();
  const { values, set, apply } = useFilterValues(initial, { onApply });
  const groups = competenceChoices(buildCompetenceIndex(catalogue.data ?? [], []), values.topic);

  return (
    <FiltersForm
      label={t('appraisals.directory.filters')}
      applyLabel={t('appraisals.directory.show')}
      onApply={apply}
      framed={false}
    >
      <CompetenceField
        id={`${id}-topic`}
        label={t('appraisals.directory.topic')}
        groups={groups}
        value={values.topic}
        onChange={(topic) => set('topic', topic)}
        placeholder={t('appraisals.directory.allTopics')}
        choices={catalogue}
      />
      <SelectField
        id={`${id}-municipality`}
        label={t('appraisals.directory.municipality')}
        value={values.municipality}
        onChange={(municipality) => set('municipality', municipality)}
        placeholder={t('appraisals.directory.allMunicipalities')}
        options={(municipalities.data ?? []).map((entry) => ({
          value: entry.id,
          label: entry.name,
        }))}
        choices={municipalities}
      />
    </FiltersForm>
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
