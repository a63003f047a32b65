import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../roles';

registerEnumType(Role, { name: 'Role', description: 'A role, always held in a scope.' });

@ObjectType({ description: 'A role held in a scope: a unit, a municipality or the region.' })
export class RoleAssignment {
  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field(() => ID, { nullable: true })
  unitId: string | null;
}

@ObjectType({ description: 'The signed-in user.' })
export class Me {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => ID)
  regionId: string;

  @Field(() => [RoleAssignment])
  roles: RoleAssignment[];
}

@ObjectType()
export class LoginResult {
  @Field({ description: 'Bearer token for API clients (the web app uses the cookie).' })
  token: string;

  @Field({ description: 'Echo in the x-csrf-token header on cookie-authenticated mutations.' })
  csrfToken: string;

  @Field(() => Me)
  me: Me;
}
