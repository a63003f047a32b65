import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  auditableTypedEmail,
  idsToPlace,
  placeEntries,
  recordsRefusal,
  REFUSAL_WINDOW_SECONDS,
  throttleAddress,
} from '@kp/domain';
import type { Actor, RequestOrigin } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import { AuditEntry, AuditRepository, type OutOfScopeTarget } from './audit.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_ORIGIN: RequestOrigin = { sessionId: null, address: null };

type Subject = Omit<
  AuditEntry,
  'regionId' | 'actorUserId' | 'actorEmail' | 'sessionId' | 'address'
> & {
  /** Needed only when there is no actor (command-line imports). */
  regionId?: string;
};

/** A request the service refused, as the audit log keeps it (thinned: see recordsRefusal). */
export interface Refusal {
  /** access.denied, access.csrf_rejected, access.out_of_scope, auth.login.throttled */
  action: string;
  /** The error code the caller got. */
  reason: string;
  /** The GraphQL operation or REST route. */
  operation: string;
  entityType?: string;
  entityId?: string | null;
  employeeId?: string | null;
  municipalityId?: string | null;
  /** For refusals before anyone is signed in; otherwise the actor's region. */
  regionId?: string | null;
  /** What a refused sign-in was for (kept as auditableTypedEmail allows). */
  typedEmail?: string;
}

export type SignInMethod = 'password' | 'oidc';

/**
 * Refusals of one kind the whole region may record in full per window; past it, only the
 * region-wide 1st, 2nd, 4th … (so a flood from many addresses cannot fill the log either).
 */
const REGION_REFUSALS_IN_FULL = 10_000;

/** Every read of personal data, every change, sign-ins and refusals go through here. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(private readonly audit: AuditRepository) {}

  /** A read of one person's record or of a list of persons. */
  async read(actor: Actor, subject: Subject): Promise<void> {
    if (!subject.employeeId && (!subject.employeeIds || subject.employeeIds.length === 0)) return;
    await this.write([this.entry(actor, subject)]);
  }

  /** A change, written in the same transaction as the change itself. */
  async change(manager: EntityManager, actor: Actor | null, subjects: Subject[]): Promise<void> {
    await this.write(
      subjects.map((subject) => this.entry(actor, subject)),
      manager,
    );
  }

  /** A successful sign-in: the new session is the entry's session. */
  async signedIn(actor: Actor, method: SignInMethod): Promise<void> {
    await this.write([
      this.entry(actor, {
        action: 'auth.login',
        entityType: 'user',
        entityId: actor.userId,
        details: { method },
      }),
    ]);
  }

  /**
   * A password that was checked and was wrong, or an account that does not exist or is
   * deactivated. Nothing of the password is kept; of an unknown account only the typed
   * address, and only if it looks like an e-mail address (auditableTypedEmail).
   */
  async signInFailed(failure: {
    typedEmail: string;
    user: { id: string; regionId: string; email: string } | null;
    reason: 'WRONG_PASSWORD' | 'UNKNOWN_ACCOUNT' | 'INACTIVE' | 'NO_PASSWORD';
    origin: RequestOrigin;
    method: SignInMethod;
  }): Promise<void> {
    const regionId = failure.user?.regionId ?? (await this.audit.defaultRegionId());
    if (!regionId) return;
    await this.audit.append([
      {
        regionId,
        actorUserId: null,
        actorEmail: failure.user?.email ?? auditableTypedEmail(failure.typedEmail),
        action: 'auth.login.failed',
        entityType: 'user',
        entityId: failure.user?.id ?? null,
        address: failure.origin.address,
        details: { reason: failure.reason, method: failure.method },
      },
    ]);
  }

  /** A download of the audit log itself (written before anything is sent). */
  async exported(
    actor: Actor,
    subject: { municipalityId: string | null; details: Record<string, unknown> },
  ): Promise<void> {
    await this.write([
      this.entry(actor, {
        action: 'audit.export',
        entityType: 'audit_log',
        municipalityId: subject.municipalityId,
        details: subject.details,
      }),
    ]);
  }

  async signedOut(actor: Actor): Promise<void> {
    await this.write([
      this.entry(actor, { action: 'auth.logout', entityType: 'user', entityId: actor.userId }),
    ]);
  }

  /**
   * A refused request. Counted per kind, operation, address and caller within a window; the
   * 1st, 2nd, 4th, 8th … get an entry saying how many there have been (recordsRefusal). Never
   * throws: a refusal must stay a refusal even when the log cannot be written.
   */
  async refused(actor: Actor | null, origin: RequestOrigin, refusal: Refusal): Promise<void> {
    try {
      const regionId = actor?.regionId ?? refusal.regionId ?? (await this.audit.defaultRegionId());
      if (!regionId) return;
      const typedEmail = refusal.typedEmail ? auditableTypedEmail(refusal.typedEmail) : null;
      const caller = actor?.userId ?? typedEmail ?? 'anonymous';
      const key = [
        regionId,
        refusal.action,
        refusal.operation,
        throttleAddress(origin.address),
        caller,
      ].join('|');
      const { counts, windowStart } = await this.audit.countRefusal(
        [key, `${regionId}|*`],
        REFUSAL_WINDOW_SECONDS,
      );
      const [count, regionCount] = counts;
      if (!recordsRefusal(count)) return;
      if (regionCount > REGION_REFUSALS_IN_FULL && !recordsRefusal(regionCount)) return;
      await this.audit.append([
        {
          regionId,
          actorUserId: actor?.userId ?? null,
          actorEmail: actor?.email ?? typedEmail,
          action: refusal.action,
          entityType: refusal.entityType ?? 'request',
          entityId: refusal.entityId ?? null,
          employeeId: refusal.employeeId ?? null,
          municipalityId: refusal.municipalityId ?? null,
          sessionId: origin.sessionId,
          address: origin.address,
          details: {
            reason: refusal.reason,
            operation: refusal.operation,
            countInWindow: count,
            windowStart,
            windowSeconds: REFUSAL_WINDOW_SECONDS,
          },
        },
      ]);
    } catch (error) {
      this.logger.error(`A refusal could not be written to the audit log: ${String(error)}`);
    }
  }

  /**
   * A caller asked for a person (or their appraisal or assessment) outside their scope. They
   * got the same answer as for an id that does not exist; the log says who tried, and the
   * person's municipality sees it. Ids that name nobody, or someone in scope, are not
   * recorded. Call it outside any transaction (it writes on a connection of its own).
   */
  async outOfScope(
    actor: Actor,
    target: { kind: OutOfScopeTarget; id: string },
    operation: string,
  ): Promise<void> {
    if (!UUID.test(target.id)) return;
    const person = await this.audit
      .personBehind(target.kind, target.id, Scope.personalData(actor))
      .catch(() => null);
    if (!person || person.inScope) return;
    const sameRegion = person.regionId === actor.regionId;
    await this.refused(actor, actor.origin ?? NO_ORIGIN, {
      action: 'access.out_of_scope',
      reason: 'NOT_FOUND',
      operation,
      entityType: target.kind,
      entityId: target.id,
      // a person in another region is not named in this region's log
      employeeId: sameRegion ? person.employeeId : null,
      municipalityId: sameRegion ? person.municipalityId : null,
    });
  }

  /**
   * Runs `work` (typically a transaction); when it answers NOT_FOUND, records an attempt on a
   * person outside the caller's scope (outOfScope decides whether it was one), after the
   * transaction has ended.
   */
  async watchScope<T>(
    actor: Actor,
    target: { kind: OutOfScopeTarget; id: string },
    operation: string,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UserError && error.extensions.code === 'NOT_FOUND') {
        await this.outOfScope(actor, target, operation);
      }
      throw error;
    }
  }

  /** Places entries (municipality and unit of the people they name), then writes them. */
  private async write(entries: AuditEntry[], manager?: EntityManager): Promise<void> {
    const ids = idsToPlace(entries);
    const places = ids.length > 0 ? await this.audit.placesOf(ids, manager) : [];
    await this.audit.append(placeEntries(entries, places), manager);
  }

  private entry(actor: Actor | null, subject: Subject): AuditEntry {
    const regionId = subject.regionId ?? actor?.regionId;
    if (!regionId) throw new Error(`Audit entry ${subject.action} has no region`);
    return {
      ...subject,
      regionId,
      actorUserId: actor?.userId ?? null,
      actorEmail: actor?.email ?? null,
      sessionId: actor?.origin?.sessionId ?? null,
      address: actor?.origin?.address ?? null,
    };
  }
}
