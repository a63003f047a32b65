// An upload is written to a temporary file before it is read: the size limit is enforced while
// it arrives (without holding it in memory), the encoding check can read the file twice, and
// the database transaction does not wait on a slow network.

import type { Request } from 'express';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpooledUpload {
  path: string;
  size: number;
  dispose(): Promise<void>;
}

export type SpoolResult = { upload: SpooledUpload } | { tooLarge: true; size: number | null };

export async function spoolUpload(req: Request, maxBytes: number): Promise<SpoolResult> {
  const declared = Number(req.headers['content-length']);
  // refused before a byte is read
  if (Number.isFinite(declared) && declared > maxBytes) return { tooLarge: true, size: declared };

  const dir = await mkdtemp(join(tmpdir(), 'kp-import-'));
  const path = join(dir, 'upload');
  const dispose = () => rm(dir, { recursive: true, force: true });
  const out = createWriteStream(path);
  let result: SpoolResult;
  try {
    result = await new Promise<SpoolResult>((resolve, reject) => {
      let size = 0;
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          // stop writing; the caller answers and hangs up
          req.off('data', onData);
          req.unpipe(out);
          req.pause();
          out.destroy();
          resolve({ tooLarge: true, size: null });
        }
      };
      req.on('data', onData);
      req.once('error', reject);
      req.once('aborted', () => reject(new Error('The upload was aborted')));
      out.once('error', reject);
      out.once('finish', () => resolve({ upload: { path, size, dispose } }));
      req.pipe(out);
    });
  } catch (error) {
    out.destroy();
    await dispose();
    throw error;
  }
  if ('tooLarge' in result) await dispose();
  return result;
}
