import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useMe } from '@web/features/auth';
import { gapPath } from '@web/features/gaps';
import { useMunicipalities } from '@web/features/organisation';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatInteger } from '@web/shared/format';
import { EmptyState, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useRequirements } from '../hooks/use-requirements';
import {
  canChangeAnything,
  canChangeUnit,
  canCopyRequirements,
  changeOptions as buildChangeOptions,
  readOptions,
} from '../utils/requirement-access';
import {
  parseSelection,
  resolveSelection,
  selectionToParams,
  toRequirementFilter,
  type RequirementListSelection,
} from '../utils/requirement-filters';
import {
  copyRequirementsPath,
  newRequirementPath,
  newStaffingPath,
} from '../utils/requirement-paths';
import { RequirementSelectionForm } from './requirement-selection-form';
import { RequirementTable, StaffingTable } from './requirement-tables';

/** What the editors pass along after saving, so the list can confirm it. */
export interface RequirementSavedState {
  saved?: 'created' | 'updated';
  /** Names what was saved, e.g. "HLR, Hjemmetjenesten Gjøvik". */
  label?: string;
}

/**
 * `/krav`: a unit's competence and staffing requirements. Everyone signed in reads them;
 * unit leaders change their units', HR their municipality's, the coordinator the region's.
 */
export function RequirementsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('requirements.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const me = useMe();
  const municipalities = useMunicipalities();
  const list = municipalities.data;
  const options = useMemo(() => readOptions(list ?? []), [list]);
  const changeable = useMemo(() => buildChangeOptions(me.data, list ?? []), [me.data, list]);
  const selection = useMemo(
    () => resolveSelection(parseSelection(new URLSearchParams(query)), options, me.data),
    [query, options, me.data],
  );
  const filter = useMemo(() => (list ? toRequirementFilter(selection) : null), [list, selection]);
  const requirements = useRequirements(filter);
  const saved = (useLocation().state as RequirementSavedState | null) ?? null;
  const [deleted, setDeleted] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (deleted) noticeRef.current?.focus();
  }, [deleted]);

  const apply = (next: RequirementListSelection) => {
    setDeleted(null);
    setSearchParams(selectionToParams(next));
  };
  const unitId = selection.unitId;
  const unitName = options.municipalities
    .flatMap((m) => m.units)
    .find((unit) => unit.id === unitId)?.name;
  const mayChangeUnit = !!unitId && canChangeUnit(changeable, unitId);
  const municipalityNames = useMemo(() => new Map((list ?? []).map((m) => [m.id, m.name])), [list]);
  // Unit names repeat between municipalities ("Helse og omsorg"): name them across the region.
  const unitLabel = (unit: { name: string }, municipalityId: string) =>
    selection.municipalityId
      ? unit.name
      : t('requirements.list.unitInMunicipality', {
          unit: unit.name,
          municipality: municipalityNames.get(municipalityId) ?? '',
        });

  let content;
  if (requirements.data) {
    const { requirements: rows, staffingRequirements: staffing } = requirements.data;
    content = (
      <>
        <section className="section" aria-labelledby="requirements-competence-heading">
          <h2 id="requirements-competence-heading">
            {t('requirements.list.competenceHeading', {
              count: rows.length,
              formatted: formatInteger(rows.length),
            })}
          </h2>
          {rows.length === 0 ? (
            <EmptyState>{t('requirements.list.competenceEmpty')}</EmptyState>
          ) : (
            <RequirementTable
              rows={rows}
              changeOptions={changeable}
              onDeleted={setDeleted}
              unitLabel={unitLabel}
              selectedUnitId={unitId}
            />
          )}
        </section>
        <section className="section" aria-labelledby="requirements-staffing-heading">
          <h2 id="requirements-staffing-heading">
            {t('requirements.list.staffingHeading', {
              count: staffing.length,
              formatted: formatInteger(staffing.length),
            })}
          </h2>
          {staffing.length === 0 ? (
            <EmptyState>{t('requirements.list.staffingEmpty')}</EmptyState>
          ) : (
            <StaffingTable
              rows={staffing}
              changeOptions={changeable}
              onDeleted={setDeleted}
              unitLabel={unitLabel}
              selectedUnitId={unitId}
            />
          )}
        </section>
      </>
    );
  } else if (requirements.isError || municipalities.isError) {
    const failed = requirements.isError ? requirements : municipalities;
    content = (
      <ErrorState
        error={failed.error}
        retrying={failed.isFetching}
        onRetry={() => void failed.refetch()}
      />
    );
  } else {
    content = <LoadingState label={t('requirements.loading')} />;
  }

  return (
    <>
      <PageHeading lead={t('requirements.lead')}>{t('requirements.title')}</PageHeading>
      {list ? (
        <RequirementSelectionForm
          key={query}
          initial={selection}
          options={options}
          onApply={apply}
        />
      ) : null}
      {saved?.saved && saved.label && !deleted ? (
        <p role="status" className="notice notice--success">
          {t(`requirements.saved.${saved.saved}`, { label: saved.label })}
        </p>
      ) : null}
      {deleted ? (
        <p role="status" className="notice notice--success" tabIndex={-1} ref={noticeRef}>
          {t('requirements.saved.deleted', { label: deleted })}
        </p>
      ) : null}
      {list ? (
        <div className="requirements-actions">
          {mayChangeUnit ? (
            <div className="button-row">
              <Link className="button" to={newRequirementPath(unitId)}>
                {t('requirements.actions.newRequirement')}
              </Link>
              <Link className="button button--secondary" to={newStaffingPath(unitId)}>
                {t('requirements.actions.newStaffing')}
              </Link>
              {canCopyRequirements(me.data) ? (
                <Link className="button button--secondary" to={copyRequirementsPath(unitId)}>
                  {t('requirements.actions.copy')}
                </Link>
              ) : null}
            </div>
          ) : canChangeAnything(changeable) ? (
            <p className="muted">{t('requirements.actions.chooseUnit')}</p>
          ) : (
            <p className="muted">{t('requirements.actions.readOnly')}</p>
          )}
          {unitId && unitName ? (
            <p>
              <Link to={`${gapPath()}?enhet=${encodeURIComponent(unitId)}`}>
                {t('requirements.actions.gapLink', { unit: unitName })}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <div aria-busy={requirements.isFetching || undefined}>{content}</div>
    </>
  );
}
