// Reading a JSON-stat 2.0 dataset (the format of SSB's open API, and of its downloads) into
// flat observations: one per metric, region, time and any other category, with the status
// symbol kept (a missing figure is null with its symbol, never 0). Nothing is assumed about
// the order or the names of the dimensions: time, geography and metric are found by their
// `role`; the values may be dense (an array in row-major order, the last dimension fastest)
// or sparse (an object keyed by position); units and decimals come from the metric
// dimension's `category.unit`. Problems are reported in Norwegian, naming what is wrong.

export interface JsonStatCategory {
  code: string;
  label: string;
}

export interface JsonStatMetric extends JsonStatCategory {
  /** e.g. "prosent", "årsverk"; '' when the file gives none. */
  unit: string;
  /** Decimals to show; null when the file gives none. */
  decimals: number | null;
}

export interface JsonStatObservation {
  metric: string;
  region: string;
  time: string;
  value: number | null;
  /** SSB's symbol: '..' data missing, '.' not possible, ':' confidential; null for none. */
  status: string | null;
  /** Categories of dimensions other than metric, region and time (e.g. age), by dimension id. */
  other: Record<string, string>;
}

export interface JsonStatDataset {
  label: string;
  source: string;
  updated: string | null;
  /** SSB's table number: `extension.px.tableid`, else the «12209:» that starts the label. */
  tableId: string | null;
  notes: string[];
  metrics: JsonStatMetric[];
  regions: JsonStatCategory[];
  times: JsonStatCategory[];
  observations: JsonStatObservation[];
}

export type JsonStatResult =
  { ok: true; dataset: JsonStatDataset } | { ok: false; problem: string };

interface Dimension {
  id: string;
  codes: string[];
  labels: Map<string, string>;
  units: Map<string, { unit: string; decimals: number | null }>;
}

const NOT_JSON_STAT = 'Filen er ikke JSON-stat 2.0 (formatet SSBs API leverer)';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function notes(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : [];
}

/** The dimension's categories in index order, or a problem. */
function readDimension(id: string, raw: unknown, size: number): Dimension | string {
  if (!isObject(raw) || !isObject(raw.category)) {
    return `${NOT_JSON_STAT}: dimensjonen «${id}» mangler kategorier`;
  }
  const { index, label, unit } = raw.category;
  let codes: string[];
  if (Array.isArray(index)) {
    codes = index.map(String);
  } else if (isObject(index)) {
    // filled, not holey: a position no code takes must be seen below
    codes = Array.from({ length: size }, () => '');
    for (const [code, position] of Object.entries(index)) {
      if (
        typeof position !== 'number' ||
        !Number.isInteger(position) ||
        position < 0 ||
        position >= size
      ) {
        return `${NOT_JSON_STAT}: dimensjonen «${id}» har en ugyldig plass for «${code}»`;
      }
      codes[position] = code;
    }
  } else if (isObject(label) && Object.keys(label).length === 1) {
    // a dimension of one category may give only its label
    codes = Object.keys(label);
  } else {
    return `${NOT_JSON_STAT}: dimensjonen «${id}» mangler category.index`;
  }
  if (codes.length !== size || codes.some((code) => code === '')) {
    return `Dimensjonen «${id}» har ${codes.filter(Boolean).length} kategorier, men size sier ${size}`;
  }
  const labels = new Map(
    codes.map((code) => [code, isObject(label) ? text(label[code]) || code : code]),
  );
  const units = new Map<string, { unit: string; decimals: number | null }>();
  if (isObject(unit)) {
    for (const code of codes) {
      const u = unit[code];
      if (isObject(u)) {
        const decimals =
          typeof u.decimals === 'number' && Number.isInteger(u.decimals) ? u.decimals : null;
        units.set(code, { unit: text(u.base) || text(u.label), decimals });
      }
    }
  }
  return { id, codes, labels, units };
}

function roleOf(
  role: unknown,
  name: 'time' | 'geo' | 'metric',
  ids: readonly string[],
): string | null {
  if (!isObject(role)) return null;
  const listed = role[name];
  if (!Array.isArray(listed)) return null;
  const found = listed.find((id): id is string => typeof id === 'string' && ids.includes(id));
  return found ?? null;
}

/** Value and status at a position, dense or sparse; a value that is not a number is a problem. */
function valueReader(raw: Json, count: number): ((position: number) => number | null) | string {
  const { value } = raw;
  if (Array.isArray(value)) {
    if (value.length !== count) {
      return `value har ${value.length} tall, men dimensjonene gir ${count} (${NOT_JSON_STAT.toLowerCase()} eller filen er avkortet)`;
    }
    const bad = value.findIndex(
      (v) => v !== null && (typeof v !== 'number' || !Number.isFinite(v)),
    );
    if (bad >= 0) return `value på plass ${bad} er ikke et tall: ${JSON.stringify(value[bad])}`;
    return (position) => value[position] as number | null;
  }
  if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      const position = Number(key);
      if (!Number.isInteger(position) || position < 0 || position >= count) {
        return `value har plassen «${key}», som ikke finnes (0–${count - 1})`;
      }
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        return `value på plass ${key} er ikke et tall: ${JSON.stringify(v)}`;
      }
    }
    return (position) => {
      const v = value[String(position)];
      return typeof v === 'number' ? v : null;
    };
  }
  return `${NOT_JSON_STAT}: value mangler`;
}

function statusReader(raw: Json): (position: number) => string | null {
  const { status } = raw;
  if (typeof status === 'string') return () => status;
  if (Array.isArray(status)) return (position) => text(status[position]) || null;
  if (isObject(status)) return (position) => text(status[String(position)]) || null;
  return () => null;
}

function tableIdOf(raw: Json): string | null {
  const px = isObject(raw.extension) && isObject(raw.extension.px) ? raw.extension.px : null;
  const given = px ? px.tableid : undefined;
  if (typeof given === 'string' && given.trim()) return given.trim();
  if (typeof given === 'number' && Number.isInteger(given)) return String(given);
  return /^\s*(\d{5})\s*:/.exec(text(raw.label))?.[1] ?? null;
}

/** Reads a parsed JSON document as a JSON-stat 2.0 dataset. */
export function readJsonStat(document: unknown): JsonStatResult {
  const fail = (problem: string): JsonStatResult => ({ ok: false, problem });
  // a collection or bundle of one dataset is read as that dataset
  const raw =
    isObject(document) && document.class !== 'dataset' && isObject(document.dataset)
      ? document.dataset
      : document;
  if (
    !isObject(raw) ||
    !Array.isArray(raw.id) ||
    !Array.isArray(raw.size) ||
    !isObject(raw.dimension)
  ) {
    return fail(`${NOT_JSON_STAT}: den mangler id, size eller dimension`);
  }
  if (raw.class !== undefined && raw.class !== 'dataset') {
    return fail(`${NOT_JSON_STAT}: class er «${text(raw.class)}», ikke «dataset»`);
  }
  const ids = raw.id.map(String);
  const sizes = raw.size.map((s) =>
    typeof s === 'number' && Number.isInteger(s) && s >= 0 ? s : NaN,
  );
  if (ids.length !== sizes.length || sizes.some(Number.isNaN)) {
    return fail(`${NOT_JSON_STAT}: id og size har ikke like mange dimensjoner`);
  }
  const dimensions: Dimension[] = [];
  for (const [i, id] of ids.entries()) {
    const dimension = readDimension(id, raw.dimension[id], sizes[i]);
    if (typeof dimension === 'string') return fail(dimension);
    dimensions.push(dimension);
  }
  const geo = roleOf(raw.role, 'geo', ids);
  if (!geo)
    return fail(
      'Filen har ingen geografisk dimensjon (role.geo): det går ikke an å se hvilken kommune tallene gjelder',
    );
  const time = roleOf(raw.role, 'time', ids);
  if (!time)
    return fail(
      'Filen har ingen tidsdimensjon (role.time): det går ikke an å se hvilket år tallene gjelder',
    );
  const metric = roleOf(raw.role, 'metric', ids);
  const count = sizes.reduce((product, size) => product * size, 1);
  const readValue = valueReader(raw, count);
  if (typeof readValue === 'string') return fail(readValue);
  const readStatus = statusReader(raw);

  const byId = new Map(dimensions.map((d) => [d.id, d]));
  const geoDimension = byId.get(geo) as Dimension;
  const timeDimension = byId.get(time) as Dimension;
  const metricDimension = metric ? (byId.get(metric) as Dimension) : null;
  const others = dimensions.filter((d) => d.id !== geo && d.id !== time && d.id !== metric);
  const strides = sizes.map((_, i) =>
    sizes.slice(i + 1).reduce((product, size) => product * size, 1),
  );

  const observations: JsonStatObservation[] = [];
  const position = new Array<number>(dimensions.length).fill(0);
  for (let flat = 0; flat < count; flat += 1) {
    for (let d = 0; d < dimensions.length; d += 1) {
      position[d] = Math.floor(flat / strides[d]) % sizes[d];
    }
    const code = (dimension: Dimension) => dimension.codes[position[dimensions.indexOf(dimension)]];
    const other: Record<string, string> = {};
    for (const dimension of others) other[dimension.id] = code(dimension);
    observations.push({
      metric: metricDimension ? code(metricDimension) : '',
      region: code(geoDimension),
      time: code(timeDimension),
      value: readValue(flat),
      status: readStatus(flat),
      other,
    });
  }
  const categories = (dimension: Dimension): JsonStatCategory[] =>
    dimension.codes.map((code) => ({ code, label: dimension.labels.get(code) ?? code }));
  const metrics: JsonStatMetric[] = metricDimension
    ? metricDimension.codes.map((code) => ({
        code,
        label: metricDimension.labels.get(code) ?? code,
        unit: metricDimension.units.get(code)?.unit ?? '',
        decimals: metricDimension.units.get(code)?.decimals ?? null,
      }))
    : [{ code: '', label: text(raw.label), unit: '', decimals: null }];
  return {
    ok: true,
    dataset: {
      label: text(raw.label),
      source: text(raw.source),
      updated: text(raw.updated) || null,
      tableId: tableIdOf(raw),
      notes: notes(raw.note),
      metrics,
      regions: categories(geoDimension),
      times: categories(timeDimension),
      observations,
    },
  };
}

export type KostraRegionKind = 'MUNICIPALITY' | 'COUNTY' | 'KOSTRA_GROUP' | 'COUNTRY' | 'OTHER';

/**
 * What an SSB region code stands for: four-digit municipality numbers (3407), counties
 * (EKA34), KOSTRA groups (EKG08), the country (EAK) and the country without Oslo (EAKUO).
 */
export function kostraRegionKind(code: string): KostraRegionKind {
  if (/^\d{4}$/.test(code)) return 'MUNICIPALITY';
  if (/^EKA\d{2}$/.test(code)) return 'COUNTY';
  if (/^EKG\d{2}$/.test(code)) return 'KOSTRA_GROUP';
  if (code === 'EAK' || code === 'EAKUO') return 'COUNTRY';
  return 'OTHER';
}

/**
 * The years a region code was valid, from SSB's label suffix: «Bærum (-2019)» until 2019,
 * «Ringerike (2020-2023)» 2020–2023; null when the label carries none (still valid).
 */
export function retiredPeriod(label: string): { from: number | null; to: number } | null {
  const match = /\((\d{4})?-(\d{4})\)\s*$/.exec(label);
  if (!match) return null;
  return { from: match[1] ? Number(match[1]) : null, to: Number(match[2]) };
}
