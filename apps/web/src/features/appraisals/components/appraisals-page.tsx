import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '@web/features/auth';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { localIsoDate } from '@web/shared/format';
import { EmptyState, ErrorState, LoadingState, PageHeading } from '@web/shared/ui';
import { useAppraisalCycles, useAppraisalProgress } from '../hooks/use-appraisal-queries';
import { cycleMunicipalityIds } from '../utils/appraisal-access';
import { CYCLE_PARAM } from '../utils/appraisal-paths';
import { AppraisalsSubnav } from './appraisals-subnav';
import { CycleManager } from './cycle-manager';
import { CyclePicker } from './cycle-picker';
import { ProgressPanel } from './progress-panel';

/** `/samtaler`: progress through the cycle in each of the user's units, and HR's cycles. */
export function AppraisalsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('appraisals.progress.title'));
  const [params] = useSearchParams();
  const cycleId = params.get(CYCLE_PARAM);
  const me = useMe();
  const today = useMemo(() => localIsoDate(), []);
  const progress = useAppraisalProgress(cycleId);
  const cycles = useAppraisalCycles(null);
  const hrMunicipalities = cycleMunicipalityIds(me.data);

  // The cycles worth choosing between: those of the municipalities the user's scopes lie in.
  const scopeMunicipalities = new Set([
    ...(progress.data ?? []).map((row) => row.municipalityId),
    ...hrMunicipalities,
  ]);
  const choosable = (cycles.data ?? []).filter((cycle) =>
    scopeMunicipalities.has(cycle.municipalityId),
  );

  return (
    <>
      <PageHeading lead={t('appraisals.progress.lead')}>
        {t('appraisals.progress.title')}
      </PageHeading>
      <AppraisalsSubnav />

      {choosable.length > 1 ? (
        // keyed by the address, so Back and Forward reset the choice to what is shown
        <CyclePicker key={cycleId ?? ''} cycles={choosable} selected={cycleId} />
      ) : null}

      {progress.data ? (
        progress.data.length === 0 ? (
          <EmptyState>{t('appraisals.progress.empty')}</EmptyState>
        ) : (
          progress.data.map((row) => (
            <ProgressPanel
              key={`${row.cycle.id}-${row.unitId ?? row.municipalityId}`}
              row={row}
              today={today}
            />
          ))
        )
      ) : progress.isError ? (
        <ErrorState
          error={progress.error}
          retrying={progress.isFetching}
          onRetry={() => void progress.refetch()}
        />
      ) : (
        <LoadingState label={t('appraisals.progress.loading')} />
      )}

      {hrMunicipalities.map((municipalityId) => (
        <CycleManager
          key={municipalityId}
          municipalityId={municipalityId}
          cycles={cycles}
          today={today}
        />
      ))}
    </>
  );
}
