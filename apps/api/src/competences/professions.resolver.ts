import { Query, Resolver } from '@nestjs/graphql';
import { PROFESSIONS } from '@kp/domain';
import { Profession } from './models/profession.model';

@Resolver(() => Profession)
export class ProfessionsResolver {
  @Query(() => [Profession], { description: 'STYRK-08 codes used in health and care.' })
  professions(): Profession[] {
    return PROFESSIONS.map((profession) => ({ ...profession }));
  }
}
