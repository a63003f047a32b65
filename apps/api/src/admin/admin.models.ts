import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Role } from '../auth/roles';
import { Label } from '../common/validation/label.decorator';
import { Trim } from '../common/validation/trim.decorator';
import { MAX_VERSION } from '../common/validation/argument.pipes';

@ObjectType()
export class UserRole {
  @Field(() => ID)
  id: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true, description: 'The scope in words, e.g. "Gjøvik".' })
  scopeName: string | null;
}

@ObjectType()
export class AdminUser {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field()
  active: boolean;

  @Field({
    description: 'Whether the user can sign in with a password (else single sign-on only).',
  })
  hasPassword: boolean;

  @Field(() => Int)
  version: number;

  @Field(() => [UserRole])
  roles: UserRole[];
}

@ObjectType({ description: "The region's settings." })
export class RegionSettings {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'k: aggregates over fewer employees are suppressed.' })
  minGroupSize: number;

  @Field(() => Int)
  retirementAge: number;

  @Field(() => Int)
  sessionIdleMinutes: number;

  @Field(() => Int)
  sessionAbsoluteHours: number;
}

@InputType()
export class CreateUserInput {
  @Field()
  @Label('E-post')
  @Trim()
  @IsEmail()
  email: string;

  @Field()
  @Label('Navn')
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Omit for single sign-on users.' })
  @Label('Passord')
  @IsOptional()
  @MinLength(12)
  @MaxLength(200)
  password?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @Label('Bruker')
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field(() => String, { nullable: true })
  @Label('Navn')
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => Boolean, { nullable: true })
  @Label('Aktiv')
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, { nullable: true })
  @Label('Passord')
  @IsOptional()
  @MinLength(12)
  @MaxLength(200)
  password?: string;
}

@InputType()
export class AssignRoleInput {
  @Field(() => ID)
  @Label('Bruker')
  @IsUUID('all')
  userId: string;

  @Field(() => Role)
  @Label('Rolle')
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'For MUNICIPALITY_HR.' })
  @Label('Kommune')
  @IsOptional()
  @IsUUID('all')
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For UNIT_LEADER.' })
  @Label('Enhet')
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;
}

@InputType()
export class UpdateRegionSettingsInput {
  @Field(() => Int, { nullable: true })
  @Label('Minste gruppestørrelse (k)')
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(50)
  minGroupSize?: number;

  @Field(() => Int, { nullable: true })
  @Label('Pensjonsalder')
  @IsOptional()
  @IsInt()
  @Min(55)
  @Max(80)
  retirementAge?: number;

  @Field(() => Int, { nullable: true })
  @Label('Utlogging ved inaktivitet (minutter)')
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(1440)
  sessionIdleMinutes?: number;

  @Field(() => Int, { nullable: true })
  @Label('Lengste økt (timer)')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(168)
  sessionAbsoluteHours?: number;
}
