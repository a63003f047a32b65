// What importing a JSON-stat dataset of KOSTRA figures does to the stored figures, decided
// before anything is written (docs/kostra.md, "Import rules"):
// - a figure is one indicator × region code × year, with a value or null and SSB's status symbol;
// - a region code the service does not know is reported and skipped, never guessed; a retired
//   municipality number is recognised from its label («Gjøvik (-2019)») and said so;
// - a figure equal to the stored one (value and symbol) is unchanged; a different one is a
//   correction (the caller keeps the old one as history);
// - a position with neither a value nor a symbol is not a figure (a sparse file leaves it out);
// - a file that cannot be read as annual KOSTRA figures is refused whole.

import {
  kostraRegionKind,
  retiredPeriod,
  type JsonStatDataset,
  type KostraRegionKind,
} from './json-stat';

export interface KnownKostraRegion {
  code: string;
  kind: KostraRegionKind;
  label: string;
}

export interface StoredKostraFigure {
  value: number | null;
  status: string | null;
}

export interface KostraFigure extends StoredKostraFigure {
  indicator: string;
  region: string;
  year: number;
}

export interface KostraIndicatorInfo {
  code: string;
  label: string;
  unit: string;
  decimals: number | null;
  tableId: string | null;
  notes: string[];
}

export interface SkippedKostraRegion {
  code: string;
  label: string;
  /** Why, in Norwegian. */
  reason: string;
  /** How many figures of the file were left out with it. */
  figures: number;
}

export interface KostraRegionSeen {
  code: string;
  label: string;
  /** The last year of a retired number, from its label; null when still valid. */
  validTo: number | null;
  validFrom: number | null;
}

export interface KostraImportPlan {
  indicators: KostraIndicatorInfo[];
  /** Figures not stored before. */
  added: KostraFigure[];
  /** Figures that replace a different stored one. */
  corrected: KostraFigure[];
  unchanged: number;
  skipped: SkippedKostraRegion[];
  /** Known regions as the file names them (labels and periods are kept current). */
  regions: KostraRegionSeen[];
  years: number[];
}

export type KostraImportPlanResult =
  { ok: true; plan: KostraImportPlan } | { ok: false; problem: string };

export function kostraFigureKey(indicator: string, region: string, year: number): string {
  return `${indicator}|${region}|${year}`;
}

function sameFigure(a: StoredKostraFigure, b: StoredKostraFigure): boolean {
  return a.value === b.value && (a.status ?? null) === (b.status ?? null);
}

/** Why an unknown code is skipped, in words a municipal leader understands. */
function skipReason(code: string, label: string): string {
  const period = retiredPeriod(label);
  if (period) {
    const years = `${period.from ?? ''}–${period.to}`;
    return `utgått kommunenummer (gyldig ${years}) som ikke hører til en kommune i regionen`;
  }
  switch (kostraRegionKind(code)) {
    case 'MUNICIPALITY':
      return 'kommunen er ikke med i regionen';
    case 'COUNTY':
      return 'ukjent fylkeskode';
    case 'KOSTRA_GROUP':
      return 'ukjent KOSTRA-gruppe';
    default:
      return 'ukjent regionkode';
  }
}

/**
 * Plans an import: `known` holds the region codes the service knows (by code), `stored` the
 * current figures by `kostraFigureKey`.
 */
export function planKostraImport(
  dataset: JsonStatDataset,
  known: ReadonlyMap<string, KnownKostraRegion>,
  stored: ReadonlyMap<string, StoredKostraFigure>,
): KostraImportPlanResult {
  const fail = (problem: string): KostraImportPlanResult => ({ ok: false, problem });
  if (dataset.metrics.length === 1 && dataset.metrics[0].code === '') {
    return fail(
      'Filen har ingen statistikkvariabel (role.metric): det går ikke an å se hvilket nøkkeltall tallene er',
    );
  }
  const badYear = dataset.times.find((t) => !/^\d{4}$/.test(t.code));
  if (badYear) {
    return fail(
      `Tidsdimensjonen har «${badYear.code}», men KOSTRA-tall må gjelde et år (fire sifre, f.eks. 2024)`,
    );
  }
  // figures are indicator × region × year: another dimension must hold one category
  const others = new Map<string, Set<string>>();
  for (const o of dataset.observations) {
    for (const [dimension, code] of Object.entries(o.other)) {
      const codes = others.get(dimension) ?? new Set<string>();
      codes.add(code);
      others.set(dimension, codes);
    }
  }
  for (const [dimension, codes] of others) {
    if (codes.size > 1) {
      return fail(
        `Dimensjonen «${dimension}» har ${codes.size} kategorier; velg én (høyst 1) når tabellen hentes fra SSB`,
      );
    }
  }

  const labels = new Map(dataset.regions.map((r) => [r.code, r.label]));
  const skipped = new Map<string, SkippedKostraRegion>();
  const added: KostraFigure[] = [];
  const corrected: KostraFigure[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const o of dataset.observations) {
    if (o.value === null && o.status === null) continue;
    if (!known.has(o.region)) {
      const label = labels.get(o.region) ?? o.region;
      const entry = skipped.get(o.region) ?? {
        code: o.region,
        label,
        reason: skipReason(o.region, label),
        figures: 0,
      };
      entry.figures += 1;
      skipped.set(o.region, entry);
      continue;
    }
    seen.add(o.region);
    const figure: KostraFigure = {
      indicator: o.metric,
      region: o.region,
      year: Number(o.time),
      value: o.value,
      status: o.status,
    };
    const before = stored.get(kostraFigureKey(figure.indicator, figure.region, figure.year));
    if (!before) added.push(figure);
    else if (sameFigure(before, figure)) unchanged += 1;
    else corrected.push(figure);
  }
  return {
    ok: true,
    plan: {
      indicators: dataset.metrics.map((m) => ({
        code: m.code,
        label: m.label,
        unit: m.unit,
        decimals: m.decimals,
        tableId: dataset.tableId,
        notes: dataset.notes,
      })),
      added,
      corrected,
      unchanged,
      skipped: [...skipped.values()],
      regions: dataset.regions
        .filter((r) => seen.has(r.code))
        .map((r) => {
          const period = retiredPeriod(r.label);
          return {
            code: r.code,
            label: r.label,
            validFrom: period?.from ?? null,
            validTo: period?.to ?? null,
          };
        }),
      years: dataset.times.map((t) => Number(t.code)),
    },
  };
}
