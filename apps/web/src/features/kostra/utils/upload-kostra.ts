import { CSRF_HEADER, csrfTokenFromDocument, isRecord } from '@web/shared/graphql';

export interface KostraSkipped {
  code: string;
  label: string;
  reason: string;
  figures: number;
}

export interface KostraReport {
  fileName: string | null;
  tableId: string | null;
  indicators: string[];
  years: number[];
  added: number;
  unchanged: number;
  corrected: number;
  skipped: number;
  skippedRegions: KostraSkipped[];
  groupsUpdated: string[];
}

export type KostraUploadOutcome =
  | { kind: 'report'; report: KostraReport }
  | { kind: 'failure'; status: number; message: string | null };

function isReport(body: unknown): body is KostraReport {
  return (
    isRecord(body) &&
    typeof body.added === 'number' &&
    typeof body.unchanged === 'number' &&
    typeof body.corrected === 'number' &&
    typeof body.skipped === 'number' &&
    Array.isArray(body.skippedRegions) &&
    Array.isArray(body.groupsUpdated)
  );
}

/** The answer of POST /api/kostra/import as a report, or the API's Norwegian message. */
export function interpretKostraResponse(status: number, body: unknown): KostraUploadOutcome {
  if (status === 200 && isReport(body)) return { kind: 'report', report: body };
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : null;
  return { kind: 'failure', status, message };
}

/** Sends the file as the body (octet-stream: any size reaches the import), with the CSRF header. */
export async function uploadKostra(file: File): Promise<KostraUploadOutcome> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/octet-stream',
  };
  const token = csrfTokenFromDocument();
  if (token) headers[CSRF_HEADER] = token;
  try {
    const response = await fetch(`/api/kostra/import?filename=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers,
      body: file,
      credentials: 'same-origin',
    });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    return interpretKostraResponse(response.status, body);
  } catch {
    return { kind: 'failure', status: 0, message: null };
  }
}
