/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddUnitInput = {
  kind?: UnitKind;
  municipalityId: string;
  name: string;
  /** Parent unit; omitted for a top-level unit. */
  parentId?: string | null | undefined;
  serviceType?: string | null | undefined;
};

/** Level in the unit tree: service area → unit → department. */
export type UnitKind =
  | 'DEPARTMENT'
  | 'SERVICE_AREA'
  | 'UNIT';

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