import { compareMeasureValues, type CompareWords } from './measure-compare';
import { blankMeasureValues } from './measure-form-values';

const WORDS: CompareWords = {
  strategy: (value) => `strategi ${value}`,
  kind: (value) => `type ${value}`,
  provider: (value) => `tilbyder ${value}`,
  fundingSource: (value) => `kilde ${value}`,
  date: (value) => value.split('-').reverse().join('.'),
  yesNo: (value) => (value ? 'Ja' : 'Nei'),
  municipality: (id) => `kommune ${id}`,
  competence: (id) => `kompetanse ${id}`,
  none: '–',
};

const BASE = {
  ...blankMeasureValues({ startsOn: '2027-01-10', endsOn: '2027-03-01' }),
  title: 'HLR-kurs',
  owner: 'Kari',
  places: '10',
};

describe('comparing two versions of a measure', () => {
  it('marks only the fields that differ, in words', () => {
    const rows = compareMeasureValues(
      BASE,
      {
        ...BASE,
        endsOn: '2027-04-01',
        funding: { ...BASE.funding, COMPETENCE_GRANT: '20 000' },
        shares: [{ municipalityId: 'g', places: '4' }],
      },
      WORDS,
    );
    const differing = rows.filter((row) => row.differs);
    expect(differing).toEqual([
      {
        field: 'endsOn',
        params: undefined,
        mine: '01.03.2027',
        theirs: '01.04.2027',
        differs: true,
      },
      {
        field: 'amountFor',
        params: { source: 'kilde COMPETENCE_GRANT' },
        mine: '–',
        theirs: '20 000',
        differs: true,
      },
      { field: 'shares', params: undefined, mine: '–', theirs: 'kommune g: 4', differs: true },
    ]);
    expect(rows.find((row) => row.field === 'title')).toMatchObject({
      mine: 'HLR-kurs',
      theirs: 'HLR-kurs',
      differs: false,
    });
  });

  it('finds nothing to mark between equal versions', () => {
    expect(compareMeasureValues(BASE, { ...BASE }, WORDS).some((row) => row.differs)).toBe(false);
  });
});
