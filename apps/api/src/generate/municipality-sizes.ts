/**
 * Real Norwegian municipality sizes (inhabitants, rounded, about 2024) for the test-data
 * generator (docs/benchmarks.md). Kept in the repository: the generator never downloads.
 *
 * - `INNLANDET`: the 46 municipalities of Innlandet county with their numbers and names; the
 *   demo region's five are among them. The county scale takes the demo five and the next 35.
 * - `LARGEST`: Norway's 25 largest municipalities.
 * - `SIZE_CLASSES`: how many of the remaining municipalities fall in each size class, so that
 *   Innlandet + the largest + the classes make the 356 municipalities of 2020–2023 and about
 *   5.5 million inhabitants. Within a class the sizes are spread evenly on a log scale.
 */
export interface RealMunicipality {
  number: string;
  name: string;
  inhabitants: number;
}

export const INNLANDET: readonly RealMunicipality[] = [
  { number: '3407', name: 'Gjøvik', inhabitants: 30_800 },
  { number: '3442', name: 'Østre Toten', inhabitants: 15_000 },
  { number: '3443', name: 'Vestre Toten', inhabitants: 13_500 },
  { number: '3447', name: 'Søndre Land', inhabitants: 5_600 },
  { number: '3448', name: 'Nordre Land', inhabitants: 6_600 },
  { number: '3401', name: 'Kongsvinger', inhabitants: 18_100 },
  { number: '3403', name: 'Hamar', inhabitants: 32_500 },
  { number: '3405', name: 'Lillehammer', inhabitants: 29_000 },
  { number: '3411', name: 'Ringsaker', inhabitants: 35_200 },
  { number: '3412', name: 'Løten', inhabitants: 7_700 },
  { number: '3413', name: 'Stange', inhabitants: 21_700 },
  { number: '3414', name: 'Nord-Odal', inhabitants: 5_000 },
  { number: '3415', name: 'Sør-Odal', inhabitants: 7_900 },
  { number: '3416', name: 'Eidskog', inhabitants: 6_100 },
  { number: '3417', name: 'Grue', inhabitants: 4_600 },
  { number: '3418', name: 'Åsnes', inhabitants: 7_100 },
  { number: '3419', name: 'Våler', inhabitants: 3_700 },
  { number: '3420', name: 'Elverum', inhabitants: 21_600 },
  { number: '3421', name: 'Trysil', inhabitants: 6_600 },
  { number: '3422', name: 'Åmot', inhabitants: 4_400 },
  { number: '3423', name: 'Stor-Elvdal', inhabitants: 2_400 },
  { number: '3424', name: 'Rendalen', inhabitants: 1_800 },
  { number: '3425', name: 'Engerdal', inhabitants: 1_250 },
  { number: '3426', name: 'Tolga', inhabitants: 1_550 },
  { number: '3427', name: 'Tynset', inhabitants: 5_600 },
  { number: '3428', name: 'Alvdal', inhabitants: 2_400 },
  { number: '3429', name: 'Folldal', inhabitants: 1_550 },
  { number: '3430', name: 'Os', inhabitants: 1_950 },
  { number: '3431', name: 'Dovre', inhabitants: 2_500 },
  { number: '3432', name: 'Lesja', inhabitants: 1_950 },
  { number: '3433', name: 'Skjåk', inhabitants: 2_200 },
  { number: '3434', name: 'Lom', inhabitants: 2_300 },
  { number: '3435', name: 'Vågå', inhabitants: 3_550 },
  { number: '3436', name: 'Nord-Fron', inhabitants: 5_700 },
  { number: '3437', name: 'Sel', inhabitants: 5_750 },
  { number: '3438', name: 'Sør-Fron', inhabitants: 3_100 },
  { number: '3439', name: 'Ringebu', inhabitants: 4_400 },
  { number: '3440', name: 'Øyer', inhabitants: 5_200 },
  { number: '3441', name: 'Gausdal', inhabitants: 6_100 },
  { number: '3446', name: 'Gran', inhabitants: 13_700 },
  { number: '3449', name: 'Sør-Aurdal', inhabitants: 2_900 },
  { number: '3450', name: 'Etnedal', inhabitants: 1_300 },
  { number: '3451', name: 'Nord-Aurdal', inhabitants: 6_400 },
  { number: '3452', name: 'Vestre Slidre', inhabitants: 2_150 },
  { number: '3453', name: 'Øystre Slidre', inhabitants: 3_300 },
  { number: '3454', name: 'Vang', inhabitants: 1_600 },
];

export const LARGEST: readonly RealMunicipality[] = [
  { number: '0301', name: 'Oslo', inhabitants: 717_000 },
  { number: '4601', name: 'Bergen', inhabitants: 291_000 },
  { number: '5001', name: 'Trondheim', inhabitants: 214_000 },
  { number: '1103', name: 'Stavanger', inhabitants: 148_000 },
  { number: '3024', name: 'Bærum', inhabitants: 131_000 },
  { number: '4204', name: 'Kristiansand', inhabitants: 117_000 },
  { number: '3005', name: 'Drammen', inhabitants: 104_000 },
  { number: '3025', name: 'Asker', inhabitants: 97_000 },
  { number: '3030', name: 'Lillestrøm', inhabitants: 93_000 },
  { number: '3004', name: 'Fredrikstad', inhabitants: 85_000 },
  { number: '1108', name: 'Sandnes', inhabitants: 83_000 },
  { number: '5401', name: 'Tromsø', inhabitants: 78_000 },
  { number: '1507', name: 'Ålesund', inhabitants: 68_000 },
  { number: '3804', name: 'Sandefjord', inhabitants: 65_000 },
  { number: '3020', name: 'Nordre Follo', inhabitants: 63_000 },
  { number: '3003', name: 'Sarpsborg', inhabitants: 59_000 },
  { number: '3803', name: 'Tønsberg', inhabitants: 58_000 },
  { number: '3807', name: 'Skien', inhabitants: 56_000 },
  { number: '1804', name: 'Bodø', inhabitants: 53_000 },
  { number: '3002', name: 'Moss', inhabitants: 51_000 },
  { number: '3805', name: 'Larvik', inhabitants: 48_000 },
  { number: '4203', name: 'Arendal', inhabitants: 46_000 },
  { number: '3014', name: 'Indre Østfold', inhabitants: 46_000 },
  { number: '1149', name: 'Karmøy', inhabitants: 43_000 },
  { number: '3033', name: 'Ullensaker', inhabitants: 42_000 },
];

/** The remaining 285 municipalities by size class: [smallest, largest, how many]. */
export const SIZE_CLASSES: readonly (readonly [number, number, number])[] = [
  [20_000, 39_999, 30],
  [10_000, 19_999, 50],
  [5_000, 9_999, 70],
  [2_000, 4_999, 95],
  [200, 1_999, 40],
];
