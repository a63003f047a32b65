import { useTranslation } from 'react-i18next';
import { buildCsv, CSV_MIME_TYPE } from '../utils/csv';
import { exportFileName, type ExportTable } from '../utils/export-table';
import { buildXlsx, XLSX_MIME_TYPE } from '../utils/xlsx';

interface ExportButtonsProps {
  /** What the view shows, as a table. */
  table: ExportTable;
  /** Readable parts of the file name, e.g. the view, the scope and the date. */
  fileParts: readonly string[];
}

function download(fileName: string, type: string, data: BlobPart) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click has run.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads of what a view shows: CSV for any program, XLSX for Excel. */
export function ExportButtons({ table, fileParts }: ExportButtonsProps) {
  const { t } = useTranslation();
  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={t('gaps.export.label', { name: table.name })}
    >
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => download(exportFileName(fileParts, 'csv'), CSV_MIME_TYPE, buildCsv(table))}
      >
        {t('gaps.export.csv')}
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() =>
          download(exportFileName(fileParts, 'xlsx'), XLSX_MIME_TYPE, buildXlsx(table))
        }
      >
        {t('gaps.export.xlsx')}
      </button>
    </div>
  );
}
