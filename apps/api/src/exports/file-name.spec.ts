import { foldFileName } from './file-name';

describe('foldFileName', () => {
  it('keeps letters and digits only, with Norwegian letters spelt out', () => {
    expect(foldFileName(['kompetanseoversikt', 'Søndre Land', 'Hov sykehjem', '2026-03-01'])).toBe(
      'kompetanseoversikt-sondre-land-hov-sykehjem-2026-03-01',
    );
    expect(foldFileName(['Ærlig "navn"; =1+1'])).toBe('aerlig-navn-1-1');
  });
});
