import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const TEST_OIDC_CLIENT = { id: 'kompetanseplan-test', secret: 'test-klienthemmelighet' };

export interface OidcProviderProcess {
  /** The issuer identifier, e.g. http://127.0.0.1:40123 */
  issuer: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the local OpenID provider (oidc-provider.mjs) as its own process:
 * the package is an ES module that Jest's workers cannot load. It knows one
 * client, TEST_OIDC_CLIENT, allowed to redirect to `redirectUri`.
 */
export async function startOidcProvider(redirectUri: string): Promise<OidcProviderProcess> {
  const child = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: {
      ...process.env,
      KP_TEST_OIDC_CLIENT_ID: TEST_OIDC_CLIENT.id,
      KP_TEST_OIDC_CLIENT_SECRET: TEST_OIDC_CLIENT.secret,
      KP_TEST_OIDC_REDIRECT_URI: redirectUri,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const issuer = await new Promise<string>((found, failed) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/^OIDC_PROVIDER_URL=(\S+)$/m);
      if (match) found(match[1]);
    });
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) =>
      failed(new Error(`the OpenID provider exited with ${code}: ${output}`)),
    );
  });
  return {
    issuer,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
