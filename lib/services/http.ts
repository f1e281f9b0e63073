// Maps service outcomes to HTTP responses with the error shape of DESIGN.md:
// `{ error, issues: [{ path, message }] }` and a 4xx status, never a stack trace.
import 'server-only';
import { getDatabase } from '@/db/connection';
import { isDatabaseUnavailable } from '@/db/errors';
import type { FieldIssue } from '@/lib/schemas/assumptions';
import { isDatabaseKnownDown, noteDatabaseError, onDatabaseOutage } from './database-health';
import { isEditorRequest, isEditorRequired } from './editor-access';
import { getLogger } from './log';
import type { ServiceError, ServiceResult } from './result';

/** Largest JSON body the API reads, in bytes (ADR 062); import has its own, larger limit. */
export const JSON_BODY_LIMIT_BYTES = 64 * 1024;

/** Seconds a client should wait before retrying while the database is unreachable. */
const RETRY_AFTER_SECONDS = 5;

const STATUS: Record<ServiceError['kind'], number> = {
  invalid: 400,
  'not-found': 404,
  'read-only': 403,
  conflict: 409,
};

/** A JSON error response. */
export function errorResponse(
  status: number,
  error: string,
  issues: FieldIssue[] = [],
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
): Response {
  return Response.json({ error, issues, ...extra }, { status, headers });
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

/** The body's bytes, or null when it is longer than `limitBytes` (stops reading at the limit). */
async function readLimitedBytes(request: Request, limitBytes: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limitBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const bodyError = (status: number, error: string, message: string) => ({
  ok: false as const,
  response: errorResponse(status, error, [{ path: '(body)', message }]),
});

/**
 * Reads a JSON body of at most `limitBytes`: 413 when longer, 400 naming the body when it is not
 * UTF-8 or not JSON.
 */
export async function readJsonBody(
  request: Request,
  limitBytes = JSON_BODY_LIMIT_BYTES,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const bytes = await readLimitedBytes(request, limitBytes);
  if (bytes === null) return bodyError(413, 'request body too large', `must be at most ${limitBytes} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bodyError(400, 'request body must be UTF-8 text', 'is not valid UTF-8');
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return bodyError(400, 'request body must be JSON', 'is not valid JSON');
  }
}

/**
 * Reads a form body (application/x-www-form-urlencoded, what an HTML form posts) of at most
 * `limitBytes`: 413 when longer, 400 naming the body when it is not UTF-8.
 */
export async function readFormBody(
  request: Request,
  limitBytes = JSON_BODY_LIMIT_BYTES,
): Promise<{ ok: true; value: URLSearchParams } | { ok: false; response: Response }> {
  const bytes = await readLimitedBytes(request, limitBytes);
  if (bytes === null) return bodyError(413, 'request body too large', `must be at most ${limitBytes} bytes`);
  try {
    return { ok: true, value: new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return bodyError(400, 'request body must be UTF-8 text', 'is not valid UTF-8');
  }
}

/** 401 for a request that may not change scenarios, or null when it may (a session cookie is looked up in the database). */
export async function editorDenial(request: Request): Promise<Response | null> {
  if (!isEditorRequired()) return null;
  const { db } = await getDatabase();
  if (await isEditorRequest(db, request)) return null;
  return errorResponse(
    401,
    'changing scenarios needs an editor: send Authorization: Bearer <editor token>',
    [{ path: '(authorization)', message: 'is missing or wrong' }],
    {},
    { 'www-authenticate': 'Bearer realm="bering-link"' },
  );
}

/** The answer while the database cannot be reached: 503 with a plain message and Retry-After. */
export function databaseUnavailableResponse(): Response {
  return errorResponse(
    503,
    'the database is unreachable; try again in a few seconds',
    [],
    {},
    { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' },
  );
}

/** What `runHandler` gives instead of a response when the request was let go because of an outage. */
const LET_GO = Symbol('database outage');

/**
 * The handler's response. A read (GET or HEAD) stops waiting as soon as an outage is seen by any
 * request, so reads queued in the driver for a connection answer 503 at once instead of after the
 * connect timeout; the handler's own work ends by itself. Writes wait for their own outcome: a 503
 * must not be sent for a write that may still succeed.
 */
async function runHandler(handler: () => Promise<Response>, method: string | undefined): Promise<Response | typeof LET_GO> {
  if (method !== 'GET' && method !== 'HEAD') return handler();
  let stopListening = () => {};
  const outage = new Promise<typeof LET_GO>((resolve) => {
    stopListening = onDatabaseOutage(() => resolve(LET_GO));
  });
  const work = handler();
  work.catch(() => {}); // a handler let go may still fail later: nobody waits for it then
  try {
    return await Promise.race([work, outage]);
  } finally {
    stopListening();
  }
}

/**
 * Runs a handler: an unreachable database becomes a 503, any other exception is logged and becomes
 * a plain 500. While the database is known to be unreachable the 503 comes at once, without
 * running the handler (ADR 075). With the request, each answer is logged with its request id,
 * status and duration.
 */
export async function guarded(handler: () => Promise<Response>, request?: Request): Promise<Response> {
  const started = performance.now();
  const startedAt = Date.now();
  const log = getLogger().child(request ? { requestId: request.headers.get('x-request-id') ?? undefined } : {});
  let response: Response;
  try {
    const outcome = isDatabaseKnownDown() ? LET_GO : await runHandler(handler, request?.method);
    if (outcome === LET_GO) {
      log.warn('database unavailable (known down)');
      response = databaseUnavailableResponse();
    } else response = outcome;
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      noteDatabaseError(error, startedAt);
      log.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'database unavailable');
      response = databaseUnavailableResponse();
    } else {
      log.error({ err: error }, 'unexpected error');
      response = Response.json({ error: 'internal error; the server log has the details', issues: [] }, { status: 500 });
    }
  }
  if (request) {
    const { pathname } = new URL(request.url);
    log.info({ method: request.method, path: pathname, status: response.status, ms: Math.round(performance.now() - started) }, 'request');
  }
  return response;
}
