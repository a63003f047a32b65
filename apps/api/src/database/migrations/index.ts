import { Organisation1764100000000 } from './1764100000000-organisation';
import { Identity1764100001000 } from './1764100001000-identity';
import { People1764100002000 } from './1764100002000-people';
import { Erasure1764100003000 } from './1764100003000-erasure';
import { OidcLogin1764100004500 } from './1764100004500-oidc-login';
import { Requirements1764100005000 } from './1764100005000-requirements';
import { Appraisals1764100006000 } from './1764100006000-appraisals';
import { DataVersions1764100007000 } from './1764100007000-data-versions';
import { TruthfulAudit1764100008400 } from './1764100008400-truthful-audit';
import { ImportRuns1764100009400 } from './1764100009400-import-runs';
import { Protection1764100009500 } from './1764100009500-protection';
import { Plans1764100010000 } from './1764100010000-plans';
import { Evaluation1764100012000 } from './1764100012000-evaluation';
import { Kostra1764100020000 } from './1764100020000-kostra';

/** Every migration, oldest first (listed, not globbed, so the bundle carries them). */
export const migrations = [
  Organisation1764100000000,
  Identity1764100001000,
  People1764100002000,
  Erasure1764100003000,
  OidcLogin1764100004500,
  Requirements1764100005000,
  Appraisals1764100006000,
  DataVersions1764100007000,
  TruthfulAudit1764100008400,
  ImportRuns1764100009400,
  Protection1764100009500,
  Plans1764100010000,
  Evaluation1764100012000,
  Kostra1764100020000,
];
