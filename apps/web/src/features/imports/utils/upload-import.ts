import { CSRF_HEADER, csrfTokenFromDocument } from '@web/shared/graphql';
import {
  contentTypeFor,
  importUrl,
  interpretImportResponse,
  type ImportOutcome,
  type ImportTarget,
} from './import-request';

export interface UploadProgress {
  /** Bytes sent so far and in all; `total` is 0 when the browser does not know. */
  loaded: number;
  total: number;
  /** True once the whole file is sent and the API is working on it. */
  processing: boolean;
}

/**
 * Sends the file as the request body (no multipart), echoing the CSRF cookie
 * like every cookie-authenticated change. XMLHttpRequest rather than fetch
 * because only it reports upload progress, which a 50 000-row file needs.
 * Never rejects: every failure becomes an {@link ImportOutcome}.
 */
export function uploadImport(
  target: ImportTarget,
  file: Blob,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importUrl(target));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', contentTypeFor(target.filename));
    const token = csrfTokenFromDocument();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) =>
      onProgress({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : 0,
        processing: false,
      });
    xhr.upload.onload = () => onProgress({ loaded: file.size, total: file.size, processing: true });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve(interpretImportResponse(xhr.status, body));
    };
    xhr.onerror = () => resolve({ kind: 'failure', reason: 'NETWORK', message: null });
    xhr.onabort = () => resolve({ kind: 'failure', reason: 'NETWORK', message: null });
    xhr.send(file);
  });
}
