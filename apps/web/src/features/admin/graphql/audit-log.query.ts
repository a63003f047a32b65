import { graphql } from '@web/gql';

// Newest first (time, then id); the API limits HR to their own municipality's entries.
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
      unitId
      sessionId
      address
      before
      after
      details
    }
  }
`);
