// Maps a CSV report outcome to an HTTP response: the file as an attachment, or the JSON error.
import 'server-only';
import { serviceErrorResponse } from './http';
import type { CsvReport } from './reports';
import type { ServiceResult } from './result';

/** Whether the request's If-None-Match names `etag` (or is `*`). */
export function isNotModified(request: Request | undefined, etag: string): boolean {
  const header = request?.headers.get('if-none-match');
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * 200 `text/csv; charset=utf-8` attachment for success (304 when the request already holds this
 * ETag), the mapped JSON error otherwise.
 */
export function csvResponse(result: ServiceResult<CsvReport>, request?: Request): Response {
  if (!result.ok) return serviceErrorResponse(result.error);
  const headers = {
    etag: result.value.etag,
    // Results follow the stored assumptions, which can change at any time: always revalidate.
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  if (isNotModified(request, result.value.etag)) return new Response(null, { status: 304, headers });
  return new Response(result.value.body, {
    status: 200,
    headers: {
      ...headers,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': result.value.contentDisposition,
    },
  });
}
