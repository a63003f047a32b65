import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/roles';
import { AuditEntry, AuditRepository } from './audit.repository';

type Subject = Omit<AuditEntry, 'regionId' | 'actorUserId' | 'actorEmail'> & {
  /** Needed only when there is no actor (command-line imports). */
  regionId?: string;
};

/** Every read of personal data and every change goes through here. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** A read of one person's record or of a list of persons. */
  async read(actor: Actor, subject: Subject): Promise<void> {
    if (!subject.employeeId && (!subject.employeeIds || subject.employeeIds.length === 0)) return;
    await this.audit.append([this.entry(actor, subject)]);
  }

  /** A change, written in the same transaction as the change itself. */
  async change(manager: EntityManager, actor: Actor | null, subjects: Subject[]): Promise<void> {
    await this.audit.append(
      subjects.map((subject) => this.entry(actor, subject)),
      manager,
    );
  }

  private entry(actor: Actor | null, subject: Subject): AuditEntry {
    const regionId = subject.regionId ?? actor?.regionId;
    if (!regionId) throw new Error(`Audit entry ${subject.action} has no region`);
    return {
      ...subject,
      regionId,
      actorUserId: actor?.userId ?? null,
      actorEmail: actor?.email ?? null,
    };
  }
}
