import { personalDataScope, PersonalDataScope } from '../auth/scope';
import { Actor, Role } from '../auth/roles';

/**
 * The scope for operations only HR may perform (employee records, qualifications): a user
 * who is HR in one municipality and unit leader elsewhere must not create or edit employees
 * in the unit they lead.
 */
export function hrScope(actor: Actor): PersonalDataScope {
  return personalDataScope({
    ...actor,
    grants: actor.grants.filter((grant) => grant.role === Role.MUNICIPALITY_HR),
  });
}
