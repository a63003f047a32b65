import { missingSignInFields } from './sign-in-form';

describe('missingSignInFields', () => {
  it('asks for both fields when empty', () => {
    expect(missingSignInFields({ email: '  ', password: '' })).toEqual({
      email: 'signIn.emailRequired',
      password: 'signIn.passwordRequired',
    });
  });

  it('leaves checking the address and password to the API', () => {
    expect(missingSignInFields({ email: 'not-an-address', password: ' ' })).toEqual({});
  });
});
