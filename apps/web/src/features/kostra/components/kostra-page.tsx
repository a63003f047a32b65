import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { can, useMe } from '@web/features/auth';
import { useMunicipalities } from '@web/features/organisation';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatDate, formatInteger, formatNumber } from '@web/shared/format';
import { EmptyState, PageHeading, QueryPending, TableScroll } from '@web/shared/ui';
import type { KostraComparisonQuery } from '@web/gql/graphql';
import { useKostraComparison, useKostraOwnFigure, useKostraUpload } from '../hooks/use-kostra';
import { chartRows, formatKostraValue, type KostraKind } from '../utils/kostra-series';
import type { KostraUploadOutcome } from '../utils/upload-kostra';

type IndicatorComparison = KostraComparisonQuery['kostraComparison']['indicators'][number];

// distinguishable by line style as well as colour (not by colour alone)
const LINE_STYLE: Record<KostraKind, { color: string; dash?: string }> = {
  MUNICIPALITY: { color: '#0b4f8a' },
  REGION: { color: '#b35900', dash: '6 3' },
  KOSTRA_GROUP: { color: '#2f7a2f', dash: '2 3' },
  COUNTY: { color: '#6b3fa0', dash: '10 4' },
  COUNTRY: { color: '#4a5563', dash: '1 2' },
};

/**
 * `/kostra`: KOSTRA figures from SSB for a municipality of the region against the region,
 * its KOSTRA group, its county and the country, each with its table; the service's own
 * share of FTE with health education beside SSB's; and, for the coordinator and the
 * administrator, the import of a file from SSB (docs/kostra.md).
 */
export function KostraPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('kostra.title'));
  const id = useId();
  const me = useMe();
  const municipalities = useMunicipalities();
  const [chosen, setChosen] = useState('');
  const municipalityId = chosen || municipalities.data?.[0]?.id || null;

  return (
    <>
      <PageHeading lead={t('kostra.lead')}>{t('kostra.title')}</PageHeading>
      {can(me.data, 'importKostra') ? <KostraImport /> : null}
      {municipalities.data ? (
        <div className="field field--inline">
          <label htmlFor={`${id}-municipality`}>{t('kostra.municipality')}</label>
          <select
            id={`${id}-municipality`}
            value={municipalityId ?? ''}
            onChange={(event) => setChosen(event.target.value)}
          >
            {municipalities.data.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.number})
              </option>
            ))}
          </select>
        </div>
      ) : (
        <QueryPending query={municipalities} loadingLabel={t('kostra.loading')} />
      )}
      {municipalityId ? <Comparison municipalityId={municipalityId} /> : null}
      {municipalityId ? <OwnFigure municipalityId={municipalityId} /> : null}
    </>
  );
}

function Comparison({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const comparison = useKostraComparison(municipalityId);
  if (!comparison.data) {
    return <QueryPending query={comparison} loadingLabel={t('kostra.loading')} />;
  }
  const { indicators, regionNote, kostraGroup } = comparison.data;
  return (
    <section aria-labelledby="kostra-comparison" className="page-section">
      <h2 id="kostra-comparison">{t('kostra.comparison.title')}</h2>
      <p>
        {kostraGroup
          ? t('kostra.comparison.group', { group: kostraGroup })
          : t('kostra.comparison.noGroup')}{' '}
        {regionNote}
      </p>
      {indicators.length === 0 ? (
        <EmptyState>{t('kostra.comparison.empty')}</EmptyState>
      ) : (
        indicators.map((comparisonOf) => (
          <IndicatorView key={comparisonOf.indicator.code} comparison={comparisonOf} />
        ))
      )}
      <p className="muted">{t('kostra.symbols')}</p>
    </section>
  );
}

/** The series' name in the chart and the table (SSB's label, or what the service computed). */
function useSeriesName() {
  const { t } = useTranslation();
  return (series: IndicatorComparison['series'][number]): string => {
    if (series.kind === 'REGION') return t('kostra.kind.region');
    if (series.kind === 'COUNTY') return t('kostra.kind.county', { label: series.label });
    return series.label;
  };
}

function IndicatorView({ comparison }: { comparison: IndicatorComparison }) {
  const { t } = useTranslation();
  const { indicator, years, series } = comparison;
  const seriesName = useSeriesName();
  const headingId = useId();
  const decimals = indicator.decimals ?? 1;
  const caption = t('kostra.comparison.tableCaption', { label: indicator.label });
  return (
    <article aria-labelledby={headingId} className="kostra-indicator">
      <h3 id={headingId}>{indicator.label}</h3>
      <p className="muted">
        {t('kostra.comparison.source', {
          code: indicator.code,
          table: indicator.tableId ?? '–',
          unit: indicator.unit || '–',
        })}
      </p>
      <figure className="gap-chart">
        <div
          role="img"
          aria-label={t('kostra.comparison.chartLabel', { label: indicator.label })}
          className="gap-chart__plot"
        >
          <ResponsiveContainer width="100%" height={260}>
            <LineChart
              data={chartRows(years, series)}
              margin={{ top: 16, right: 16, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
              <CartesianGrid vertical={false} stroke="#d5dce3" />
              <XAxis dataKey="year" stroke="#4a5563" />
              <YAxis
                stroke="#4a5563"
                width={56}
                domain={['auto', 'auto']}
                tickFormatter={(value: number) => formatNumber(value, { decimals })}
              />
              <Legend />
              {series.map((s) => (
                <Line
                  key={s.kind}
                  dataKey={s.kind}
                  name={seriesName(s)}
                  stroke={LINE_STYLE[s.kind].color}
                  strokeDasharray={LINE_STYLE[s.kind].dash}
                  strokeWidth={2}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <TableScroll label={caption}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kostra.comparison.series')}</th>
              {years.map((year) => (
                <th key={year} scope="col" className="data-table__numeric">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.kind}>
                <th scope="row">{seriesName(s)}</th>
                {years.map((year) => {
                  const point = s.points.find((p) => p.year === year);
                  return (
                    <td key={year} className="data-table__numeric">
                      {formatKostraValue(point, decimals)}
                      {s.computed && point?.basis ? (
                        <span className="muted">
                          {' '}
                          {t('kostra.comparison.basis', { count: point.basis })}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </article>
  );
}

function OwnFigure({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const own = useKostraOwnFigure(municipalityId);
  if (!own.data) return <QueryPending query={own} loadingLabel={t('kostra.loading')} />;
  const figure = own.data;
  const decimals = figure.decimals ?? 1;
  return (
    <section aria-labelledby="kostra-own" className="page-section">
      <h2 id="kostra-own">{t('kostra.own.title')}</h2>
      <dl className="facts">
        <dt>{t('kostra.own.ours', { date: formatDate(figure.asOf) })}</dt>
        <dd>
          {figure.suppressed
            ? t('kostra.own.suppressed')
            : `${formatNumber(figure.ownValue, { decimals })} %`}
        </dd>
        <dt>
          {figure.ssbYear ? t('kostra.own.ssb', { year: figure.ssbYear }) : t('kostra.own.ssbNone')}
        </dt>
        <dd>
          {figure.ssbValue !== null
            ? `${formatNumber(figure.ssbValue, { decimals })} %`
            : (figure.ssbStatus ?? formatNumber(null))}
        </dd>
      </dl>
      <h3>{t('kostra.own.why')}</h3>
      <ul>
        {figure.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function KostraImport() {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<KostraUploadOutcome | null>(null);
  const upload = useKostraUpload();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || upload.isPending) return;
    upload.mutate(file, { onSuccess: setOutcome });
  };
  return (
    <section aria-labelledby={`${id}-title`} className="page-section">
      <h2 id={`${id}-title`}>{t('kostra.import.title')}</h2>
      <p>{t('kostra.import.intro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('kostra.import.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
        </div>
        <button type="submit" className="button" disabled={!file || upload.isPending}>
          {upload.isPending ? t('kostra.import.busy') : t('kostra.import.submit')}
        </button>
      </form>
      <div aria-live="polite">{outcome ? <ImportOutcome outcome={outcome} /> : null}</div>
    </section>
  );
}

function ImportOutcome({ outcome }: { outcome: KostraUploadOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'failure') {
    return (
      <p role="alert" className="form-error">
        {outcome.message ?? t('kostra.import.failed')}
      </p>
    );
  }
  const { report } = outcome;
  return (
    <div className="kostra-report">
      <h3>{t('kostra.import.done', { file: report.fileName ?? '' })}</h3>
      <dl className="facts">
        <dt>{t('kostra.import.added')}</dt>
        <dd>{formatInteger(report.added)}</dd>
        <dt>{t('kostra.import.unchanged')}</dt>
        <dd>{formatInteger(report.unchanged)}</dd>
        <dt>{t('kostra.import.corrected')}</dt>
        <dd>{formatInteger(report.corrected)}</dd>
        <dt>{t('kostra.import.skipped')}</dt>
        <dd>{formatInteger(report.skipped)}</dd>
      </dl>
      {report.groupsUpdated.length > 0 ? (
        <p>{t('kostra.import.groups', { numbers: report.groupsUpdated.join(', ') })}</p>
      ) : null}
      {report.skippedRegions.length > 0 ? (
        <>
          <h4>{t('kostra.import.skippedTitle')}</h4>
          <ul>
            {report.skippedRegions.slice(0, 20).map((s) => (
              <li key={s.code}>
                {t('kostra.import.skippedRegion', {
                  code: s.code,
                  label: s.label,
                  reason: s.reason,
                  count: s.figures,
                })}
              </li>
            ))}
          </ul>
          {report.skippedRegions.length > 20 ? (
            <p>{t('kostra.import.skippedMore', { count: report.skippedRegions.length - 20 })}</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
