import type { Probe } from './policy-probes';

/** KOSTRA: figures for every role of the region; out of scope is another region's municipality. */
export const KOSTRA_PROBES: Record<string, Probe> = {
  kostraIndicators: {
    document: '{ kostraIndicators { code } }',
    hasTarget: false,
    variables: async () => ({}),
  },
  kostraComparison: {
    document: 'query ($id: ID!) { kostraComparison(municipalityId: $id) { municipalityId } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: scope === 'in' ? f.municipalityIn : f.foreignMunicipalityId,
    }),
  },
  kostraOwnFigure: {
    document: 'query ($id: ID!) { kostraOwnFigure(municipalityId: $id) { municipalityId } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      id: scope === 'in' ? f.municipalityIn : f.foreignMunicipalityId,
    }),
  },
  kostraImports: {
    document: '{ kostraImports { id } }',
    hasTarget: false,
    variables: async () => ({}),
  },
  // the test API has no SSB to reach: the outcome carries the problem, nothing is written
  fetchKostraFromSsb: {
    document: 'mutation ($input: SsbFetchInput!) { fetchKostraFromSsb(input: $input) { problem } }',
    hasTarget: false,
    variables: async () => ({
      input: {
        tableId: '12209',
        indicators: ['KOSandelmhelseut0000'],
        regions: ['3407'],
        years: ['2024'],
      },
    }),
  },
};
