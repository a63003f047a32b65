import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { col, execute, maybeOne } from '../../database/sql';

/** A sign-in begun at the provider, waiting for its callback. */
const PendingOidcLogin = z.object({
  state: col.text,
  nonce: col.text,
  codeVerifier: col.text,
  redirectUri: col.text,
  returnTo: col.text,
});
export type PendingOidcLogin = z.infer<typeof PendingOidcLogin>;

const TakenLogin = PendingOidcLogin.extend({ live: col.boolean });

const OidcUser = z.object({ id: col.id, active: col.boolean });
export type OidcUser = z.infer<typeof OidcUser>;

@Injectable()
export class OidcRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Also sweeps flows nobody finished, so the table stays a few rows long. */
  async savePending(
    bindingHash: Buffer,
    pending: PendingOidcLogin,
    lifetimeSeconds: number,
  ): Promise<void> {
    await execute(this.db, 'DELETE FROM oidc_login WHERE expires_at <= now()');
    await execute(
      this.db,
      `INSERT INTO oidc_login
         (binding_hash, state, nonce, code_verifier, redirect_uri, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`,
      [
        bindingHash,
        pending.state,
        pending.nonce,
        pending.codeVerifier,
        pending.redirectUri,
        pending.returnTo,
        lifetimeSeconds,
      ],
    );
  }

  /** Removes and returns the flow in one statement: a callback can be used once. */
  async takePending(bindingHash: Buffer): Promise<PendingOidcLogin | null> {
    const row = await maybeOne(
      this.db,
      TakenLogin,
      `DELETE FROM oidc_login WHERE binding_hash = $1
       RETURNING state, nonce, code_verifier AS "codeVerifier", redirect_uri AS "redirectUri",
                 return_to AS "returnTo", expires_at > now() AS live`,
      [bindingHash],
    );
    if (!row?.live) return null;
    return {
      state: row.state,
      nonce: row.nonce,
      codeVerifier: row.codeVerifier,
      redirectUri: row.redirectUri,
      returnTo: row.returnTo,
    };
  }

  /** Addresses are stored lower-cased (a check constraint), so this is case-insensitive. */
  async findUserByEmail(email: string): Promise<OidcUser | null> {
    return maybeOne(this.db, OidcUser, 'SELECT id, active FROM app_user WHERE email = lower($1)', [
      email,
    ]);
  }
}
