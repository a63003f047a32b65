/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CurrentUser on Me {\n    id\n    email\n    name\n    regionId\n    roles {\n      role\n      municipalityId\n      unitId\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      me {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  query CompetenceAreas {\n    competenceAreas\n  }\n": typeof types.CompetenceAreasDocument,
    "\n  fragment CompetenceFields on Competence {\n    id\n    name\n    description\n    buildingBlock\n    area\n    tags\n    scale {\n      level\n      description\n    }\n    validityMonths\n    active\n    version\n  }\n": typeof types.CompetenceFieldsFragmentDoc,
    "\n  query Competence($id: ID!) {\n    competence(id: $id) {\n      ...CompetenceFields\n    }\n  }\n": typeof types.CompetenceDocument,
    "\n  query Competences($filter: CompetenceFilter) {\n    competences(filter: $filter) {\n      ...CompetenceFields\n    }\n  }\n": typeof types.CompetencesDocument,
    "\n  mutation CreateCompetence($input: CreateCompetenceInput!) {\n    createCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n": typeof types.CreateCompetenceDocument,
    "\n  mutation UpdateCompetence($input: UpdateCompetenceInput!) {\n    updateCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n": typeof types.UpdateCompetenceDocument,
    "\n  mutation AddQualification($input: AddQualificationInput!) {\n    addQualification(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddQualificationDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    competence {\n      id\n      name\n    }\n    level\n    source\n    evidence\n    assessedOn\n    validUntil\n    assessedByName\n    confirmedAt\n    createdAt\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  mutation ConfirmAssessment($id: ID!) {\n    confirmAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.ConfirmAssessmentDocument,
    "\n  fragment EmployeeSummary on Employee {\n    id\n    employeeNumber\n    fullName\n    positionTitle\n    fte\n    employmentType\n    active\n    profession {\n      code\n      name\n    }\n    unit {\n      id\n      name\n    }\n    municipality {\n      id\n      number\n      name\n    }\n  }\n": typeof types.EmployeeSummaryFragmentDoc,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeSummary\n      givenName\n      familyName\n      birthYear\n      startDate\n      version\n      competences {\n        competence {\n          ...CompetenceFields\n        }\n        level\n        source\n        formalLevel\n        informalLevel\n        leaderLevel\n        selfDeclaredLevel\n        selfDeclaredConfirmed\n        expiresOn\n        levelValidUntil\n      }\n      qualifications {\n        id\n        kind\n        title\n        issuer\n        obtainedOn\n        expiresOn\n        competences {\n          competence {\n            id\n            name\n          }\n          level\n        }\n      }\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n": typeof types.EmployeeDocument,
    "\n  query Employees($filter: EmployeeFilter, $first: Int!, $after: String) {\n    employees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EmployeeSummary\n        }\n      }\n    }\n  }\n": typeof types.EmployeesDocument,
    "\n  query Professions {\n    professions {\n      code\n      name\n    }\n  }\n": typeof types.ProfessionsDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.RecordAssessmentDocument,
    "\n  mutation AddUnit($input: AddUnitInput!) {\n    addUnit(input: $input) {\n      ...OrganisationUnit\n    }\n  }\n": typeof types.AddUnitDocument,
    "\n  query Municipalities {\n    municipalities {\n      id\n      number\n      name\n      kostraGroup\n      unitCount\n      units {\n        ...OrganisationUnit\n      }\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  fragment OrganisationUnit on Unit {\n    id\n    name\n    kind\n    parentId\n    municipalityId\n    serviceType\n  }\n": typeof types.OrganisationUnitFragmentDoc,
};
const documents: Documents = {
    "\n  fragment CurrentUser on Me {\n    id\n    email\n    name\n    regionId\n    roles {\n      role\n      municipalityId\n      unitId\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      me {\n        ...CurrentUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  query CompetenceAreas {\n    competenceAreas\n  }\n": types.CompetenceAreasDocument,
    "\n  fragment CompetenceFields on Competence {\n    id\n    name\n    description\n    buildingBlock\n    area\n    tags\n    scale {\n      level\n      description\n    }\n    validityMonths\n    active\n    version\n  }\n": types.CompetenceFieldsFragmentDoc,
    "\n  query Competence($id: ID!) {\n    competence(id: $id) {\n      ...CompetenceFields\n    }\n  }\n": types.CompetenceDocument,
    "\n  query Competences($filter: CompetenceFilter) {\n    competences(filter: $filter) {\n      ...CompetenceFields\n    }\n  }\n": types.CompetencesDocument,
    "\n  mutation CreateCompetence($input: CreateCompetenceInput!) {\n    createCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n": types.CreateCompetenceDocument,
    "\n  mutation UpdateCompetence($input: UpdateCompetenceInput!) {\n    updateCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n": types.UpdateCompetenceDocument,
    "\n  mutation AddQualification($input: AddQualificationInput!) {\n    addQualification(input: $input) {\n      id\n      title\n    }\n  }\n": types.AddQualificationDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    competence {\n      id\n      name\n    }\n    level\n    source\n    evidence\n    assessedOn\n    validUntil\n    assessedByName\n    confirmedAt\n    createdAt\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  mutation ConfirmAssessment($id: ID!) {\n    confirmAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.ConfirmAssessmentDocument,
    "\n  fragment EmployeeSummary on Employee {\n    id\n    employeeNumber\n    fullName\n    positionTitle\n    fte\n    employmentType\n    active\n    profession {\n      code\n      name\n    }\n    unit {\n      id\n      name\n    }\n    municipality {\n      id\n      number\n      name\n    }\n  }\n": types.EmployeeSummaryFragmentDoc,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeSummary\n      givenName\n      familyName\n      birthYear\n      startDate\n      version\n      competences {\n        competence {\n          ...CompetenceFields\n        }\n        level\n        source\n        formalLevel\n        informalLevel\n        leaderLevel\n        selfDeclaredLevel\n        selfDeclaredConfirmed\n        expiresOn\n        levelValidUntil\n      }\n      qualifications {\n        id\n        kind\n        title\n        issuer\n        obtainedOn\n        expiresOn\n        competences {\n          competence {\n            id\n            name\n          }\n          level\n        }\n      }\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n": types.EmployeeDocument,
    "\n  query Employees($filter: EmployeeFilter, $first: Int!, $after: String) {\n    employees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EmployeeSummary\n        }\n      }\n    }\n  }\n": types.EmployeesDocument,
    "\n  query Professions {\n    professions {\n      code\n      name\n    }\n  }\n": types.ProfessionsDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.RecordAssessmentDocument,
    "\n  mutation AddUnit($input: AddUnitInput!) {\n    addUnit(input: $input) {\n      ...OrganisationUnit\n    }\n  }\n": types.AddUnitDocument,
    "\n  query Municipalities {\n    municipalities {\n      id\n      number\n      name\n      kostraGroup\n      unitCount\n      units {\n        ...OrganisationUnit\n      }\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  fragment OrganisationUnit on Unit {\n    id\n    name\n    kind\n    parentId\n    municipalityId\n    serviceType\n  }\n": types.OrganisationUnitFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on Me {\n    id\n    email\n    name\n    regionId\n    roles {\n      role\n      municipalityId\n      unitId\n    }\n  }\n"): typeof import('./graphql').CurrentUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      me {\n        ...CurrentUser\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompetenceAreas {\n    competenceAreas\n  }\n"): typeof import('./graphql').CompetenceAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompetenceFields on Competence {\n    id\n    name\n    description\n    buildingBlock\n    area\n    tags\n    scale {\n      level\n      description\n    }\n    validityMonths\n    active\n    version\n  }\n"): typeof import('./graphql').CompetenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Competence($id: ID!) {\n    competence(id: $id) {\n      ...CompetenceFields\n    }\n  }\n"): typeof import('./graphql').CompetenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Competences($filter: CompetenceFilter) {\n    competences(filter: $filter) {\n      ...CompetenceFields\n    }\n  }\n"): typeof import('./graphql').CompetencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompetence($input: CreateCompetenceInput!) {\n    createCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n"): typeof import('./graphql').CreateCompetenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompetence($input: UpdateCompetenceInput!) {\n    updateCompetence(input: $input) {\n      ...CompetenceFields\n    }\n  }\n"): typeof import('./graphql').UpdateCompetenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddQualification($input: AddQualificationInput!) {\n    addQualification(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').AddQualificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    competence {\n      id\n      name\n    }\n    level\n    source\n    evidence\n    assessedOn\n    validUntil\n    assessedByName\n    confirmedAt\n    createdAt\n  }\n"): typeof import('./graphql').AssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAssessment($id: ID!) {\n    confirmAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').ConfirmAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeSummary on Employee {\n    id\n    employeeNumber\n    fullName\n    positionTitle\n    fte\n    employmentType\n    active\n    profession {\n      code\n      name\n    }\n    unit {\n      id\n      name\n    }\n    municipality {\n      id\n      number\n      name\n    }\n  }\n"): typeof import('./graphql').EmployeeSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeSummary\n      givenName\n      familyName\n      birthYear\n      startDate\n      version\n      competences {\n        competence {\n          ...CompetenceFields\n        }\n        level\n        source\n        formalLevel\n        informalLevel\n        leaderLevel\n        selfDeclaredLevel\n        selfDeclaredConfirmed\n        expiresOn\n        levelValidUntil\n      }\n      qualifications {\n        id\n        kind\n        title\n        issuer\n        obtainedOn\n        expiresOn\n        competences {\n          competence {\n            id\n            name\n          }\n          level\n        }\n      }\n      assessments {\n        ...AssessmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').EmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees($filter: EmployeeFilter, $first: Int!, $after: String) {\n    employees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EmployeeSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EmployeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Professions {\n    professions {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').ProfessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').RecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUnit($input: AddUnitInput!) {\n    addUnit(input: $input) {\n      ...OrganisationUnit\n    }\n  }\n"): typeof import('./graphql').AddUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities {\n    municipalities {\n      id\n      number\n      name\n      kostraGroup\n      unitCount\n      units {\n        ...OrganisationUnit\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationUnit on Unit {\n    id\n    name\n    kind\n    parentId\n    municipalityId\n    serviceType\n  }\n"): typeof import('./graphql').OrganisationUnitFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
