import { graphql } from '@web/gql';

// GDPR right of access: everything held about the person, as one JSON document (audited).
export const ExportEmployeeDataQuery = graphql(`
  query ExportEmployeeData($employeeId: ID!) {
    exportEmployeeData(employeeId: $employeeId)
  }
`);
