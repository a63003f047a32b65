import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { buildProtectedAtoms, type Draws, type ProtectedAtoms } from '@kp/domain';
import { LRUCache } from 'lru-cache';
import { VersionedCache } from '../../common/versioned-cache';
import { knownFirst } from '../known-version';
import { ProtectionRepository } from './protection.repository';

export interface ProtectionQuery {
  regionId: string;
  /** k, the region's smallest group. */
  k: number;
  retirementAge: number;
  today: string;
}

/**
 * The rounded atoms of a region (docs/gap-analysis.md, "Privacy: rounded figures"), computed
 * once per people version, day and settings and kept like the engine's results (a new version
 * rebuilds only the units whose rows changed). Draws are an
 * HMAC-SHA256 of the region's secret and the atom's message, so every API instance rounds the
 * same atom with the same count the same way; they are remembered, since most atoms keep
 * their counts from one version to the next.
 */
@Injectable()
export class ProtectionService {
  private readonly atomCache = new VersionedCache<ProtectedAtoms>(20);
  /** The last atoms per region and settings: units whose rows did not change are reused. */
  private readonly lastAtoms = new LRUCache<string, ProtectedAtoms>({ max: 20 });
  private readonly drawCache = new Map<string, LRUCache<string, number>>();

  constructor(private readonly repository: ProtectionRepository) {}

  /** `knownPeopleVersion`: the people version the caller has just read, if any. */
  atoms(query: ProtectionQuery, knownPeopleVersion?: string): Promise<ProtectedAtoms> {
    const key = JSON.stringify([query.regionId, query.today, query.k, query.retirementAge]);
    return this.atomCache.get(
      key,
      knownFirst(knownPeopleVersion, () => this.repository.peopleVersion(query.regionId)),
      async () => {
        const [rows, secret] = await Promise.all([
          this.repository.atomRows(query),
          this.repository.secret(query.regionId),
        ]);
        const atoms = buildProtectedAtoms(
          rows,
          { k: query.k, today: query.today, retirementAge: query.retirementAge },
          this.draws(query.regionId, secret),
          this.lastAtoms.get(key),
        );
        this.lastAtoms.set(key, atoms);
        return atoms;
      },
    );
  }

  /**
   * The region's draws, for counts rounded outside the atoms (participants of measures, stored
   * evaluation counts): the same HMAC, so a count is rounded the same way in every answer.
   */
  async regionDraws(regionId: string): Promise<Draws> {
    return this.draws(regionId, await this.repository.secret(regionId));
  }

  private draws(regionId: string, secret: Buffer): Draws {
    let memo = this.drawCache.get(regionId);
    if (!memo) {
      memo = new LRUCache<string, number>({ max: 300_000 });
      this.drawCache.set(regionId, memo);
    }
    const cache = memo;
    return {
      uniform(message: string): number {
        let value = cache.get(message);
        if (value === undefined) {
          // 48 bits of the HMAC as a fraction of 2^48: uniform in [0, 1)
          value = createHmac('sha256', secret).update(message).digest().readUIntBE(0, 6) / 2 ** 48;
          cache.set(message, value);
        }
        return value;
      },
    };
  }
}
