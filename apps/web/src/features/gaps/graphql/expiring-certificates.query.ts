import { graphql } from '@web/gql';

export const ExpiringCertificatesQuery = graphql(`
  query ExpiringCertificates($filter: ExpiringCertificatesFilter) {
    expiringCertificates(filter: $filter) {
      from
      to
      months
      suppressionApplied
      rows {
        unitId
        unit {
          id
          name
          municipalityId
        }
        cells {
          ...GapFigure
        }
        total {
          ...GapFigure
        }
      }
      monthTotals {
        ...GapFigure
      }
      total {
        ...GapFigure
      }
    }
  }
`);
