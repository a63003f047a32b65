import type { KostraImportReport as Report } from './kostra-import.service';
import { KostraImportReport, KostraImportSource } from './models/kostra.model';

export function toImportReport(report: Report): KostraImportReport {
  return { ...report, source: KostraImportSource[report.source] };
}
