import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { employeePath } from '@web/features/employees';
import type { GapHoldersQuery } from '@web/gql/graphql';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatDate, formatFte, formatInteger, MISSING_VALUE } from '@web/shared/format';
import { isApiError } from '@web/shared/graphql';
import {
  Breadcrumbs,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  TableScroll,
} from '@web/shared/ui';
import { useGapHolders } from '../hooks/use-gap-queries';
import { formatAmount } from '../utils/amount';
import { EMPTY_GAP_FILTERS, horizonFromSlug } from '../utils/gap-filters';
import { gapPath } from '../utils/gap-paths';

type Holder = GapHoldersQuery['gapHolders']['holders'][number];

/**
 * `/gap/innehavere/:requirementId`: the people behind a requirement's figures, for unit
 * leaders in their units and HR in their municipality. The API answers the same for a
 * requirement that does not exist and one outside the user's scope; so does this page.
 */
export function GapHoldersPage() {
  const { t } = useTranslation();
  const requirementId = useParams().requirementId ?? '';
  const [searchParams] = useSearchParams();
  const horizon = horizonFromSlug(searchParams.get('horisont')) ?? 'NOW';
  const holders = useGapHolders(requirementId, horizon);
  const data = holders.data;
  const notFound =
    (holders.isError && isApiError(holders.error) && holders.error.code === 'NOT_FOUND') ||
    (data !== undefined && data.requirement === null);
  const requirement = data?.requirement ?? null;
  const title = requirement
    ? t('gaps.holders.title', { competence: requirement.competence.name })
    : notFound
      ? t('gaps.holders.notFound.title')
      : t('gaps.holders.pendingTitle');
  useDocumentTitle(title);
  const professionNames = useMemo(
    () => new Map((data?.professions ?? []).map((p) => [p.code, p.name])),
    [data?.professions],
  );

  const back = requirement
    ? gapPath({ ...EMPTY_GAP_FILTERS, unitId: requirement.unitId, horizon })
    : gapPath();
  const crumbs = (
    <Breadcrumbs
      items={[{ label: t('gaps.title'), to: back }, { label: t('gaps.holders.crumb') }]}
    />
  );

  if (notFound) {
    return (
      <>
        {crumbs}
        <PageHeading lead={t('gaps.holders.notFound.body')}>{title}</PageHeading>
        <p>
          <Link to={gapPath()}>{t('gaps.holders.notFound.back')}</Link>
        </p>
      </>
    );
  }
  if (!data || !requirement) {
    return (
      <>
        {crumbs}
        <PageHeading>{title}</PageHeading>
        {holders.isError ? (
          <ErrorState
            error={holders.error}
            retrying={holders.isFetching}
            onRetry={() => void holders.refetch()}
          />
        ) : (
          <LoadingState label={t('gaps.holders.loading')} />
        )}
      </>
    );
  }

  const list = data.gapHolders;
  const facts: Array<[string, string]> = [
    [t('gaps.table.unit'), requirement.unit.name],
    [t('gaps.table.competence'), requirement.competence.name],
    [t('gaps.table.minLevel'), String(requirement.minLevel)],
    [
      t('gaps.holders.required'),
      t(`gaps.holders.amount.${requirement.measure}`, {
        amount: formatAmount(requirement.required, requirement.measure),
      }),
    ],
    [t('gaps.table.priority'), t(`gaps.priority.${requirement.priority}`)],
    [
      t('gaps.holders.horizon'),
      t('gaps.holders.horizonValue', {
        horizon: t(`gaps.horizon.${list.horizon}`),
        date: formatDate(list.horizonDate),
      }),
    ],
    [t('gaps.holders.retirementAge'), String(list.retirementAge)],
  ];

  return (
    <>
      {crumbs}
      <PageHeading lead={t('gaps.holders.lead')}>{title}</PageHeading>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="facts__item">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section className="section" aria-labelledby="holders-heading">
        <h2 id="holders-heading">
          {t('gaps.holders.heading', {
            count: list.holders.length,
            formatted: formatInteger(list.holders.length),
          })}
        </h2>
        {list.holders.length === 0 ? (
          <EmptyState>{t('gaps.holders.empty')}</EmptyState>
        ) : (
          <HolderTable
            holders={list.holders}
            caption={t('gaps.holders.caption')}
            professionName={(code) => (code ? (professionNames.get(code) ?? code) : MISSING_VALUE)}
          />
        )}
      </section>
      <section className="section" aria-labelledby="expected-heading">
        <h2 id="expected-heading">{t('gaps.holders.expectedHeading')}</h2>
        {list.expected.length === 0 ? (
          <EmptyState>{t('gaps.holders.expectedEmpty')}</EmptyState>
        ) : (
          <HolderTable
            holders={list.expected}
            caption={t('gaps.holders.expectedHeading')}
            professionName={(code) => (code ? (professionNames.get(code) ?? code) : MISSING_VALUE)}
          />
        )}
      </section>
    </>
  );
}

function HolderTable({
  holders,
  caption,
  professionName,
}: {
  holders: readonly Holder[];
  caption: string;
  professionName: (code: string | null) => string;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gaps.holders.name')}</th>
            <th scope="col">{t('gaps.table.unit')}</th>
            <th scope="col">{t('gaps.holders.profession')}</th>
            <th scope="col" className="data-table__numeric">
              {t('gaps.holders.fte')}
            </th>
            <th scope="col" className="data-table__numeric">
              {t('gaps.holders.level')}
            </th>
            <th scope="col">{t('gaps.holders.validUntil')}</th>
          </tr>
        </thead>
        <tbody>
          {holders.map((holder) => (
            <tr key={holder.employeeId}>
              <th scope="row">
                <Link to={employeePath(holder.employeeId)}>{holder.fullName}</Link>
              </th>
              <td>{holder.unit.name}</td>
              <td>{professionName(holder.professionCode)}</td>
              <td className="data-table__numeric">{formatFte(holder.fte)}</td>
              <td className="data-table__numeric">{holder.level}</td>
              <td>
                {holder.validUntil ? formatDate(holder.validUntil) : t('gaps.holders.noExpiry')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
