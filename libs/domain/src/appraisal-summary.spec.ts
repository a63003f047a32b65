import { emptyContent } from './appraisal-content';
import { buildSummary, type SummaryInput } from './appraisal-summary';

describe('buildSummary', () => {
  it('writes the talk out in Norwegian, in the order of the ReKs guide', () => {
    const summary = buildSummary({
      appraisalId: 'a1',
      employeeName: 'Kari Nordmann',
      unitName: 'Hjemmetjenesten Gjøvik',
      municipalityName: 'Gjøvik',
      cycleName: 'Medarbeidersamtaler 2026',
      status: 'COMPLETED',
      completedOn: '2026-11-20',
      completedByName: 'Lars Leder',
      content: {
        ...emptyContent(),
        heldOn: '2026-11-19',
        selfDeclarations: [{ competenceId: 'c1', level: 3, leaderConfirms: true }],
        teachingTopicIds: ['c1'],
        preferredWays: ['COURSE', 'E_LEARNING'],
        agreedActions: [
          { description: 'Kurs i sårstell', dueOn: '2027-02-01', competenceId: 'c1' },
        ],
      },
      competences: new Map([
        [
          'c1',
          {
            id: 'c1',
            name: 'Sårstell',
            scale: [
              { level: 3, name: 'Selvstendig', description: 'Utfører oppgaven selvstendig.' },
            ],
          },
        ],
      ]),
    });
    expect(summary.statusText).toBe('Signert 20.11.2026 av Lars Leder');
    expect(summary.sections.map((section) => section.heading)).toEqual([
      'Samtalen',
      'Egenerklæring gjennomgått',
      'Registreringer i HR-systemet',
      'Potensial',
      'Kan dele kunnskap med andre',
      'Utviklingsønsker',
      'Foretrukket måte å utvikle seg på',
      'Karriereplan',
      'Avtalte tiltak',
      'Lederens vurdering',
    ]);
    expect(summary.text).toContain('«Sårstell»: nivå 3 (Selvstendig) – bekreftet av leder');
    expect(summary.text).toContain('Kurs i sårstell – frist 01.02.2027 – «Sårstell»');
    expect(summary.text).toContain('Kurs, E-læring');
    expect(summary.text).toContain('Ønsker ikke å stå med navn');
    expect(summary.text).toContain('Utviklingsønsker\n  Ingenting registrert.');
  });
});

describe('buildSummary, line by line', () => {
  const base: SummaryInput = {
    appraisalId: 'a1',
    employeeName: 'Ola Nordmann',
    unitName: 'Sykehjemmet',
    municipalityName: 'Hamar',
    cycleName: 'Runde 2026',
    status: 'DRAFT',
    completedOn: null,
    completedByName: null,
    content: emptyContent(),
    competences: new Map([
      ['c1', { id: 'c1', name: 'HLR', scale: [{ level: 2, name: null, description: 'x' }] }],
    ]),
  };

  it.each<[string, Partial<SummaryInput>, string]>([
    ['a draft', {}, 'Utkast – ikke signert'],
    [
      'a signed talk without a signer',
      { status: 'COMPLETED', completedOn: '2026-03-01' },
      'Signert 01.03.2026',
    ],
    [
      'a signed talk with its signer',
      { status: 'COMPLETED', completedOn: '2026-03-01', completedByName: 'Lise' },
      'Signert 01.03.2026 av Lise',
    ],
    ['completed without a date', { status: 'COMPLETED' }, 'Utkast – ikke signert'],
  ])('status of %s: «%s»', (_label, patch, statusText) => {
    const summary = buildSummary({ ...base, ...patch });
    expect(summary.statusText).toBe(statusText);
    expect(summary.sections[0].lines).toContain(`Status: ${statusText}`);
  });

  it.each<[string, Partial<SummaryInput['content']>, string, string[]]>([
    [
      'no date',
      {},
      'Samtalen',
      [
        'Medarbeider: Ola Nordmann, Sykehjemmet (Hamar)',
        'Samtalerunde: Runde 2026',
        'Dato: ikke satt',
        'Status: Utkast – ikke signert',
      ],
    ],
    [
      'a level without a name on the scale',
      { leaderAssessments: [{ competenceId: 'c1', level: 2 }] },
      'Lederens vurdering',
      ['«HLR»: nivå 2'],
    ],
    [
      'a competence no longer in the catalogue',
      { developmentWishes: [{ competenceId: 'gone', targetLevel: 3 }] },
      'Utviklingsønsker',
      ['«Ukjent kompetanse»: ønsket nivå 3'],
    ],
    [
      'teaching with consent',
      { teachingTopicIds: ['c1'], teachingConsent: true },
      'Kan dele kunnskap med andre',
      [
        '«HLR»',
        'Samtykker til å stå med navn og enhet i den regionale oversikten over hvem som kan lære bort.',
      ],
    ],
    [
      'every preferred way, in the given order',
      { preferredWays: ['COURSE', 'FURTHER_EDUCATION', 'HOSPITATION', 'E_LEARNING', 'OWN_TIME'] },
      'Foretrukket måte å utvikle seg på',
      ['Kurs, Videreutdanning, Hospitering, E-læring, På egen tid'],
    ],
    [
      'an action without a date or competence',
      { agreedActions: [{ description: 'Les rutinen', dueOn: null, competenceId: null }] },
      'Avtalte tiltak',
      ['Les rutinen'],
    ],
    ['an empty career plan', {}, 'Karriereplan', ['Ingenting registrert.']],
    [
      'an unchecked HR record with a comment',
      { hrRegistrationsComment: 'Mangler autorisasjon' },
      'Registreringer i HR-systemet',
      ['Ikke kontrollert.', 'Mangler autorisasjon'],
    ],
  ])('%s', (_label, patch, heading, lines) => {
    const summary = buildSummary({ ...base, content: { ...emptyContent(), ...patch } });
    const section = summary.sections.find((candidate) => candidate.heading === heading);
    expect(section?.lines).toEqual(lines);
  });
});
