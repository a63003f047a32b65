/**
 * Why a single sign-on did not end in a session. The code goes to the web app
 * in `/logg-inn?sso=feil&arsak=<code>`, which shows a Norwegian message for it.
 */
export type OidcFailureReason =
  /** The person cancelled or refused at the provider. */
  | 'avbrutt'
  /** The answer did not belong to a flow this browser started (state, cookie, expiry, token checks). */
  | 'ugyldig'
  /** No user with the provider's e-mail address: users are created by an administrator. */
  | 'ukjent-bruker'
  /** The user exists but is deactivated. */
  | 'deaktivert'
  /** The provider gave no e-mail address to match on. */
  | 'mangler-epost'
  /** The provider could not be reached or reported an error, or something failed here. */
  | 'teknisk-feil';

export class OidcFailure extends Error {
  /** `detail` is for the log only; the browser only ever sees the reason code. */
  constructor(
    readonly reason: OidcFailureReason,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'OidcFailure';
  }
}
