import type { ChildProcess } from 'node:child_process';
import type { RunningDatabase } from '../../src/database/embedded-database';

declare global {
  // Shared between Jest's global set-up and tear-down (same process).
  var __KP_TEST_SERVER__:
    { api: ChildProcess; database: RunningDatabase; dataDir: string } | undefined;
}
