import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import {
  AdminUser,
  AssignRoleInput,
  CreateUserInput,
  RegionSettings,
  UpdateRegionSettingsInput,
  UpdateUserInput,
} from './admin.models';
import { AdminService } from './admin.service';

@Resolver()
export class AdminResolver {
  constructor(private readonly admin: AdminService) {}

  @Query(() => [AdminUser], { description: "The region's users and their roles." })
  users(@Context() context: GraphQLContext): Promise<AdminUser[]> {
    return this.admin.users(requireActor(context));
  }

  @Mutation(() => AdminUser)
  createUser(
    @Args('input') input: CreateUserInput,
    @Context() context: GraphQLContext,
  ): Promise<AdminUser> {
    return this.admin.createUser(requireActor(context), input);
  }

  @Mutation(() => AdminUser)
  updateUser(
    @Args('input') input: UpdateUserInput,
    @Context() context: GraphQLContext,
  ): Promise<AdminUser> {
    return this.admin.updateUser(requireActor(context), input);
  }

  @Mutation(() => AdminUser, { description: 'Gives a user a role in a scope.' })
  assignRole(
    @Args('input') input: AssignRoleInput,
    @Context() context: GraphQLContext,
  ): Promise<AdminUser> {
    return this.admin.assignRole(requireActor(context), input);
  }

  @Mutation(() => AdminUser)
  removeRole(
    @Args('roleAssignmentId', { type: () => ID }) roleAssignmentId: string,
    @Context() context: GraphQLContext,
  ): Promise<AdminUser> {
    return this.admin.removeRole(requireActor(context), roleAssignmentId);
  }

  @Query(() => RegionSettings)
  regionSettings(@Context() context: GraphQLContext): Promise<RegionSettings> {
    return this.admin.settings(requireActor(context));
  }

  @Mutation(() => RegionSettings)
  updateRegionSettings(
    @Args('input') input: UpdateRegionSettingsInput,
    @Context() context: GraphQLContext,
  ): Promise<RegionSettings> {
    return this.admin.updateSettings(requireActor(context), input);
  }
}
