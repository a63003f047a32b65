import {
  createUserProblems,
  editUserProblems,
  editUserValues,
  toCreateUserInput,
  toUpdateUserInput,
} from './user-form';

describe('createUserProblems', () => {
  it('asks for the address and the name', () => {
    expect(createUserProblems({ email: ' ', name: '', password: '' })).toEqual({
      email: 'admin.userForm.emailRequired',
      name: 'admin.userForm.nameRequired',
    });
  });

  it('accepts no password (single sign-on only) or one of at least 12 characters', () => {
    const base = { email: 'a@b.no', name: 'Ada' };
    expect(createUserProblems({ ...base, password: '' })).toEqual({});
    expect(createUserProblems({ ...base, password: '123456789012' })).toEqual({});
    expect(createUserProblems({ ...base, password: '12345678901' })).toEqual({
      password: 'admin.userForm.passwordTooShort',
    });
  });
});

describe('toCreateUserInput', () => {
  it('trims the address and name, and sends no password as null', () => {
    expect(toCreateUserInput({ email: ' a@b.no ', name: ' Ada ', password: '' })).toEqual({
      email: 'a@b.no',
      name: 'Ada',
      password: null,
    });
  });

  it('keeps the password as typed', () => {
    expect(
      toCreateUserInput({ email: 'a@b.no', name: 'Ada', password: ' lang nok passord ' }),
    ).toMatchObject({ password: ' lang nok passord ' });
  });
});

describe('editing a user', () => {
  const user = { id: 'u1', name: 'Ada', active: true, version: 3 };

  it('starts from the stored name and status, without a password', () => {
    expect(editUserValues(user)).toEqual({ name: 'Ada', active: true, password: '' });
  });

  it('checks the name and a new password', () => {
    expect(editUserProblems({ name: ' ', active: true, password: 'kort' })).toEqual({
      name: 'admin.userForm.nameRequired',
      password: 'admin.userForm.passwordTooShort',
    });
    expect(editUserProblems({ name: 'Ada', active: false, password: '' })).toEqual({});
  });

  it('sends only what changed, with the version the form started from', () => {
    expect(toUpdateUserInput(user, { name: 'Ada', active: false, password: '' })).toEqual({
      id: 'u1',
      version: 3,
      active: false,
    });
    expect(
      toUpdateUserInput(user, {
        name: ' Ada Lovelace ',
        active: true,
        password: 'et nytt passord',
      }),
    ).toEqual({ id: 'u1', version: 3, name: 'Ada Lovelace', password: 'et nytt passord' });
  });

  it('has nothing to send when nothing changed', () => {
    expect(toUpdateUserInput(user, { name: ' Ada ', active: true, password: '' })).toBeNull();
  });
});
