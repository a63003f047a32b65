/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddQualificationInput = {
  /** The competences and levels it documents. */
  competences: Array<QualificationCompetenceInput>;
  employeeId: string;
  /** ISO date, the last day it counts. Default: obtainedOn + the shortest validityMonths among the mapped competences that have one. */
  expiresOn?: string | null | undefined;
  issuer?: string | null | undefined;
  kind: QualificationKind;
  /** ISO date. */
  obtainedOn: string;
  title: string;
};

export type AddUnitInput = {
  kind?: UnitKind;
  municipalityId: string;
  name: string;
  /** Parent unit; omitted for a top-level unit. */
  parentId?: string | null | undefined;
  serviceType?: string | null | undefined;
};

/** formell, uformell, egenerklært, vurdert av leder */
export type AssessmentSource =
  | 'FORMAL'
  | 'INFORMAL'
  | 'LEADER_ASSESSED'
  | 'SELF_DECLARED';

/** Lai's building blocks: kunnskaper, ferdigheter, evner, holdninger. */
export type BuildingBlock =
  | 'ABILITIES'
  | 'ATTITUDES'
  | 'KNOWLEDGE'
  | 'SKILLS';

export type CompetenceFilter = {
  area?: string | null | undefined;
  buildingBlock?: BuildingBlock | null | undefined;
  includeInactive?: boolean | null | undefined;
  /** Name or description, case-insensitive. */
  search?: string | null | undefined;
  tag?: string | null | undefined;
};

export type CreateCompetenceInput = {
  area: string;
  buildingBlock: BuildingBlock;
  description?: string | null | undefined;
  name: string;
  /** Default: the domain's scale 0–4. */
  scale?: Array<LevelDefinitionInput> | null | undefined;
  tags?: Array<string> | null | undefined;
  validityMonths?: number | null | undefined;
};

export type EmployeeFilter = {
  /** Employees whose realkompetanse counts for this competence (at any level). */
  competenceId?: string | null | undefined;
  /** Has a qualification or assessment whose last valid day is within N days. */
  expiringWithinDays?: number | null | undefined;
  includeInactive?: boolean | null | undefined;
  /** With competenceId: realkompetanse at least this level today. */
  minLevel?: number | null | undefined;
  municipalityId?: string | null | undefined;
  /** STYRK-08 codes; empty = all. */
  professionCodes?: Array<string> | null | undefined;
  /** Name or employee number, case-insensitive. */
  search?: string | null | undefined;
  /** The unit and all its sub-units. */
  unitId?: string | null | undefined;
};

/** fast (PERMANENT), midlertidig (TEMPORARY), vikar (SUBSTITUTE) */
export type EmploymentType =
  | 'PERMANENT'
  | 'SUBSTITUTE'
  | 'TEMPORARY';

export type LevelDefinitionInput = {
  description: string;
  level: number;
  /** Short name, e.g. "Selvstendig". */
  name?: string | null | undefined;
};

export type QualificationCompetenceInput = {
  competenceId: string;
  level: number;
};

/** utdanning, sertifikat/sertifisering, kurs */
export type QualificationKind =
  | 'CERTIFICATE'
  | 'COURSE'
  | 'EDUCATION';

export type RecordAssessmentInput = {
  /** ISO date; default today. */
  assessedOn?: string | null | undefined;
  competenceId: string;
  employeeId: string;
  evidence?: string | null | undefined;
  level: number;
  /** INFORMAL, LEADER_ASSESSED or SELF_DECLARED (FORMAL only through qualifications). */
  source: AssessmentSource;
  /** ISO date, the last day it counts. */
  validUntil?: string | null | undefined;
};

/** A role, always held in a scope. */
export type Role =
  | 'BOARD_MEMBER'
  | 'MUNICIPALITY_HR'
  | 'REGIONAL_COORDINATOR'
  | 'REGION_ADMIN'
  | 'UNIT_LEADER';

/** Level in the unit tree: service area → unit → department. */
export type UnitKind =
  | 'DEPARTMENT'
  | 'SERVICE_AREA'
  | 'UNIT';

/** Omitted or null fields are left unchanged; validityMonths: null removes the validity period. */
export type UpdateCompetenceInput = {
  active?: boolean | null | undefined;
  area?: string | null | undefined;
  buildingBlock?: BuildingBlock | null | undefined;
  description?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  scale?: Array<LevelDefinitionInput> | null | undefined;
  tags?: Array<string> | null | undefined;
  validityMonths?: number | null | undefined;
  /** The version that was read (optimistic locking). */
  version: number;
};

export type CurrentUserFragment = { id: string, email: string, name: string, regionId: string, roles: Array<{ role: Role, municipalityId: string | null, unitId: string | null }> };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { me: { id: string, email: string, name: string, regionId: string, roles: Array<{ role: Role, municipalityId: string | null, unitId: string | null }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, regionId: string, roles: Array<{ role: Role, municipalityId: string | null, unitId: string | null }> } };

export type CompetenceAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceAreasQuery = { competenceAreas: Array<string> };

export type CompetenceFieldsFragment = { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> };

export type CompetenceQueryVariables = Exact<{
  id: string;
}>;


export type CompetenceQuery = { competence: { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> } | null };

export type CompetencesQueryVariables = Exact<{
  filter?: CompetenceFilter | null | undefined;
}>;


export type CompetencesQuery = { competences: Array<{ id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> }> };

export type CreateCompetenceMutationVariables = Exact<{
  input: CreateCompetenceInput;
}>;


export type CreateCompetenceMutation = { createCompetence: { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> } };

export type UpdateCompetenceMutationVariables = Exact<{
  input: UpdateCompetenceInput;
}>;


export type UpdateCompetenceMutation = { updateCompetence: { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> } };

export type AddQualificationMutationVariables = Exact<{
  input: AddQualificationInput;
}>;


export type AddQualificationMutation = { addQualification: { id: string, title: string } };

export type AssessmentFieldsFragment = { id: string, level: number, source: AssessmentSource, evidence: string, assessedOn: string, validUntil: string | null, assessedByName: string | null, confirmedAt: string | null, createdAt: string, competence: { id: string, name: string } };

export type ConfirmAssessmentMutationVariables = Exact<{
  id: string;
}>;


export type ConfirmAssessmentMutation = { confirmAssessment: { id: string, level: number, source: AssessmentSource, evidence: string, assessedOn: string, validUntil: string | null, assessedByName: string | null, confirmedAt: string | null, createdAt: string, competence: { id: string, name: string } } };

export type EmployeeSummaryFragment = { id: string, employeeNumber: string, fullName: string, positionTitle: string, fte: number, employmentType: EmploymentType, active: boolean, profession: { code: string, name: string } | null, unit: { id: string, name: string }, municipality: { id: string, number: string, name: string } };

export type EmployeeQueryVariables = Exact<{
  id: string;
}>;


export type EmployeeQuery = { employee: { givenName: string, familyName: string, birthYear: number | null, startDate: string | null, version: number, id: string, employeeNumber: string, fullName: string, positionTitle: string, fte: number, employmentType: EmploymentType, active: boolean, competences: Array<{ level: number | null, source: AssessmentSource | null, formalLevel: number | null, informalLevel: number | null, leaderLevel: number | null, selfDeclaredLevel: number | null, selfDeclaredConfirmed: boolean, expiresOn: string | null, levelValidUntil: string | null, competence: { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> } }>, qualifications: Array<{ id: string, kind: QualificationKind, title: string, issuer: string | null, obtainedOn: string, expiresOn: string | null, competences: Array<{ level: number, competence: { id: string, name: string } }> }>, assessments: Array<{ id: string, level: number, source: AssessmentSource, evidence: string, assessedOn: string, validUntil: string | null, assessedByName: string | null, confirmedAt: string | null, createdAt: string, competence: { id: string, name: string } }>, profession: { code: string, name: string } | null, unit: { id: string, name: string }, municipality: { id: string, number: string, name: string } } | null };

export type EmployeesQueryVariables = Exact<{
  filter?: EmployeeFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type EmployeesQuery = { employees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, employeeNumber: string, fullName: string, positionTitle: string, fte: number, employmentType: EmploymentType, active: boolean, profession: { code: string, name: string } | null, unit: { id: string, name: string }, municipality: { id: string, number: string, name: string } } }> } };

export type ProfessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfessionsQuery = { professions: Array<{ code: string, name: string }> };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, level: number, source: AssessmentSource, evidence: string, assessedOn: string, validUntil: string | null, assessedByName: string | null, confirmedAt: string | null, createdAt: string, competence: { id: string, name: string } } };

export type AddUnitMutationVariables = Exact<{
  input: AddUnitInput;
}>;


export type AddUnitMutation = { addUnit: { id: string, name: string, kind: UnitKind, parentId: string | null, municipalityId: string, serviceType: string | null } };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: Array<{ id: string, number: string, name: string, kostraGroup: string | null, unitCount: number, units: Array<{ id: string, name: string, kind: UnitKind, parentId: string | null, municipalityId: string, serviceType: string | null }> }> };

export type OrganisationUnitFragment = { id: string, name: string, kind: UnitKind, parentId: string | null, municipalityId: string, serviceType: string | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CurrentUserFragmentDoc = new TypedDocumentString(`
    fragment CurrentUser on Me {
  id
  email
  name
  regionId
  roles {
    role
    municipalityId
    unitId
  }
}
    `, {"fragmentName":"CurrentUser"}) as unknown as TypedDocumentString<CurrentUserFragment, unknown>;
export const CompetenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}
    `, {"fragmentName":"CompetenceFields"}) as unknown as TypedDocumentString<CompetenceFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentFields on Assessment {
  id
  competence {
    id
    name
  }
  level
  source
  evidence
  assessedOn
  validUntil
  assessedByName
  confirmedAt
  createdAt
}
    `, {"fragmentName":"AssessmentFields"}) as unknown as TypedDocumentString<AssessmentFieldsFragment, unknown>;
export const EmployeeSummaryFragmentDoc = new TypedDocumentString(`
    fragment EmployeeSummary on Employee {
  id
  employeeNumber
  fullName
  positionTitle
  fte
  employmentType
  active
  profession {
    code
    name
  }
  unit {
    id
    name
  }
  municipality {
    id
    number
    name
  }
}
    `, {"fragmentName":"EmployeeSummary"}) as unknown as TypedDocumentString<EmployeeSummaryFragment, unknown>;
export const OrganisationUnitFragmentDoc = new TypedDocumentString(`
    fragment OrganisationUnit on Unit {
  id
  name
  kind
  parentId
  municipalityId
  serviceType
}
    `, {"fragmentName":"OrganisationUnit"}) as unknown as TypedDocumentString<OrganisationUnitFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    me {
      ...CurrentUser
    }
  }
}
    fragment CurrentUser on Me {
  id
  email
  name
  regionId
  roles {
    role
    municipalityId
    unitId
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...CurrentUser
  }
}
    fragment CurrentUser on Me {
  id
  email
  name
  regionId
  roles {
    role
    municipalityId
    unitId
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CompetenceAreasDocument = new TypedDocumentString(`
    query CompetenceAreas {
  competenceAreas
}
    `) as unknown as TypedDocumentString<CompetenceAreasQuery, CompetenceAreasQueryVariables>;
export const CompetenceDocument = new TypedDocumentString(`
    query Competence($id: ID!) {
  competence(id: $id) {
    ...CompetenceFields
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}`) as unknown as TypedDocumentString<CompetenceQuery, CompetenceQueryVariables>;
export const CompetencesDocument = new TypedDocumentString(`
    query Competences($filter: CompetenceFilter) {
  competences(filter: $filter) {
    ...CompetenceFields
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}`) as unknown as TypedDocumentString<CompetencesQuery, CompetencesQueryVariables>;
export const CreateCompetenceDocument = new TypedDocumentString(`
    mutation CreateCompetence($input: CreateCompetenceInput!) {
  createCompetence(input: $input) {
    ...CompetenceFields
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}`) as unknown as TypedDocumentString<CreateCompetenceMutation, CreateCompetenceMutationVariables>;
export const UpdateCompetenceDocument = new TypedDocumentString(`
    mutation UpdateCompetence($input: UpdateCompetenceInput!) {
  updateCompetence(input: $input) {
    ...CompetenceFields
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}`) as unknown as TypedDocumentString<UpdateCompetenceMutation, UpdateCompetenceMutationVariables>;
export const AddQualificationDocument = new TypedDocumentString(`
    mutation AddQualification($input: AddQualificationInput!) {
  addQualification(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AddQualificationMutation, AddQualificationMutationVariables>;
export const ConfirmAssessmentDocument = new TypedDocumentString(`
    mutation ConfirmAssessment($id: ID!) {
  confirmAssessment(id: $id) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
  id
  competence {
    id
    name
  }
  level
  source
  evidence
  assessedOn
  validUntil
  assessedByName
  confirmedAt
  createdAt
}`) as unknown as TypedDocumentString<ConfirmAssessmentMutation, ConfirmAssessmentMutationVariables>;
export const EmployeeDocument = new TypedDocumentString(`
    query Employee($id: ID!) {
  employee(id: $id) {
    ...EmployeeSummary
    givenName
    familyName
    birthYear
    startDate
    version
    competences {
      competence {
        ...CompetenceFields
      }
      level
      source
      formalLevel
      informalLevel
      leaderLevel
      selfDeclaredLevel
      selfDeclaredConfirmed
      expiresOn
      levelValidUntil
    }
    qualifications {
      id
      kind
      title
      issuer
      obtainedOn
      expiresOn
      competences {
        competence {
          id
          name
        }
        level
      }
    }
    assessments {
      ...AssessmentFields
    }
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}
fragment AssessmentFields on Assessment {
  id
  competence {
    id
    name
  }
  level
  source
  evidence
  assessedOn
  validUntil
  assessedByName
  confirmedAt
  createdAt
}
fragment EmployeeSummary on Employee {
  id
  employeeNumber
  fullName
  positionTitle
  fte
  employmentType
  active
  profession {
    code
    name
  }
  unit {
    id
    name
  }
  municipality {
    id
    number
    name
  }
}`) as unknown as TypedDocumentString<EmployeeQuery, EmployeeQueryVariables>;
export const EmployeesDocument = new TypedDocumentString(`
    query Employees($filter: EmployeeFilter, $first: Int!, $after: String) {
  employees(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...EmployeeSummary
      }
    }
  }
}
    fragment EmployeeSummary on Employee {
  id
  employeeNumber
  fullName
  positionTitle
  fte
  employmentType
  active
  profession {
    code
    name
  }
  unit {
    id
    name
  }
  municipality {
    id
    number
    name
  }
}`) as unknown as TypedDocumentString<EmployeesQuery, EmployeesQueryVariables>;
export const ProfessionsDocument = new TypedDocumentString(`
    query Professions {
  professions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ProfessionsQuery, ProfessionsQueryVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
  id
  competence {
    id
    name
  }
  level
  source
  evidence
  assessedOn
  validUntil
  assessedByName
  confirmedAt
  createdAt
}`) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const AddUnitDocument = new TypedDocumentString(`
    mutation AddUnit($input: AddUnitInput!) {
  addUnit(input: $input) {
    ...OrganisationUnit
  }
}
    fragment OrganisationUnit on Unit {
  id
  name
  kind
  parentId
  municipalityId
  serviceType
}`) as unknown as TypedDocumentString<AddUnitMutation, AddUnitMutationVariables>;
export const MunicipalitiesDocument = new TypedDocumentString(`
    query Municipalities {
  municipalities {
    id
    number
    name
    kostraGroup
    unitCount
    units {
      ...OrganisationUnit
    }
  }
}
    fragment OrganisationUnit on Unit {
  id
  name
  kind
  parentId
  municipalityId
  serviceType
}`) as unknown as TypedDocumentString<MunicipalitiesQuery, MunicipalitiesQueryVariables>;