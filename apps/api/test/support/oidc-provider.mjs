// A local OpenID Connect provider for the single sign-on tests, run as its own
// process because oidc-provider is an ES module that Jest's workers cannot load.
// Prints "OIDC_PROVIDER_URL=<issuer>" once listening; stops on SIGTERM/SIGINT.
//
// Anyone may sign in with any login name (the development login form, no
// password check). The login name decides the claims the test receives:
//   "upn:<value>"     no email claim, preferred_username = <value>
//   "ingen-epost:<x>" no e-mail at all
//   anything else     email = the login name (email_verified: true)
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const clientId = process.env.KP_TEST_OIDC_CLIENT_ID ?? 'kompetanseplan';
const clientSecret = process.env.KP_TEST_OIDC_CLIENT_SECRET ?? 'test-secret';
const redirectUri = process.env.KP_TEST_OIDC_REDIRECT_URI;
if (!redirectUri) {
  process.stderr.write('KP_TEST_OIDC_REDIRECT_URI is required\n');
  process.exit(2);
}

function claimsFor(accountId) {
  if (accountId.startsWith('upn:')) {
    return { sub: accountId, preferred_username: accountId.slice('upn:'.length) };
  }
  if (accountId.startsWith('ingen-epost:')) return { sub: accountId, name: 'Uten E-post' };
  return { sub: accountId, email: accountId, email_verified: true, name: 'Test Testesen' };
}

// Listen first, so the issuer carries the real port.
const server = createServer();
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
  },
  cookies: { keys: ['kp-test-oidc-cookie-key'] },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, accountId) {
    return { accountId, claims: async () => claimsFor(accountId) };
  },
  // A first-party client: the organisation has consented for its users (as an
  // Entra ID admin consent does), so the only interaction is the login form.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});
// Quiet: the test reads the provider's answers, not its console.
provider.on('server_error', (_ctx, error) => process.stderr.write(`${error.stack}\n`));

server.on('request', provider.callback());
process.stdout.write(`OIDC_PROVIDER_URL=${issuer}\n`);

for (const signal of ['SIGTERM', 'SIGINT']) {
  // nothing to flush: all state is in memory
  process.on(signal, () => process.exit(0));
}
