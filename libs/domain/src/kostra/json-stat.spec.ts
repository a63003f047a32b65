import {
  kostraRegionKind,
  readJsonStat,
  retiredPeriod,
  type JsonStatObservation,
} from './json-stat';

// Two municipalities × two indicators × two years, written by hand in three shapes.
const REGION = {
  label: 'region',
  category: {
    index: { '3407': 0, EKG08: 1 },
    label: { '3407': 'Gjøvik', EKG08: 'KOSTRA-gruppe 8' },
  },
};
const CONTENTS = {
  label: 'statistikkvariabel',
  category: {
    index: { KOSandelmhelseut0000: 0, KOSaarsvbrukerom0000: 1 },
    label: {
      KOSandelmhelseut0000: 'Andel med helsefaglig utdanning (prosent)',
      KOSaarsvbrukerom0000: 'Årsverk per bruker (årsverk)',
    },
    unit: {
      KOSandelmhelseut0000: { base: 'prosent', decimals: 1 },
      KOSaarsvbrukerom0000: { base: 'årsverk', decimals: 2 },
    },
  },
};
const YEARS = { label: 'år', category: { index: { '2023': 0, '2024': 1 } } };
const ROLE = { time: ['Tid'], geo: ['KOKkommuneregion0000'], metric: ['ContentsCode'] };

/** region, contents, year: the last varies fastest. */
const regionFirst = {
  version: '2.0',
  class: 'dataset',
  label: '12209: Utvalgte nøkkeltall',
  source: 'Statistisk sentralbyrå',
  updated: '2025-06-16T06:00:00Z',
  note: ['.. = Tallgrunnlag mangler.'],
  role: ROLE,
  id: ['KOKkommuneregion0000', 'ContentsCode', 'Tid'],
  size: [2, 2, 2],
  dimension: { KOKkommuneregion0000: REGION, ContentsCode: CONTENTS, Tid: YEARS },
  // Gjøvik: andel 73.9, 71.8; årsverk 0.47, 0.61 — EKG08: andel 75.0, missing; årsverk 0.5, 0.52
  value: [73.9, 71.8, 0.47, 0.61, 75.0, null, 0.5, 0.52],
  status: { '5': '..' },
};

/** The same figures with time first, then contents, then region; indexes as arrays. */
const timeFirst = {
  version: '2.0',
  class: 'dataset',
  role: { metric: ['ContentsCode'], geo: ['KOKkommuneregion0000'], time: ['Tid'] },
  id: ['Tid', 'ContentsCode', 'KOKkommuneregion0000'],
  size: [2, 2, 2],
  dimension: {
    Tid: { category: { index: ['2023', '2024'] } },
    ContentsCode: {
      ...CONTENTS,
      category: { ...CONTENTS.category, index: ['KOSandelmhelseut0000', 'KOSaarsvbrukerom0000'] },
    },
    KOKkommuneregion0000: { ...REGION, category: { ...REGION.category, index: ['3407', 'EKG08'] } },
  },
  // 2023: andel (3407, EKG08), årsverk (3407, EKG08); 2024: the same
  value: [73.9, 75.0, 0.47, 0.5, 71.8, null, 0.61, 0.52],
  status: ['', '', '', '', '', '..', '', ''],
};

/** Sparse: only the present values, keyed by position, and an extra dimension of one category. */
const sparse = {
  ...regionFirst,
  id: ['KOKkommuneregion0000', 'Alder', 'ContentsCode', 'Tid'],
  size: [2, 1, 2, 2],
  dimension: {
    ...regionFirst.dimension,
    Alder: { label: 'alder', category: { label: { '999': 'Alle aldre' } } },
  },
  value: { '0': 73.9, '1': 71.8, '2': 0.47, '3': 0.61, '4': 75.0, '6': 0.5, '7': 0.52 },
};

function figures(observations: readonly JsonStatObservation[]): string[] {
  return observations
    .map((o) => `${o.region} ${o.metric} ${o.time}: ${o.value ?? 'null'} ${o.status ?? ''}`.trim())
    .sort();
}

const EXPECTED = [
  '3407 KOSaarsvbrukerom0000 2023: 0.47',
  '3407 KOSaarsvbrukerom0000 2024: 0.61',
  '3407 KOSandelmhelseut0000 2023: 73.9',
  '3407 KOSandelmhelseut0000 2024: 71.8',
  'EKG08 KOSaarsvbrukerom0000 2023: 0.5',
  'EKG08 KOSaarsvbrukerom0000 2024: 0.52',
  'EKG08 KOSandelmhelseut0000 2023: 75',
  'EKG08 KOSandelmhelseut0000 2024: null ..',
];

describe('readJsonStat', () => {
  it.each([
    ['region, metric, time (dense, status by position)', regionFirst],
    ['time, metric, region (indexes as arrays, status as an array)', timeFirst],
  ])('reads %s to the same figures', (_, document) => {
    const result = readJsonStat(document);
    if (!result.ok) throw new Error(result.problem);
    expect(figures(result.dataset.observations)).toEqual(EXPECTED);
  });

  it('reads sparse values with a missing position as null, and keeps other dimensions', () => {
    const result = readJsonStat(sparse);
    if (!result.ok) throw new Error(result.problem);
    expect(figures(result.dataset.observations)).toEqual(EXPECTED);
    expect(result.dataset.observations[0].other).toEqual({ Alder: '999' });
  });

  it('takes units, decimals, labels and notes from the file', () => {
    const result = readJsonStat(regionFirst);
    if (!result.ok) throw new Error(result.problem);
    expect(result.dataset.metrics).toEqual([
      {
        code: 'KOSandelmhelseut0000',
        label: 'Andel med helsefaglig utdanning (prosent)',
        unit: 'prosent',
        decimals: 1,
      },
      {
        code: 'KOSaarsvbrukerom0000',
        label: 'Årsverk per bruker (årsverk)',
        unit: 'årsverk',
        decimals: 2,
      },
    ]);
    expect(result.dataset.regions).toEqual([
      { code: '3407', label: 'Gjøvik' },
      { code: 'EKG08', label: 'KOSTRA-gruppe 8' },
    ]);
    expect(result.dataset.times.map((t) => t.code)).toEqual(['2023', '2024']);
    expect(result.dataset.notes).toEqual(['.. = Tallgrunnlag mangler.']);
    expect(result.dataset.source).toBe('Statistisk sentralbyrå');
    // no extension here: the table number is read from the label's «12209:»
    expect(result.dataset.tableId).toBe('12209');
  });

  it.each([
    ['the px extension', { extension: { px: { tableid: '14534' } }, label: '12209: x' }, '14534'],
    ['a numeric table id', { extension: { px: { tableid: 11994 } } }, '11994'],
    ['the label', { label: '12003: Brukere' }, '12003'],
    ['neither', { label: 'Nøkkeltall' }, null],
  ])('takes the table number from %s', (_, extra, expected) => {
    const result = readJsonStat({ ...regionFirst, ...extra });
    if (!result.ok) throw new Error(result.problem);
    expect(result.dataset.tableId).toBe(expected);
  });

  it('reads the dataset inside a one-dataset bundle', () => {
    const result = readJsonStat({ dataset: regionFirst });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a file that is not JSON-stat', { rows: [1, 2] }, 'Filen er ikke JSON-stat 2.0'],
    ['a collection', { ...regionFirst, class: 'collection' }, 'class er «collection»'],
    ['plain text', 'hei', 'Filen er ikke JSON-stat 2.0'],
    [
      'a value array of the wrong length',
      { ...regionFirst, value: [1, 2, 3] },
      'value har 3 tall, men dimensjonene gir 8',
    ],
    [
      'a value that is not a number',
      { ...regionFirst, value: [73.9, '71,8', 0, 0, 0, 0, 0, 0] },
      'value på plass 1 er ikke et tall',
    ],
    [
      'a sparse position outside the cube',
      { ...sparse, value: { '8': 1 } },
      'value har plassen «8»',
    ],
    [
      'no geographic dimension',
      { ...regionFirst, role: { time: ['Tid'], metric: ['ContentsCode'] } },
      'ingen geografisk dimensjon',
    ],
    [
      'no time dimension',
      { ...regionFirst, role: { geo: ['KOKkommuneregion0000'] } },
      'ingen tidsdimensjon',
    ],
    [
      'sizes that do not match the categories',
      { ...regionFirst, size: [3, 2, 2] },
      '«KOKkommuneregion0000» har 2 kategorier, men size sier 3',
    ],
    [
      'a dimension without categories',
      { ...regionFirst, dimension: { ...regionFirst.dimension, Tid: { label: 'år' } } },
      'dimensjonen «Tid» mangler kategorier',
    ],
  ])('refuses %s, naming the problem', (_, document, problem) => {
    const result = readJsonStat(document);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});

describe('region codes', () => {
  it.each([
    ['3407', 'MUNICIPALITY'],
    ['0301', 'MUNICIPALITY'],
    ['EKA34', 'COUNTY'],
    ['EKG08', 'KOSTRA_GROUP'],
    ['EAK', 'COUNTRY'],
    ['EAKUO', 'COUNTRY'],
    ['EKA', 'OTHER'],
  ])('%s is %s', (code, kind) => {
    expect(kostraRegionKind(code)).toBe(kind);
  });

  it.each([
    ['Bærum (-2019)', { from: null, to: 2019 }],
    ['Ringerike (2020-2023)', { from: 2020, to: 2023 }],
    ['Gjøvik', null],
  ])('«%s» was valid %j', (label, period) => {
    expect(retiredPeriod(label)).toEqual(period);
  });
});
