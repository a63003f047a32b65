import { LRUCache } from 'lru-cache';

/**
 * Results reused for as long as the data they were computed from has not changed. The data's
 * version is read before and after computing: a result is kept only when both readings agree,
 * so it never carries a version it was not computed from (a change that commits meanwhile
 * makes the readings differ). Each API instance has its own cache; the version lives in the
 * database, so every instance sees every change at once.
 *
 * Values are shared between callers and must be treated as read-only.
 */
export class VersionedCache<T extends object> {
  private readonly entries: LRUCache<string, T>;

  constructor(maxEntries: number) {
    this.entries = new LRUCache<string, T>({ max: maxEntries });
  }

  async get(key: string, version: () => Promise<string>, compute: () => Promise<T>): Promise<T> {
    const before = await version();
    const cached = this.entries.get(`${before}|${key}`);
    if (cached) return cached;
    const value = await compute();
    if ((await version()) === before) this.entries.set(`${before}|${key}`, value);
    return value;
  }
}
