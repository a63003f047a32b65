import { graphql } from '@web/gql';

export const EraseEmployeeMutation = graphql(`
  mutation EraseEmployee($employeeId: ID!, $confirmEmployeeNumber: String!) {
    eraseEmployee(employeeId: $employeeId, confirmEmployeeNumber: $confirmEmployeeNumber)
  }
`);
