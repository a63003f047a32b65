import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { canAddUnitsIn, useMe } from '@web/features/auth';
import { CompetenceOverviewDownload, overviewMunicipalityIds } from '@web/features/exports';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { Breadcrumbs, EmptyState, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useMunicipality } from '../hooks/use-municipalities';
import type { MunicipalityWithUnits } from '../utils/municipality-rows';
import { buildUnitTree } from '../utils/unit-tree';
import { AddUnitForm } from './add-unit-form';
import { MunicipalityNotFound } from './municipality-not-found';
import { useUnitCountText } from './unit-count';
import { UnitTreeList } from './unit-tree-list';

/** `/kommuner/:number`: the municipality's unit tree and a form to add units. */
export function MunicipalityPage() {
  const { t } = useTranslation();
  const number = useParams().number ?? '';
  const municipality = useMunicipality(number);

  if (municipality.data === null) return <MunicipalityNotFound number={number} />;
  if (municipality.data) return <MunicipalityDetails municipality={municipality.data} />;

  return (
    <PendingMunicipality number={number}>
      {municipality.isError ? (
        <ErrorState
          error={municipality.error}
          retrying={municipality.isFetching}
          onRetry={() => void municipality.refetch()}
        />
      ) : (
        <LoadingState label={t('municipality.loading')} />
      )}
    </PendingMunicipality>
  );
}

function PendingMunicipality({ number, children }: { number: string; children: ReactNode }) {
  const { t } = useTranslation();
  const title = t('municipality.pendingTitle', { number });
  useDocumentTitle(title);
  return (
    <>
      <Breadcrumbs items={[{ label: t('nav.municipalities'), to: '/' }, { label: title }]} />
      <PageHeading>{title}</PageHeading>
      {children}
    </>
  );
}

function MunicipalityDetails({ municipality }: { municipality: MunicipalityWithUnits }) {
  const { t } = useTranslation();
  const unitCountText = useUnitCountText();
  const title = t('municipality.title', { name: municipality.name });
  useDocumentTitle(title);
  const tree = useMemo(() => buildUnitTree(municipality.units), [municipality.units]);
  const [addedUnitId, setAddedUnitId] = useState<string | null>(null);
  // The chart is public; only HR in the municipality and the region's administrator may add to it.
  const me = useMe().data;
  const mayAddUnits = canAddUnitsIn(me, municipality.id);
  const mayDownload = overviewMunicipalityIds(me?.roles ?? []).includes(municipality.id);

  const facts = [
    t('municipality.number', { number: municipality.number }),
    municipality.kostraGroup
      ? t('municipality.kostraGroup', { group: kostraGroupNumber(municipality.kostraGroup) })
      : null,
    unitCountText(municipality.unitCount),
  ].filter((fact): fact is string => fact !== null);

  return (
    <>
      <Breadcrumbs
        items={[{ label: t('nav.municipalities'), to: '/' }, { label: municipality.name }]}
      />
      <PageHeading lead={facts.join(' · ')}>{title}</PageHeading>
      {mayDownload ? <CompetenceOverviewDownload municipality={municipality} /> : null}
      <div className={mayAddUnits ? 'split' : undefined}>
        <section aria-labelledby="units-heading" className="section panel">
          <h2 id="units-heading">{t('municipality.treeHeading')}</h2>
          {tree.length > 0 ? (
            <UnitTreeList
              nodes={tree}
              label={t('municipality.treeLabel', { name: municipality.name })}
              highlightId={addedUnitId}
            />
          ) : (
            <EmptyState>{t('municipality.treeEmpty')}</EmptyState>
          )}
        </section>
        {mayAddUnits ? (
          <div className="section panel">
            <AddUnitForm
              key={municipality.id}
              municipality={municipality}
              onAdded={setAddedUnitId}
            />
          </div>
        ) : null}
      </div>
    </>
  );
}

/** SSB's code EKG08 as people say it: 8. */
function kostraGroupNumber(code: string): string {
  return /^EKG\d{2}$/.test(code) ? String(Number(code.slice(3))) : code;
}
