import type { PolicyFixtures } from './policy-fixtures';
import type { Probe, Scope } from './policy-probes';
import { makeCompetence } from './factories';
import { addParticipant, addWish, makeMeasure } from './measure-factories';

/**
 * Probes of the participation operations. "In" is a person in Hjemmetjenesten Gjøvik (in every
 * municipal demo user's scope), "out" one in Lena sykehjem, Østre Toten: a person out of scope
 * answers like one who does not exist (an empty list, NOT_FOUND or an UNKNOWN_* field).
 */

/** A regional measure with room for both municipalities, targeting the fixtures' competence. */
function regionalMeasure(f: PolicyFixtures, status: 'OPEN' | 'RUNNING' = 'OPEN') {
  return makeMeasure({
    municipalityId: null,
    regionId: f.regionId,
    status,
    startsOn: '2025-01-06',
    places: 4,
    shares: [
      { municipalityId: f.municipalityIn, places: 2 },
      { municipalityId: f.municipalityOut, places: 2 },
    ],
    targets: [{ competenceId: f.competenceId, level: 2 }],
  });
}

const personOf = (f: PolicyFixtures, scope: Scope) =>
  f.newEmployee(scope === 'in' ? f.unitIn : f.unitOut);

export const PARTICIPATION_PROBES: Record<string, Probe> = {
  fundingReport: {
    document:
      'query ($input: FundingReportInput!) { fundingReport(input: $input) { totals { measures } } }',
    // counts and money of any municipality of the region; no person is a target
    hasTarget: false,
    variables: async (f) => ({ input: { year: 2026, half: 1, municipalityId: f.municipalityIn } }),
  },
  measureParticipants: {
    document: 'query ($id: ID!) { measureParticipants(measureId: $id) { id fullName } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const measure = await regionalMeasure(f);
      await addParticipant(measure.id, (await personOf(f, scope)).id);
      return { id: measure.id };
    },
  },
  proposedParticipants: {
    document: 'query ($id: ID!) { proposedParticipants(measureId: $id) { employeeId reason } }',
    hasTarget: true,
    variables: async (f, scope) => {
      // a competence of its own: other calls' wishes (in scope) must not show up here
      const competence = await makeCompetence();
      const measure = await makeMeasure({
        municipalityId: null,
        targets: [{ competenceId: competence.id, level: 2 }],
      });
      await addWish((await personOf(f, scope)).id, competence.id, 1);
      return { id: measure.id };
    },
  },
  measureSignUps: {
    document: 'query ($id: ID!) { measureSignUps(measureId: $id) { places } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const measure =
        scope === 'in'
          ? await regionalMeasure(f)
          : await makeMeasure({ municipalityId: f.foreignMunicipalityId });
      return { id: measure.id };
    },
  },
  signUpParticipants: {
    document:
      'mutation ($input: SignUpParticipantsInput!) { signUpParticipants(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => ({
      input: {
        measureId: (await regionalMeasure(f)).id,
        employeeIds: [(await personOf(f, scope)).id],
      },
    }),
  },
  withdrawParticipant: {
    document:
      'mutation ($input: WithdrawParticipantInput!) { withdrawParticipant(input: $input) { id } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const measure = await regionalMeasure(f);
      const participantId = await addParticipant(measure.id, (await personOf(f, scope)).id);
      return { input: { participantId, version: 1 } };
    },
  },
  recordParticipantOutcomes: {
    document:
      'mutation ($input: RecordParticipantOutcomesInput!) { recordParticipantOutcomes(input: $input) { completed } }',
    hasTarget: true,
    variables: async (f, scope) => {
      const measure = await regionalMeasure(f, 'RUNNING');
      const participantId = await addParticipant(measure.id, (await personOf(f, scope)).id);
      return {
        input: {
          measureId: measure.id,
          completedOn: '2025-06-30',
          outcomes: [{ participantId, completed: true }],
        },
      };
    },
  },
};
