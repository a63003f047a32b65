import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { EmptyState, PageHeading, QueryPending } from '@web/shared/ui';
import { useMunicipalities } from '../hooks/use-municipalities';
import { toMunicipalityRows } from '../utils/municipality-rows';
import { MunicipalityTable } from './municipality-table';

/** The front page: what the service is for, and the region's municipalities. */
export function MunicipalitiesPage() {
  const { t } = useTranslation();
  useDocumentTitle();
  const municipalities = useMunicipalities();
  const rows = useMemo(
    () => (municipalities.data ? toMunicipalityRows(municipalities.data) : []),
    [municipalities.data],
  );

  let content;
  if (municipalities.data) {
    content =
      rows.length > 0 ? (
        <MunicipalityTable rows={rows} />
      ) : (
        <EmptyState>{t('home.empty')}</EmptyState>
      );
  } else {
    content = <QueryPending query={municipalities} loadingLabel={t('home.loading')} />;
  }

  return (
    <>
      <PageHeading lead={t('home.lead')}>{t('home.title')}</PageHeading>
      <section aria-labelledby="municipalities-heading" className="section">
        <h2 id="municipalities-heading">{t('home.municipalitiesHeading')}</h2>
        {content}
      </section>
    </>
  );
}
