import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { formatNorwegianDate, neutraliseSpreadsheetCell } from '@kp/domain';
import type { FundingReport } from '../participation/models/funding-report.model';
import { FundingSource } from '../plans/plan.enums';
import { CSV_BOM, csvLine, endOutput, type CsvCell, writeChunk } from './csv-writer';
import type { ExportFormat } from './export-format';

// The funding report as a download for the grant report to Statsforvalteren: three tables
// (measures, funding sources, gaps before and after), as sheets of a workbook or as sections
// of one CSV file separated by an empty line.

interface Table {
  name: string;
  rows: CsvCell[][];
}

const SOURCE_NAMES: Record<FundingSource, string> = {
  [FundingSource.OWN_BUDGET]: 'Eget budsjett',
  [FundingSource.COMPETENCE_GRANT]: 'Kompetanse- og innovasjonstilskudd',
  [FundingSource.OTHER]: 'Annet',
};
const SOURCES = Object.values(FundingSource);

function tables(report: FundingReport): Table[] {
  const amount = (line: FundingReport['measures'][number], source: FundingSource) =>
    line.funding.find((f) => f.source === source)?.amount ?? 0;
  const rounded = report.rounded ? ` (avrundet til ${report.minGroupSize}-ere)` : '';
  return [
    {
      name: 'Tiltak',
      rows: [
        [
          'Tiltak',
          'Kommune',
          'Start',
          'Slutt',
          `Deltakere${rounded}`,
          `Fullført${rounded}`,
          'Timer per deltaker',
          'Deltakertimer',
          'Andel tatt med',
          ...SOURCES.map((source) => SOURCE_NAMES[source]),
          'Kostnad',
        ],
        ...report.measures.map((m) => [
          m.title,
          m.municipalityName ?? 'Regionalt',
          formatNorwegianDate(m.startsOn),
          formatNorwegianDate(m.endsOn),
          m.participants.value,
          m.completed.value,
          m.hours,
          m.participantHours,
          m.attributed,
          ...SOURCES.map((source) => amount(m, source)),
          m.cost,
        ]),
        [
          'Sum',
          null,
          null,
          null,
          report.totals.participants,
          report.totals.completed,
          null,
          report.totals.participantHours,
          null,
          ...report.sources.map((s) => s.cost),
          report.totals.cost,
        ],
      ],
    },
    {
      name: 'Finansiering',
      rows: [
        ['Finansieringskilde', 'Tiltak', `Deltakere${rounded}`, 'Deltakertimer', 'Kostnad'],
        ...report.sources.map((s) => [
          SOURCE_NAMES[s.source],
          s.measures,
          s.participants,
          s.participantHours,
          s.cost,
        ]),
        [
          'Sum (hvert tiltak én gang)',
          report.totals.measures,
          report.totals.participants,
          report.totals.participantHours,
          report.totals.cost,
        ],
      ],
    },
    {
      name: 'Gap før og etter',
      rows: [
        [
          'Enhet',
          'Kompetanse',
          'Nivå',
          'Krav',
          'Målt i',
          'Før (dato)',
          'Innehavere før',
          'Gap før',
          'Innehavere nå',
          'Gap nå',
          'Avrundet',
        ],
        ...report.gaps.map((g) => [
          g.unitName,
          g.competenceName,
          g.minLevel,
          g.required,
          g.measure === 'FTE' ? 'Årsverk' : 'Personer',
          formatNorwegianDate(g.before),
          g.holdersBefore,
          g.gapBefore,
          g.holdersAfter,
          g.gapAfter,
          g.rounded ? 'ja' : 'nei',
        ]),
      ],
    },
  ];
}

/** Writes the report to `out` (an HTTP response) as CSV or XLSX. */
export async function writeFundingReport(
  report: FundingReport,
  format: ExportFormat,
  out: Writable,
): Promise<void> {
  const all = tables(report);
  const title = `Tilskuddsrapport ${report.scopeName} ${formatNorwegianDate(report.from)}–${formatNorwegianDate(report.to)}`;
  if (format === 'csv') {
    await writeChunk(out, CSV_BOM + csvLine([title]));
    for (const table of all) {
      await writeChunk(out, csvLine([]) + csvLine([table.name]));
      for (const row of table.rows) await writeChunk(out, csvLine(row));
    }
    await endOutput(out);
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.title = title;
  for (const table of all) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of table.rows) {
      sheet
        .addRow(
          row.map((cell) => (typeof cell === 'string' ? neutraliseSpreadsheetCell(cell) : cell)),
        )
        .commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}
