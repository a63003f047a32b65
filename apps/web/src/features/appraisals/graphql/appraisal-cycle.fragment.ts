import { graphql } from '@web/gql';

// A cycle as every view shows it; `version` is sent back when HR edits it.
export const AppraisalCycleFields = graphql(`
  fragment AppraisalCycleFields on AppraisalCycle {
    id
    name
    opensOn
    closesOn
    status
    version
    municipalityId
    municipality {
      id
      name
    }
  }
`);
