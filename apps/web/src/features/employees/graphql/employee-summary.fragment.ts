import { graphql } from '@web/gql';

// The fields of a row in the employee list; the profile adds the rest.
export const EmployeeSummaryFields = graphql(`
  fragment EmployeeSummary on Employee {
    id
    employeeNumber
    fullName
    positionTitle
    fte
    employmentType
    active
    profession {
      code
      name
    }
    unit {
      id
      name
    }
    municipality {
      id
      number
      name
    }
  }
`);
