import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { formatNumber, MINUS_SIGN } from '@web/shared/format';
import { CheckboxField, FieldSet } from '@web/shared/forms';
import { EmptyState, PageHeading, QueryPending, TableScroll } from '@web/shared/ui';
import { useIndicators, useSeptemberView } from '../hooks/use-evaluation';
import { evaluationPath, septemberExportUrl } from '../utils/evaluation-paths';
import { formatPeriod } from '../utils/run-chart-data';

/** The indicators chosen first: the computed ones and the entered ones, up to six. */
const FIRST_CHOSEN = 6;

function signed(value: number, decimals: number): string {
  const text = formatNumber(Math.abs(value), { decimals });
  return value > 0 ? `+${text}` : value < 0 ? `${MINUS_SIGN}${text}` : text;
}

/**
 * The September meeting: for the region and each municipality, baseline against now for the
 * chosen indicators, the signals and the measures behind them. Printable (the print style
 * drops the menu and the choices) and downloadable as CSV or XLSX.
 */
export function SeptemberPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('evaluation.september.title'));
  const indicators = useIndicators();
  const list = indicators.data ?? [];
  const [chosen, setChosen] = useState<string[] | null>(null);
  const ids = chosen ?? list.slice(0, FIRST_CHOSEN).map((i) => i.id);
  const view = useSeptemberView(ids);
  const months = t('evaluation.monthsShort').split(',');

  return (
    <div className="september">
      <PageHeading lead={t('evaluation.september.lead')}>
        {t('evaluation.september.title')}
      </PageHeading>
      <p className="no-print">
        <Link to={evaluationPath()}>{t('evaluation.september.back')}</Link>
      </p>
      {!indicators.data ? (
        <QueryPending query={indicators} loadingLabel={t('evaluation.loading')} />
      ) : (
        <>
          <FieldSet
            id="september-choices"
            legend={t('evaluation.september.choose')}
            className="no-print september__choices"
          >
            {list.map((indicator) => (
              <CheckboxField
                key={indicator.id}
                id={`september-${indicator.id}`}
                label={indicator.name}
                checked={ids.includes(indicator.id)}
                onChange={(checked) =>
                  setChosen(
                    checked ? [...ids, indicator.id] : ids.filter((id) => id !== indicator.id),
                  )
                }
              />
            ))}
          </FieldSet>
          <div
            className="export-buttons no-print"
            role="group"
            aria-label={t('evaluation.september.exportLabel')}
          >
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => window.print()}
            >
              {t('evaluation.september.print')}
            </button>
            {ids.length > 0 ? (
              <>
                <a
                  className="button button--small button--secondary"
                  href={septemberExportUrl(ids, 'csv')}
                  download
                >
                  {t('evaluation.september.csv')}
                </a>
                <a
                  className="button button--small button--secondary"
                  href={septemberExportUrl(ids, 'xlsx')}
                  download
                >
                  {t('evaluation.september.xlsx')}
                </a>
              </>
            ) : null}
          </div>
          {ids.length === 0 ? (
            <EmptyState>{t('evaluation.september.noneChosen')}</EmptyState>
          ) : !view.data ? (
            <QueryPending query={view} loadingLabel={t('evaluation.september.loading')} />
          ) : (
            <div aria-busy={view.isFetching}>
              {view.data.scopes.map((scope) => (
                <section
                  key={scope.id}
                  className="september__scope"
                  aria-labelledby={`scope-${scope.id}`}
                >
                  <h2 id={`scope-${scope.id}`}>{scope.name}</h2>
                  <TableScroll label={t('evaluation.september.tableLabel', { name: scope.name })}>
                    <table className="table">
                      <caption className="visually-hidden">
                        {t('evaluation.september.tableLabel', { name: scope.name })}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('evaluation.september.indicator')}</th>
                          <th scope="col" className="number">
                            {t('evaluation.september.baseline')}
                          </th>
                          <th scope="col" className="number">
                            {t('evaluation.september.now')}
                          </th>
                          <th scope="col" className="number">
                            {t('evaluation.september.change')}
                          </th>
                          <th scope="col">{t('evaluation.september.signals')}</th>
                          <th scope="col">{t('evaluation.september.measures')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {scope.cells.map((cell) => {
                          const indicator = view.data.indicators.find(
                            (i) => i.id === cell.indicatorId,
                          );
                          const decimals = indicator?.decimals ?? 1;
                          return (
                            <tr key={cell.indicatorId}>
                              <th scope="row">
                                {indicator?.name}
                                {indicator?.unit ? ` (${indicator.unit})` : ''}
                                {cell.rounded ? ` ${t('evaluation.september.roundedMark')}` : ''}
                              </th>
                              <td className="number">
                                {formatNumber(cell.baselineValue, { decimals })}
                              </td>
                              <td className="number">
                                {formatNumber(cell.currentValue, { decimals })}
                                {cell.currentPeriod ? (
                                  <span className="september__period">
                                    {` (${formatPeriod(cell.currentPeriod, months)})`}
                                  </span>
                                ) : null}
                              </td>
                              <td className="number">
                                {cell.change === null || cell.change === undefined
                                  ? '–'
                                  : `${signed(cell.change, decimals)} ${
                                      cell.change === 0
                                        ? ''
                                        : cell.improved
                                          ? t('evaluation.september.better')
                                          : t('evaluation.september.worse')
                                    }`.trim()}
                              </td>
                              <td>
                                {cell.signals.length === 0
                                  ? t('evaluation.september.noSignals')
                                  : cell.signals.join(' ')}
                              </td>
                              <td>
                                {(indicator?.measures ?? []).map((m) => m.title).join('; ') ||
                                  t('evaluation.september.noMeasures')}
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </TableScroll>
                </section>
              ))}
              {view.data.scopes.some((s) => s.cells.some((c) => c.rounded)) ? (
                <p className="evaluation-note">{t('evaluation.september.roundedNote')}</p>
              ) : null}
            </div>
          )}
        </>
      )}
    </div>
  );
}
