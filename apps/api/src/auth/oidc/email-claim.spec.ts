import { emailFromClaims } from './email-claim';

describe('emailFromClaims', () => {
  it.each([
    [
      'the email claim, lower-cased',
      { email: 'Kari.Nordmann@Gjovik.Kommune.no' },
      'kari.nordmann@gjovik.kommune.no',
    ],
    [
      'email before preferred_username',
      { email: 'a@b.no', preferred_username: 'c@d.no' },
      'a@b.no',
    ],
    [
      'preferred_username when email is missing',
      { preferred_username: 'ola@toten.no' },
      'ola@toten.no',
    ],
    ['upn as the last resort', { preferred_username: 'ola', upn: 'Ola@Toten.no' }, 'ola@toten.no'],
    [
      'preferred_username when the email is unverified',
      { email: 'x@y.no', email_verified: false, preferred_username: 'p@q.no' },
      'p@q.no',
    ],
  ])('reads %s', (_case, claims, expected) => {
    expect(emailFromClaims(claims)).toBe(expected);
  });

  it.each([
    ['no claims', {}],
    ['a user name that is not an address', { preferred_username: 'kari' }],
    ['an unverified email only', { email: 'x@y.no', email_verified: false }],
    ['a non-string claim', { email: ['a@b.no'] }],
  ])('finds nothing in %s', (_case, claims) => {
    expect(emailFromClaims(claims)).toBeNull();
  });
});
