import { exportFileName, exportTable } from './export-table';

describe('exportTable', () => {
  it('takes headers and cells from the same column definitions', () => {
    const rows = [
      { name: 'HLR', gap: 4 },
      { name: 'Demens', gap: null },
    ];
    expect(
      exportTable(
        'Gap',
        [
          { header: 'Kompetanse', value: (row: (typeof rows)[number]) => row.name },
          { header: 'Gap', value: (row: (typeof rows)[number]) => row.gap ?? 'skjult' },
        ],
        rows,
      ),
    ).toEqual({
      name: 'Gap',
      headers: ['Kompetanse', 'Gap'],
      rows: [
        ['HLR', 4],
        ['Demens', 'skjult'],
      ],
    });
  });
});

describe('exportFileName', () => {
  it('folds Norwegian letters and punctuation into a plain file name', () => {
    expect(exportFileName(['Kompetansegap', 'Gjøvikregionen (ReKs)', '2026-11-25'], 'csv')).toBe(
      'kompetansegap-gjovikregionen-reks-2026-11-25.csv',
    );
    expect(exportFileName(['Østre Toten', 'Åsen', 'Ærlig', 'Café'], 'xlsx')).toBe(
      'ostre-toten-asen-aerlig-cafe.xlsx',
    );
    expect(exportFileName(['«»'], 'csv')).toBe('eksport.csv');
  });
});
