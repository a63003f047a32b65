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
    "\n  mutation AddUnit($input: AddUnitInput!) {\n    addUnit(input: $input) {\n      ...OrganisationUnit\n    }\n  }\n": typeof types.AddUnitDocument,
    "\n  query Municipalities {\n    municipalities {\n      id\n      number\n      name\n      kostraGroup\n      unitCount\n      units {\n        ...OrganisationUnit\n      }\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  fragment OrganisationUnit on Unit {\n    id\n    name\n    kind\n    parentId\n    municipalityId\n    serviceType\n  }\n": typeof types.OrganisationUnitFragmentDoc,
};
const documents: Documents = {
    "\n  mutation AddUnit($input: AddUnitInput!) {\n    addUnit(input: $input) {\n      ...OrganisationUnit\n    }\n  }\n": types.AddUnitDocument,
    "\n  query Municipalities {\n    municipalities {\n      id\n      number\n      name\n      kostraGroup\n      unitCount\n      units {\n        ...OrganisationUnit\n      }\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  fragment OrganisationUnit on Unit {\n    id\n    name\n    kind\n    parentId\n    municipalityId\n    serviceType\n  }\n": types.OrganisationUnitFragmentDoc,
};

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
