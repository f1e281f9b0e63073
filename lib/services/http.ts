// Maps service outcomes to HTTP responses with the error shape of DESIGN.md:
// `{ error, issues: [{ path, message }] }` and a 4xx status, never a stack trace.
import 'server-only';
import type { FieldIssue } from '@/lib/schemas/assumptions';
import type { ServiceError, ServiceResult } from './result';

const STATUS: Record<ServiceError['kind'], number> = {
  invalid: 400,
  'not-found': 404,
  'read-only': 403,
  conflict: 409,
};

/** A JSON error response. */
export function errorResponse(status: number, error: string, issues: FieldIssue[] = [], extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, issues, ...extra }, { status });
}

/** The response for a failed use case. */
export function serviceErrorResponse(error: ServiceError): Response {
  const issues = error.kind === 'invalid' ? error.issues : [];
  const extra = error.kind === 'conflict' ? { currentVersion: error.currentVersion } : {};
  return errorResponse(STATUS[error.kind], error.message, issues, extra);
}

/** 2xx JSON for success, the mapped error otherwise. */
export function resultResponse<T>(result: ServiceResult<T>, status = 200): Response {
  return result.ok ? Response.json(result.value, { status }) : serviceErrorResponse(result.error);
}

/** Reads a JSON body; a body that is not JSON is a 400 naming the body. */
export async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false, response: errorResponse(400, 'request body must be JSON', [{ path: '(body)', message: 'is not valid JSON' }]) };
  }
}

/** Runs a handler; an unexpected exception is logged and becomes a plain 500. */
export async function guarded(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error(error);
    return Response.json({ error: 'internal error; the server log has the details', issues: [] }, { status: 500 });
  }
}
