import type { CreateUserInput, UpdateUserInput } from '@web/gql/graphql';

/** The API's lower limit; checked here too so the message can say how long. */
export const MIN_PASSWORD_LENGTH = 12;

export const CREATE_USER_FIELDS = ['email', 'name', 'password'] as const;
export type CreateUserField = (typeof CREATE_USER_FIELDS)[number];

export interface CreateUserValues {
  email: string;
  name: string;
  /** Empty: the user signs in with single sign-on only. */
  password: string;
}

export type UserFormMessageKey =
  | 'admin.userForm.emailRequired'
  | 'admin.userForm.nameRequired'
  | 'admin.userForm.passwordTooShort';

function passwordTooShort(password: string): boolean {
  return password !== '' && password.length < MIN_PASSWORD_LENGTH;
}

/** Checks before sending; whether the address is valid or already taken is the API's answer. */
export function createUserProblems(
  values: CreateUserValues,
): Partial<Record<CreateUserField, UserFormMessageKey>> {
  const problems: Partial<Record<CreateUserField, UserFormMessageKey>> = {};
  if (!values.email.trim()) problems.email = 'admin.userForm.emailRequired';
  if (!values.name.trim()) problems.name = 'admin.userForm.nameRequired';
  if (passwordTooShort(values.password)) problems.password = 'admin.userForm.passwordTooShort';
  return problems;
}

export function toCreateUserInput(values: CreateUserValues): CreateUserInput {
  return {
    email: values.email.trim(),
    name: values.name.trim(),
    // Passwords are taken as typed (spaces count); none means single sign-on only.
    password: values.password === '' ? null : values.password,
  };
}

export const EDIT_USER_FIELDS = ['name', 'active', 'password'] as const;
export type EditUserField = (typeof EDIT_USER_FIELDS)[number];

export interface EditUserValues {
  name: string;
  active: boolean;
  /** Empty: the password stays as it is. */
  password: string;
}

export interface EditableUser {
  id: string;
  name: string;
  active: boolean;
  version: number;
}

export function editUserValues(user: EditableUser): EditUserValues {
  return { name: user.name, active: user.active, password: '' };
}

export function editUserProblems(
  values: EditUserValues,
): Partial<Record<EditUserField, UserFormMessageKey>> {
  const problems: Partial<Record<EditUserField, UserFormMessageKey>> = {};
  if (!values.name.trim()) problems.name = 'admin.userForm.nameRequired';
  if (passwordTooShort(values.password)) problems.password = 'admin.userForm.passwordTooShort';
  return problems;
}

/**
 * Only what changed is sent, with the version the form started from, so a
 * change someone else made meanwhile is a CONFLICT rather than overwritten.
 * Null when nothing changed.
 */
export function toUpdateUserInput(
  user: EditableUser,
  values: EditUserValues,
): UpdateUserInput | null {
  const input: UpdateUserInput = { id: user.id, version: user.version };
  const name = values.name.trim();
  if (name !== user.name) input.name = name;
  if (values.active !== user.active) input.active = values.active;
  if (values.password !== '') input.password = values.password;
  return Object.keys(input).length > 2 ? input : null;
}
