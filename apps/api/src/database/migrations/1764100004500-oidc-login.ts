import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on flows in progress: PKCE verifier, state and nonce kept on the
 * server (any API instance may receive the provider's callback), keyed by the
 * hash of a random value in the browser's short-lived kp_oidc cookie. Rows
 * live minutes and belong to no region yet: nobody is signed in.
 */
export class OidcLogin1764100004500 implements MigrationInterface {
  name = 'OidcLogin1764100004500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE oidc_login (
        binding_hash bytea PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        redirect_uri text NOT NULL,
        return_to text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX oidc_login_expires_idx ON oidc_login (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE oidc_login`);
  }
}
