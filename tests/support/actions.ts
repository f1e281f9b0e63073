// Calls a server action over HTTP the way the pages do (POST with a `Next-Action` header and the
// arguments as a JSON array), so tests can send what a hostile client would. The action ids come
// from the build's server reference manifest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Manifest {
  node: Record<string, { exportedName?: string; filename?: string }>;
}

/** The id of an exported server action of the current build. */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`no server action named ${exportedName} in the build`);
  return found[0];
}

/** Posts a raw body to a server action from page `pagePath`; returns the status and the answer's text. */
export async function postAction(
  baseUrl: string,
  exportedName: string,
  body: string | Uint8Array<ArrayBuffer>,
  options: { cookie?: string; pagePath?: string } = {},
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${baseUrl}${options.pagePath ?? '/scenarios'}`, {
    method: 'POST',
    headers: {
      'next-action': actionId(exportedName),
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** Calls a server action with arguments (JSON-encoded as the pages do). */
export function callAction(baseUrl: string, exportedName: string, args: unknown[], options: { cookie?: string } = {}) {
  return postAction(baseUrl, exportedName, JSON.stringify(args), options);
}
