import type { CompetenceFieldsFragment } from '@web/gql/graphql';

/** One catalogue competence with a two-step scale, for the employee forms' component tests. */
export const SCALED_COMPETENCES = [
  {
    id: 'c1',
    name: 'Legemiddelhåndtering',
    area: 'Legemidler',
    scale: [
      { level: 1, description: 'Kjenner til' },
      { level: 2, description: 'Kan utføre' },
    ],
  },
] as unknown as CompetenceFieldsFragment[];
