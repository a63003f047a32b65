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

/** Who is calling: resolved from the session for every request. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  regionId: string;
  grants: RoleGrant[];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.grants.some((grant) => roles.includes(grant.role));
}
