import type { AppraisalCompetence, AppraisalContent } from './appraisal-types';

// Hand-made catalogue entries and a record for the unit tests.

const SCALE = [
  { level: 0, name: 'Ingen', description: 'Har ikke denne kompetansen.' },
  { level: 1, name: 'Kjennskap', description: 'Kjenner til temaet.' },
  { level: 2, name: 'Utfører med veiledning', description: 'Kan utføre med veiledning.' },
  { level: 3, name: 'Selvstendig', description: 'Utfører oppgaven selvstendig.' },
  { level: 4, name: 'Ekspert', description: 'Kan veilede og lære opp andre.' },
];

export const DEMENS: AppraisalCompetence = {
  id: 'c-demens',
  name: 'Demensomsorg',
  area: 'Demens',
  active: true,
  scale: SCALE,
};

export const SAR: AppraisalCompetence = {
  id: 'c-sar',
  name: 'Sårbehandling',
  area: 'Sykepleie',
  active: true,
  // A scale that skips numbers and has no short names.
  scale: [
    { level: 0, name: null, description: 'Ingen erfaring.' },
    { level: 2, name: null, description: 'Vanlige sår.' },
    { level: 4, name: null, description: 'Kompliserte sår.' },
  ],
};

export const HLR: AppraisalCompetence = {
  id: 'c-hlr',
  name: 'Hjerte-lunge-redning',
  area: 'Akuttmedisin',
  active: true,
  scale: SCALE,
};

/** Retired from the catalogue; an old record may still hold it. */
export const RETIRED: AppraisalCompetence = {
  id: 'c-old',
  name: 'Gammel prosedyre',
  area: 'Sykepleie',
  active: false,
  scale: SCALE,
};

export const CATALOGUE: AppraisalCompetence[] = [DEMENS, SAR, HLR];

export function content(overrides: Partial<AppraisalContent> = {}): AppraisalContent {
  return {
    heldOn: null,
    selfDeclarations: [],
    hrRegistrationsChecked: false,
    hrRegistrationsComment: '',
    potentialUsed: '',
    potentialNeeds: '',
    teachingTopicIds: [],
    teachingTopics: [],
    teachingConsent: false,
    developmentWishes: [],
    preferredWays: [],
    careerPlan: '',
    careerTargetRole: '',
    agreedActions: [],
    leaderAssessments: [],
    ...overrides,
  };
}

/** A whole record touching every point of the guide. */
export function fullContent(): AppraisalContent {
  return content({
    heldOn: '2026-11-20',
    selfDeclarations: [
      { competenceId: DEMENS.id, level: 3, leaderConfirms: true, competence: DEMENS },
      { competenceId: SAR.id, level: 2, leaderConfirms: false, competence: SAR },
    ],
    hrRegistrationsChecked: true,
    hrRegistrationsComment: 'Mangler HLR-bevis fra 2025.',
    potentialUsed: 'Delvis.',
    potentialNeeds: 'Tid til veiledning.',
    teachingTopicIds: [DEMENS.id],
    teachingTopics: [DEMENS],
    teachingConsent: true,
    developmentWishes: [{ competenceId: SAR.id, targetLevel: 4, competence: SAR }],
    preferredWays: ['HOSPITATION', 'COURSE'],
    careerPlan: 'Videreutdanning i demens om to år.',
    careerTargetRole: 'Fagsykepleier',
    agreedActions: [
      { description: 'Sårkurs', dueOn: '2027-03-01', competenceId: SAR.id, competence: SAR },
      { description: 'Hospitere på legevakten', dueOn: null, competenceId: null, competence: null },
    ],
    leaderAssessments: [{ competenceId: HLR.id, level: 3, competence: HLR }],
  });
}
