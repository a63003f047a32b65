import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { DateWithin, IsIsoDate } from '../../common/validation/iso-date.decorator';
import { DevelopmentWay } from '../models/appraisal-content.model';

const MAX_LINES = 100;
const MAX_TEXT = 4000;

@InputType()
export class AppraisalSelfDeclarationInput {
  @Field(() => ID)
  @Label('Kompetanse')
  @IsUUID('all')
  competenceId: string;

  @Field(() => Int)
  @Label('Egenerklært nivå')
  @IsInt()
  @Min(0)
  @Max(10)
  level: number;

  @Field({ defaultValue: false })
  @Label('Bekreftet av leder')
  @IsBoolean()
  leaderConfirms: boolean = false;
}

@InputType()
export class AppraisalCompetenceLevelInput {
  @Field(() => ID)
  @Label('Kompetanse')
  @IsUUID('all')
  competenceId: string;

  @Field(() => Int)
  @Label('Nivå')
  @IsInt()
  @Min(0)
  @Max(10)
  level: number;
}

@InputType()
export class AppraisalDevelopmentWishInput {
  @Field(() => ID)
  @Label('Kompetanse')
  @IsUUID('all')
  competenceId: string;

  @Field(() => Int)
  @Label('Ønsket nivå')
  @IsInt()
  @Min(0)
  @Max(10)
  targetLevel: number;
}

@InputType()
export class AppraisalActionInput {
  @Field()
  @Label('Tiltak')
  @Trim()
  @IsNotEmpty()
  @MaxLength(1000)
  description: string;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @Label('Frist')
  @IsOptional()
  @IsIsoDate()
  @DateWithin('actionDue')
  dueOn?: string | null;

  @Field(() => ID, { nullable: true })
  @Label('Kompetanse')
  @IsOptional()
  @IsUUID('all')
  competenceId?: string | null;
}

/** The whole form: every save sends all of it (autosave replaces the draft's content). */
@InputType()
export class AppraisalContentInput {
  @Field(() => String, { nullable: true, description: 'ISO date the talk was held.' })
  @Label('Samtaledato')
  @IsOptional()
  @IsIsoDate()
  @DateWithin('appraisalHeld')
  heldOn?: string | null;

  @Field(() => [AppraisalSelfDeclarationInput], { defaultValue: [] })
  @Label('Egenerklæring')
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => AppraisalSelfDeclarationInput)
  selfDeclarations: AppraisalSelfDeclarationInput[] = [];

  @Field({ defaultValue: false })
  @Label('Registreringer i HR-systemet kontrollert')
  @IsBoolean()
  hrRegistrationsChecked: boolean = false;

  @Field({ defaultValue: '' })
  @Label('Kommentar til registreringene')
  @Trim()
  @MaxLength(MAX_TEXT)
  hrRegistrationsComment: string = '';

  @Field({ defaultValue: '' })
  @Label('Brukes potensialet')
  @Trim()
  @MaxLength(MAX_TEXT)
  potentialUsed: string = '';

  @Field({ defaultValue: '' })
  @Label('Hva skal til')
  @Trim()
  @MaxLength(MAX_TEXT)
  potentialNeeds: string = '';

  @Field(() => [ID], { defaultValue: [] })
  @Label('Kan lære bort')
  @ArrayMaxSize(MAX_LINES)
  @IsUUID('all', { each: true })
  teachingTopicIds: string[] = [];

  @Field({ defaultValue: false })
  @Label('Samtykke til å stå med navn i kompetanseoversikten')
  @IsBoolean()
  teachingConsent: boolean = false;

  @Field(() => [AppraisalDevelopmentWishInput], { defaultValue: [] })
  @Label('Utviklingsønsker')
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => AppraisalDevelopmentWishInput)
  developmentWishes: AppraisalDevelopmentWishInput[] = [];

  @Field(() => [DevelopmentWay], { defaultValue: [] })
  @Label('Foretrukket måte å utvikle seg på')
  @ArrayMaxSize(10)
  @IsEnum(DevelopmentWay, { each: true })
  preferredWays: DevelopmentWay[] = [];

  @Field({ defaultValue: '' })
  @Label('Karriereplan')
  @Trim()
  @MaxLength(MAX_TEXT)
  careerPlan: string = '';

  @Field({ defaultValue: '' })
  @Label('Ønsket rolle')
  @Trim()
  @MaxLength(200)
  careerTargetRole: string = '';

  @Field(() => [AppraisalActionInput], { defaultValue: [] })
  @Label('Avtalte tiltak')
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => AppraisalActionInput)
  agreedActions: AppraisalActionInput[] = [];

  @Field(() => [AppraisalCompetenceLevelInput], { defaultValue: [] })
  @Label('Lederens vurdering')
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => AppraisalCompetenceLevelInput)
  leaderAssessments: AppraisalCompetenceLevelInput[] = [];
}
