import { graphql } from '@web/gql';

export const StaffingGapsQuery = graphql(`
  query StaffingGaps($filter: GapFilter) {
    staffingGaps(filter: $filter) {
      staffingRequirementId
      horizon
      horizonDate
      professionCode
      professionName
      requiredFte
      priority
      unit {
        id
        name
      }
      municipality {
        id
        name
      }
      staffHeadcount {
        ...GapFigure
      }
      staffFte {
        ...GapFigure
      }
      gap {
        ...GapFigure
      }
      coverage {
        ...GapFigure
      }
    }
  }
`);
