import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, TableScroll } from '@web/shared/ui';
import { chartSeries, type FigureRow } from '../utils/statistics-series';
import { FigureBarChart } from './figure-bar-chart';
import { FigureValue } from './figure-value';

const TABLE_LIMIT = 10;

interface FigureListProps {
  id: string;
  heading: string;
  intro?: string;
  rows: readonly FigureRow[];
  /** Column header of the names ("Kompetanse", "Måte"). */
  labelHeader: string;
  minGroupSize: number;
  empty: string;
}

/** One aggregate: a chart of the visible figures and the full table (hidden ones with reasons). */
export function FigureList({
  id,
  heading,
  intro,
  rows,
  labelHeader,
  minGroupSize,
  empty,
}: FigureListProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  // Long lists (the whole catalogue) start with the largest figures; the rest is one click away.
  const shown = expanded ? rows : rows.slice(0, TABLE_LIMIT);
  return (
    <section aria-labelledby={id} className="section panel figure-list">
      <h2 id={id}>{heading}</h2>
      {intro ? <p className="section__intro">{intro}</p> : null}
      {rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <>
          <FigureBarChart
            series={chartSeries(rows)}
            caption={t('appraisals.figures.chartCaption', { heading })}
          />
          <TableScroll label={heading}>
            <table className="data-table" id={`${id}-table`}>
              <caption className="visually-hidden">{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{labelHeader}</th>
                  <th scope="col" className="data-table__numeric">
                    {t('appraisals.figures.people')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td className="data-table__numeric">
                      <FigureValue figure={row.figure} minGroupSize={minGroupSize} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {rows.length > TABLE_LIMIT ? (
            <button
              type="button"
              className="button button--secondary button--small table-toggle"
              aria-expanded={expanded}
              aria-controls={`${id}-table`}
              onClick={() => setExpanded((current) => !current)}
            >
              {expanded
                ? t('appraisals.figures.showFewer')
                : t('appraisals.figures.showAll', { count: rows.length })}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
