// Maps a CSV report outcome to an HTTP response: the file as an attachment, or the JSON error.
import 'server-only';
import { serviceErrorResponse } from './http';
import type { CsvReport } from './reports';
import type { ServiceResult } from './result';

/** 200 `text/csv; charset=utf-8` attachment for success, the mapped JSON error otherwise. */
export function csvResponse(result: ServiceResult<CsvReport>): Response {
  if (!result.ok) return serviceErrorResponse(result.error);
  return new Response(result.value.body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': result.value.contentDisposition,
      // Results follow the stored assumptions, which can change at any time.
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
