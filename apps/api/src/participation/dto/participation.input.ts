import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_VERSION } from '../../common/validation/argument.pipes';
import { IsIsoDate } from '../../common/validation/iso-date.decorator';
import { Label } from '../../common/validation/label.decorator';

/** The most people one sign-up or one outcome list may name (a whole course). */
export const MAX_PARTICIPANTS_PER_CALL = 500;

@InputType()
export class SignUpParticipantsInput {
  @Field(() => ID)
  @Label('Tiltak')
  @IsUUID('all')
  measureId: string;

  @Field(() => [ID], { description: 'The people to sign up: all or none are signed up.' })
  @Label('Deltakere')
  @ArrayMaxSize(MAX_PARTICIPANTS_PER_CALL)
  @IsUUID('all', { each: true })
  employeeIds: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Development items (open wishes from appraisals) the sign-ups close, one per person at most. A person without one here gets their open wish for a target competence linked, if they have one.',
  })
  @Label('Utviklingstiltak')
  @IsOptional()
  @ArrayMaxSize(MAX_PARTICIPANTS_PER_CALL)
  @IsUUID('all', { each: true })
  developmentItemIds?: string[] | null;
}

@InputType()
export class WithdrawParticipantInput {
  @Field(() => ID)
  @Label('Deltaker')
  @IsUUID('all')
  participantId: string;

  @Field(() => Int, { description: 'The version read; a stale one gives CONFLICT.' })
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}

@InputType()
export class ParticipantOutcomeInput {
  @Field(() => ID)
  @Label('Deltaker')
  @IsUUID('all')
  participantId: string;

  @Field({
    description: 'true: completed (the competence is documented); false: did not complete.',
  })
  @Label('Fullført')
  @IsBoolean()
  completed: boolean;
}

@InputType()
export class RecordParticipantOutcomesInput {
  @Field(() => ID)
  @Label('Tiltak')
  @IsUUID('all')
  measureId: string;

  @Field({ description: 'ISO date the outcome applies from (the competence is dated then).' })
  @Label('Dato fullført')
  @IsIsoDate()
  completedOn: string;

  @Field(() => [ParticipantOutcomeInput])
  @Label('Resultater')
  @ArrayMaxSize(MAX_PARTICIPANTS_PER_CALL)
  @ValidateNested({ each: true })
  @Type(() => ParticipantOutcomeInput)
  outcomes: ParticipantOutcomeInput[];
}
