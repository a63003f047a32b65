import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/context';
import { AuthService } from './auth.service';
import { LoginResult, Me } from './models/me.model';
import type { Actor } from './roles';
import { requireActor } from './require-actor';

function toMe(actor: Actor): Me {
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    regionId: actor.regionId,
    roles: actor.grants.map(({ role, municipalityId, unitId }) => ({
      role,
      municipalityId,
      unitId,
    })),
  };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => LoginResult, { description: 'Signs in; sets the session cookie too.' })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() context: GraphQLContext,
  ): Promise<LoginResult> {
    const signedIn = await this.auth.login(email, password, context.req, context.res);
    return { token: signedIn.token, csrfToken: signedIn.csrfToken, me: toMe(signedIn.actor) };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Context() context: GraphQLContext): Promise<boolean> {
    await this.auth.logout(context.auth, context.req, context.res);
    return true;
  }

  @Query(() => Me, { description: 'The signed-in user and their roles.' })
  me(@Context() context: GraphQLContext): Me {
    return toMe(requireActor(context));
  }
}
