import { emptyContent } from './appraisal-content';
import { buildSummary } from './appraisal-summary';

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
        preferredWays: ['COURSE', 'E_LEARNING'] as never,
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
