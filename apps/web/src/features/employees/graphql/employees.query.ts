import { graphql } from '@web/gql';

export const EmployeesQuery = graphql(`
  query Employees($filter: EmployeeFilter, $first: Int!, $after: String) {
    employees(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EmployeeSummary
        }
      }
    }
  }
`);
