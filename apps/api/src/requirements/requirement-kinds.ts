import { CompetencesRepository } from '../competences/competences.repository';
import { toCatalogueEntry } from '../competences/competence.mapper';
import { amountProblems, levelProblems, professionName, targetDateProblems } from '@kp/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';
import type { CreateRequirementInput } from './dto/create-requirement.input';
import type {
  CreateStaffingRequirementInput,
  UpdateStaffingRequirementInput,
} from './dto/staffing-requirement.input';
import type { UpdateRequirementInput } from './dto/update-requirement.input';
import type { HorizonDates } from './horizons';
import type { Requirement, StaffingRequirement } from './models/requirement.model';
import { Measure } from './requirement.enums';
import { toRequirement, toStaffingRequirement } from './requirement.mapper';
import { createdCommon, type RequirementDates, updatedCommon } from './requirement-writes';
import {
  COMPETENCE_REQUIREMENTS,
  type CommonRow,
  type CommonValues,
  type RequirementRow,
  type RequirementsRepository,
  type RequirementTable,
  type RequirementValues,
  STAFFING_REQUIREMENTS,
  type StaffingRequirementRow,
  type StaffingRequirementValues,
} from './requirements.repository';

/** What a kind's rules may read: in the write's transaction. */
export interface ProblemContext {
  actor: Actor;
  manager: EntityManager;
  dates: RequirementDates;
  requirements: RequirementsRepository;
  catalogue: CompetencesRepository;
}

/**
 * One kind of requirement, through the whole stack: its words (errors, audit), its SQL (a
 * RequirementTable), its rules, how its inputs become values and how a row is shown. The
 * service, the resolvers' shared part, RequirementWrites and the repository are written once
 * for every kind; a new kind is a new descriptor (docs/architecture.md, "Kinds of requirement").
 */
export interface RequirementKindSpec<
  Row extends CommonRow,
  Values extends CommonValues,
  Output,
  Create extends { unitId: string },
  Update extends { id: string; version: number },
> {
  /** Norwegian noun in the definite form, for NOT_FOUND and CONFLICT ("kravet"). */
  noun: string;
  /** Audit action prefix ("requirement") and entity type ("requirement"). */
  action: string;
  entityType: string;
  /** The unique index that makes a second requirement for the same thing a duplicate. */
  keyIndex: string;
  duplicate: UserError;
  table: RequirementTable<Row, Values>;
  problems(values: Values, context: ProblemContext): Promise<FieldProblem[]>;
  created(input: Create): Values;
  /** The values after a change: what the input leaves out stays as it is. */
  updated(input: Update, current: Row): Values;
  output(row: Row, dates: HorizonDates): Output;
}

/** Competence requirements (kravanalyse). */
export const COMPETENCE_KIND: RequirementKindSpec<
  RequirementRow,
  RequirementValues,
  Requirement,
  CreateRequirementInput,
  UpdateRequirementInput
> = {
  noun: 'kravet',
  action: 'requirement',
  entityType: 'requirement',
  keyIndex: 'requirement_key_idx',
  duplicate: UserError.field(
    'competenceId',
    'DUPLICATE_REQUIREMENT',
    'Enheten har allerede et krav for denne kompetansen med samme minstenivå, måleenhet og tidshorisont',
  ),
  table: COMPETENCE_REQUIREMENTS,
  async problems(values, { actor, manager, dates, catalogue }) {
    const problems: FieldProblem[] = [];
    const [found] = await catalogue.findInRegion(actor.regionId, [values.competenceId], manager);
    const competence = found ? toCatalogueEntry(found) : null;
    if (!competence) {
      problems.push({
        field: 'competenceId',
        code: 'UNKNOWN_COMPETENCE',
        message: 'Kompetansen finnes ikke',
      });
    } else {
      problems.push(...levelProblems(values.minLevel, competence));
    }
    problems.push(...amountProblems('required', values.required, values.measure));
    problems.push(
      ...targetDateProblems(values.targetDate, values.horizon, dates.today, dates.dates),
    );
    return problems;
  },
  created: (input) => ({
    competenceId: input.competenceId,
    minLevel: input.minLevel,
    required: input.required,
    measure: input.measure,
    ...createdCommon(input),
  }),
  updated: (input, current) => ({
    competenceId: input.competenceId ?? current.competenceId,
    minLevel: input.minLevel ?? current.minLevel,
    required: input.required ?? current.required,
    measure: input.measure ?? current.measure,
    ...updatedCommon(input, current),
  }),
  output: toRequirement,
};

/** Staffing requirements: årsverk of a profession a unit needs, now and ahead. */
export const STAFFING_KIND: RequirementKindSpec<
  StaffingRequirementRow,
  StaffingRequirementValues,
  StaffingRequirement,
  CreateStaffingRequirementInput,
  UpdateStaffingRequirementInput
> = {
  noun: 'bemanningskravet',
  action: 'staffingRequirement',
  entityType: 'staffing_requirement',
  keyIndex: 'staffing_requirement_key_idx',
  duplicate: UserError.field(
    'professionCode',
    'DUPLICATE_REQUIREMENT',
    'Enheten har allerede et bemanningskrav for dette yrket og denne tidshorisonten',
  ),
  table: STAFFING_REQUIREMENTS,
  problems(values, { dates }) {
    const problems: FieldProblem[] = [];
    if (professionName(values.professionCode) === null) {
      problems.push({
        field: 'professionCode',
        code: 'UNKNOWN_PROFESSION',
        message: `Yrkeskoden «${values.professionCode}» er ikke en kjent STYRK-08-kode i helse og omsorg`,
      });
    }
    problems.push(...amountProblems('requiredFte', values.requiredFte, Measure.FTE));
    problems.push(
      ...targetDateProblems(values.targetDate, values.horizon, dates.today, dates.dates),
    );
    return Promise.resolve(problems);
  },
  created: (input) => ({
    professionCode: input.professionCode,
    requiredFte: input.requiredFte,
    ...createdCommon(input),
  }),
  updated: (input, current) => ({
    professionCode: input.professionCode ?? current.professionCode,
    requiredFte: input.requiredFte ?? current.requiredFte,
    ...updatedCommon(input, current),
  }),
  output: toStaffingRequirement,
};

/** Every kind, for what is done to all of them (copying a unit's set). */
export type AnyRequirementKind = typeof COMPETENCE_KIND | typeof STAFFING_KIND;
