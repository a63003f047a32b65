import { graphql } from '@web/gql';

// Newest first; the API limits HR to their own municipality's entries.
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter) {
    auditLog(filter: $filter) {
      id
      at
      actorEmail
      action
      entityType
      entityId
      employeeId
      employeeCount
      municipalityId
      before
      after
      details
    }
  }
`);
