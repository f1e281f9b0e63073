// Server actions called by the pages send their arguments as a JSON array (text/plain) or as form
// data. Next answers a malformed or oversized action body with a bare 500; the proxy checks these
// first and answers 413 or 400 in the API's error shape (ADR 062). Pure: no I/O.

/** Largest server-action body, in bytes: the same as the JSON API and next.config's bodySizeLimit. */
export const ACTION_BODY_LIMIT_BYTES = 64 * 1024;

/** Deepest nesting of arrays and objects in action arguments; a scenario needs 4 (React decodes recursively). */
export const ACTION_MAX_DEPTH = 32;

/** The deepest nesting of arrays and objects in a JSON text (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) isInString = false;
    } else if (c === 0x22) isInString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Why an action body is refused, with the status to answer; null when it may pass. */
export type ActionBodyProblem = { status: 413 | 400; error: string; message: string } | null;

/** The refusal of a body over the limit. */
export const ACTION_BODY_TOO_LARGE: ActionBodyProblem = {
  status: 413,
  error: 'request body too large',
  message: `must be at most ${ACTION_BODY_LIMIT_BYTES} bytes`,
};

/** Checks the size, and for a JSON-argument body (text/plain) its encoding and JSON shape. */
export function checkActionBody(contentType: string | null, bytes: Uint8Array): ActionBodyProblem {
  if (bytes.byteLength > ACTION_BODY_LIMIT_BYTES) return ACTION_BODY_TOO_LARGE;
  if (!contentType?.startsWith('text/plain')) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 400, error: 'request body must be UTF-8 text', message: 'is not valid UTF-8' };
  }
  if (jsonDepth(text) > ACTION_MAX_DEPTH) {
    return { status: 400, error: 'server action arguments nested too deeply', message: `must nest at most ${ACTION_MAX_DEPTH} levels` };
  }
  try {
    if (Array.isArray(JSON.parse(text))) return null;
  } catch {
    // falls through to the refusal below
  }
  return { status: 400, error: 'server action arguments must be a JSON array', message: 'is not a JSON array' };
}
