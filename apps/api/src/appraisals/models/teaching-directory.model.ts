import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AppraisalFigure } from './appraisal-statistics.model';

@ObjectType({ description: 'A person who has agreed to be listed as able to teach a topic.' })
export class TeachingDirectoryPerson {
  @Field(() => ID, { description: 'To name them as a teacher of a measure (MeasureTeacherInput).' })
  employeeId: string;

  @Field()
  name: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field()
  municipalityName: string;
}

@ObjectType({ description: 'One topic of the regional directory of people who can teach.' })
export class TeachingDirectoryTopic {
  @Field(() => ID)
  competenceId: string;

  @Field(() => [TeachingDirectoryPerson], {
    description: 'Named only with consent; sorted by name.',
  })
  people: TeachingDirectoryPerson[];

  @Field(() => AppraisalFigure, {
    description:
      'Others who can teach the topic but did not agree to be named: exact where the caller may see them, sums of randomly rounded groups elsewhere.',
  })
  anonymous: AppraisalFigure;
}
