import { isKostraGroupDocument, normaliseKostraGroup, readKostraGroups } from './kostra-groups';

describe('normaliseKostraGroup', () => {
  it.each([
    ['EKG08', 'EKG08'],
    ['08', 'EKG08'],
    ['8', 'EKG08'],
    ['KOSTRA-gruppe 10', 'EKG10'],
    ['ekg17', 'EKG17'],
    ['18', null],
    ['0', null],
    ['EKA34', null],
    ['', null],
  ])('%s → %s', (code, expected) => {
    expect(normaliseKostraGroup(code)).toBe(expected);
  });
});

describe('readKostraGroups', () => {
  it('reads a KLASS correspondence, one group per municipality', () => {
    const document = {
      correspondenceMaps: [
        { sourceCode: '3407', sourceName: 'Gjøvik', targetCode: '10', targetName: 'Gruppe 10' },
        { sourceCode: '3442', targetCode: 'EKG07' },
        { sourceCode: '3442', targetCode: '07' },
      ],
    };
    expect(isKostraGroupDocument(document)).toBe(true);
    expect(readKostraGroups(document)).toEqual({
      ok: true,
      assignments: [
        { municipality: '3407', group: 'EKG10' },
        { municipality: '3442', group: 'EKG07' },
      ],
    });
  });

  it.each([
    [{ version: '2.0' }, 'Filen er ikke en korrespondansetabell fra SSBs KLASS'],
    [{ correspondenceMaps: [] }, 'Korrespondansetabellen har ingen rader (minst 1 kommune)'],
    [
      { correspondenceMaps: [{ sourceCode: '34', targetCode: '10' }] },
      'correspondenceMaps rad 1: sourceCode må være et kommunenummer med fire sifre, ikke "34"',
    ],
    [
      { correspondenceMaps: [{ sourceCode: '3407', targetCode: '99' }] },
      'correspondenceMaps rad 1: targetCode må være en KOSTRA-gruppe 1–17 (f.eks. EKG08), ikke "99"',
    ],
    [
      {
        correspondenceMaps: [
          { sourceCode: '3407', targetCode: '10' },
          { sourceCode: '3407', targetCode: '11' },
        ],
      },
      'correspondenceMaps rad 2: kommune 3407 står i både EKG10 og EKG11',
    ],
  ])('refuses %j', (document, problem) => {
    expect(readKostraGroups(document)).toEqual({ ok: false, problem });
  });
});
