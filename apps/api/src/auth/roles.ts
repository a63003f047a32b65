/** The roles of DESIGN.md; each is always held in a scope. */
export enum Role {
  UNIT_LEADER = 'UNIT_LEADER',
  MUNICIPALITY_HR = 'MUNICIPALITY_HR',
  REGIONAL_COORDINATOR = 'REGIONAL_COORDINATOR',
  BOARD_MEMBER = 'BOARD_MEMBER',
  REGION_ADMIN = 'REGION_ADMIN',
}

export interface RoleGrant {
  role: Role;
  regionId: string;
  /** Set for UNIT_LEADER (the unit's municipality) and MUNICIPALITY_HR. */
  municipalityId: string | null;
  /** Set for UNIT_LEADER: the unit and all its sub-units. */
  unitId: string | null;
}

/** Where a request came from, as the audit log records it: the session (never its token). */
export interface RequestOrigin {
  /** user_session.id of the session the request was made in. */
  sessionId: string | null;
  /** The client's address (req.ip: forwarded addresses only from trusted proxies). */
  address: string | null;
}

/** Who is calling: resolved from the session for every request. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  regionId: string;
  grants: RoleGrant[];
  /** Set for requests over HTTP; absent for the command line. */
  origin?: RequestOrigin;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.grants.some((grant) => roles.includes(grant.role));
}
