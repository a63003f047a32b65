import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary folders for tests with processes of their own, removed by `removeAll()`.
 * Readable by all: as root, PostgreSQL runs as its own user, which must reach its data folder.
 */
export function temporaryFolders(prefix: string) {
  const folders: string[] = [];
  return {
    make(): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      chmodSync(dir, 0o755);
      folders.push(dir);
      return dir;
    },
    removeAll(): void {
      folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    },
  };
}
