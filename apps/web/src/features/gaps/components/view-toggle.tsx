import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartOrTableProps {
  chart: ReactNode;
  table: ReactNode;
}

/**
 * A chart with its table alternative behind a visible "Vis som tabell" toggle. The button
 * names what it switches to, and the region it controls keeps its place, so focus stays.
 */
export function ChartOrTable({ chart, table }: ChartOrTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <>
      <p className="view-toggle">
        <button
          type="button"
          className="button button--small button--secondary"
          aria-controls={id}
          onClick={() => setAsTable((current) => !current)}
        >
          {asTable ? t('gaps.showChart') : t('gaps.showTable')}
        </button>
      </p>
      <div id={id}>{asTable ? table : chart}</div>
    </>
  );
}
