import { readJsonStat, type JsonStatDataset } from './json-stat';
import {
  kostraFigureKey,
  planKostraImport,
  type KnownKostraRegion,
  type StoredKostraFigure,
} from './kostra-import';

// Three regions (one retired and known, one unknown current, one unknown retired) × one
// indicator × two years, written by hand.
function dataset(extra: Record<string, unknown> = {}): JsonStatDataset {
  const result = readJsonStat({
    version: '2.0',
    class: 'dataset',
    label: '12209: Nøkkeltall',
    role: { time: ['Tid'], geo: ['Region'], metric: ['ContentsCode'] },
    id: ['Tid', 'Region', 'ContentsCode'],
    size: [2, 4, 1],
    dimension: {
      Tid: { category: { index: ['2019', '2020'] } },
      Region: {
        category: {
          index: ['0502', '3407', '0301', '0219'],
          label: {
            '0502': 'Gjøvik (-2019)',
            '3407': 'Gjøvik',
            '0301': 'Oslo',
            '0219': 'Bærum (-2019)',
          },
        },
      },
      ContentsCode: {
        category: {
          index: { KOSandelmhelseut0000: 0 },
          label: { KOSandelmhelseut0000: 'Andel (prosent)' },
          unit: { KOSandelmhelseut0000: { base: 'prosent', decimals: 1 } },
        },
      },
    },
    // 2019: 0502 70.1, 3407 missing (no symbol: not a figure), 0301 80, 0219 81
    // 2020: 0502 '.', 3407 72.4, 0301 80.5, 0219 null '.'
    value: [70.1, null, 80, 81, null, 72.4, 80.5, null],
    status: { '4': '.', '7': '.' },
    ...extra,
  });
  if (!result.ok) throw new Error(result.problem);
  return result.dataset;
}

const KNOWN = new Map<string, KnownKostraRegion>([
  ['0502', { code: '0502', kind: 'MUNICIPALITY', label: 'Gjøvik (-2019)' }],
  ['3407', { code: '3407', kind: 'MUNICIPALITY', label: 'Gjøvik' }],
]);

describe('planKostraImport', () => {
  it('adds the known regions’ figures, keeps symbols, skips unknown codes with a reason', () => {
    const result = planKostraImport(dataset(), KNOWN, new Map());
    if (!result.ok) throw new Error(result.problem);
    const { plan } = result;
    expect(plan.added).toEqual([
      { indicator: 'KOSandelmhelseut0000', region: '0502', year: 2019, value: 70.1, status: null },
      { indicator: 'KOSandelmhelseut0000', region: '0502', year: 2020, value: null, status: '.' },
      { indicator: 'KOSandelmhelseut0000', region: '3407', year: 2020, value: 72.4, status: null },
    ]);
    expect(plan.corrected).toEqual([]);
    expect(plan.unchanged).toBe(0);
    expect(plan.skipped).toEqual([
      { code: '0301', label: 'Oslo', reason: 'kommunen er ikke med i regionen', figures: 2 },
      {
        code: '0219',
        label: 'Bærum (-2019)',
        reason: 'utgått kommunenummer (gyldig –2019) som ikke hører til en kommune i regionen',
        figures: 2,
      },
    ]);
    expect(plan.regions).toEqual([
      { code: '0502', label: 'Gjøvik (-2019)', validFrom: null, validTo: 2019 },
      { code: '3407', label: 'Gjøvik', validFrom: null, validTo: null },
    ]);
    expect(plan.indicators).toEqual([
      {
        code: 'KOSandelmhelseut0000',
        label: 'Andel (prosent)',
        unit: 'prosent',
        decimals: 1,
        tableId: '12209',
        notes: [],
      },
    ]);
    expect(plan.years).toEqual([2019, 2020]);
  });

  it('counts equal figures as unchanged and different ones (value or symbol) as corrections', () => {
    const stored = new Map<string, StoredKostraFigure>([
      [kostraFigureKey('KOSandelmhelseut0000', '0502', 2019), { value: 70.1, status: null }],
      [kostraFigureKey('KOSandelmhelseut0000', '0502', 2020), { value: null, status: '..' }],
      [kostraFigureKey('KOSandelmhelseut0000', '3407', 2020), { value: 72.3, status: null }],
    ]);
    const result = planKostraImport(dataset(), KNOWN, stored);
    if (!result.ok) throw new Error(result.problem);
    expect(result.plan.added).toEqual([]);
    expect(result.plan.unchanged).toBe(1);
    expect(result.plan.corrected.map((f) => [f.region, f.year, f.value, f.status])).toEqual([
      ['0502', 2020, null, '.'],
      ['3407', 2020, 72.4, null],
    ]);
  });

  it('refuses a file without a metric dimension', () => {
    const result = planKostraImport(
      dataset({ role: { time: ['Tid'], geo: ['Region'] } }),
      KNOWN,
      new Map(),
    );
    expect(result).toEqual({
      ok: false,
      problem:
        'Filen har ingen statistikkvariabel (role.metric): det går ikke an å se hvilket nøkkeltall tallene er',
    });
  });

  it('refuses a time that is not a year', () => {
    const quarterly = readJsonStat({
      role: { time: ['Tid'], geo: ['Region'], metric: ['C'] },
      id: ['Region', 'C', 'Tid'],
      size: [1, 1, 1],
      dimension: {
        Region: { category: { index: ['3407'] } },
        C: { category: { index: ['X'] } },
        Tid: { category: { index: ['2024K4'] } },
      },
      value: [1],
    });
    if (!quarterly.ok) throw new Error(quarterly.problem);
    expect(planKostraImport(quarterly.dataset, KNOWN, new Map())).toEqual({
      ok: false,
      problem:
        'Tidsdimensjonen har «2024K4», men KOSTRA-tall må gjelde et år (fire sifre, f.eks. 2024)',
    });
  });

  it('refuses another dimension with more than one category, accepts one with a single', () => {
    const document = (ages: string[]) => ({
      role: { time: ['Tid'], geo: ['Region'], metric: ['C'] },
      id: ['Alder', 'Region', 'C', 'Tid'],
      size: [ages.length, 1, 1, 1],
      dimension: {
        Alder: { category: { index: ages } },
        Region: { category: { index: ['3407'] } },
        C: { category: { index: ['X'] } },
        Tid: { category: { index: ['2024'] } },
      },
      value: ages.map(() => 1),
    });
    const two = readJsonStat(document(['0-66', '67+']));
    const one = readJsonStat(document(['999']));
    if (!two.ok || !one.ok) throw new Error('unreadable');
    expect(planKostraImport(two.dataset, KNOWN, new Map())).toEqual({
      ok: false,
      problem:
        'Dimensjonen «Alder» har 2 kategorier; velg én (høyst 1) når tabellen hentes fra SSB',
    });
    const result = planKostraImport(one.dataset, KNOWN, new Map());
    expect(result.ok && result.plan.added).toEqual([
      { indicator: 'X', region: '3407', year: 2024, value: 1, status: null },
    ]);
  });
});
