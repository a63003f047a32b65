import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { col, execute, maybeOne } from '../database/sql';
import { type Actor, Role } from './roles';

export interface SessionRow {
  sessionId: string;
  csrfToken: string;
  lastSeenAt: Date;
  actor: Actor;
}

const UserCredentials = z.object({
  id: col.id,
  regionId: col.id,
  email: col.text,
  passwordHash: col.text.nullable(),
  active: col.boolean,
});
export type UserCredentials = z.infer<typeof UserCredentials>;

const RoleGrant = z.object({
  role: z.enum(Role),
  regionId: col.id,
  municipalityId: col.id.nullable(),
  unitId: col.id.nullable(),
});

const LiveSession = z.object({
  sessionId: col.id,
  csrfToken: col.text,
  lastSeenAt: col.timestamp,
  userId: col.id,
  email: col.text,
  name: col.text,
  regionId: col.id,
  grants: z.array(RoleGrant),
});

/** Sessions live in PostgreSQL, so any API instance can serve any user. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findUserByEmail(email: string): Promise<UserCredentials | null> {
    return maybeOne(
      this.db,
      UserCredentials,
      `SELECT id, region_id AS "regionId", email, password_hash AS "passwordHash", active
       FROM app_user WHERE email = $1`,
      [email],
    );
  }

  async create(session: {
    tokenHash: Buffer;
    csrfToken: string;
    userId: string;
    ip: string | null;
    userAgent: string | null;
  }): Promise<void> {
    await execute(
      this.db,
      `INSERT INTO user_session
         (token_hash, csrf_token, user_id, ip, user_agent, idle_expires_at, absolute_expires_at)
       SELECT $1, $2, u.id, $4, $5,
              now() + make_interval(mins => r.session_idle_minutes),
              now() + make_interval(hours => r.session_absolute_hours)
       FROM app_user u JOIN region r ON r.id = u.region_id
       WHERE u.id = $3`,
      [session.tokenHash, session.csrfToken, session.userId, session.ip, session.userAgent],
    );
  }

  /** The live session for a token with its user's grants, in one statement. */
  async findLive(tokenHash: Buffer): Promise<SessionRow | null> {
    const row = await maybeOne(
      this.db,
      LiveSession,
      `SELECT s.id AS "sessionId", s.csrf_token AS "csrfToken", s.last_seen_at AS "lastSeenAt",
              u.id AS "userId", u.email, u.name, u.region_id AS "regionId",
              coalesce(json_agg(json_build_object(
                'role', g.role, 'regionId', g.region_id,
                'municipalityId', g.municipality_id, 'unitId', g.unit_id))
                FILTER (WHERE g.id IS NOT NULL), '[]') AS grants
       FROM user_session s
       JOIN app_user u ON u.id = s.user_id AND u.active
       LEFT JOIN role_assignment g ON g.user_id = u.id
       WHERE s.token_hash = $1 AND s.idle_expires_at > now() AND s.absolute_expires_at > now()
       GROUP BY s.id, u.id`,
      [tokenHash],
    );
    if (!row) return null;
    return {
      sessionId: row.sessionId,
      csrfToken: row.csrfToken,
      lastSeenAt: row.lastSeenAt,
      actor: {
        userId: row.userId,
        email: row.email,
        name: row.name,
        regionId: row.regionId,
        grants: row.grants,
      },
    };
  }

  /** Extends the idle limit; never beyond the absolute one. */
  async touch(sessionId: string): Promise<void> {
    await execute(
      this.db,
      `UPDATE user_session s
       SET last_seen_at = now(),
           idle_expires_at = least(s.absolute_expires_at,
                                   now() + make_interval(mins => r.session_idle_minutes))
       FROM app_user u JOIN region r ON r.id = u.region_id
       WHERE s.id = $1 AND u.id = s.user_id`,
      [sessionId],
    );
  }

  async delete(tokenHash: Buffer): Promise<void> {
    await execute(this.db, 'DELETE FROM user_session WHERE token_hash = $1', [tokenHash]);
  }

  async deleteExpired(): Promise<void> {
    await execute(
      this.db,
      'DELETE FROM user_session WHERE idle_expires_at <= now() OR absolute_expires_at <= now()',
    );
  }
}
