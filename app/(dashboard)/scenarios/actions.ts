'use server';
// Server actions over the scenario service (the same code path as the HTTP API).
// Each returns a plain value: { ok: true, scenario } or { ok: false, message, fieldErrors }.
import { revalidatePath } from 'next/cache';
import { getEditorStatus, SIGN_IN_MESSAGE } from '@/app/_server/editor-session';
import { getDatabase } from '@/lib/services/database';
import { toFieldErrors, type FieldErrors } from '@/lib/schemas/field-errors';
import type { ScenarioRecord } from '@/lib/schemas/scenario';
import type { ServiceResult } from '@/lib/services/result';
import * as service from '@/lib/services/scenarios';

/** Outcome of a scenario action, safe to send to the client. */
export type ActionResult =
  | { ok: true; scenario: ScenarioRecord }
  | { ok: false; kind: 'invalid' | 'not-found' | 'read-only' | 'conflict' | 'unauthorized'; message: string; fieldErrors: FieldErrors };

const UNAUTHORIZED = { ok: false, kind: 'unauthorized', message: SIGN_IN_MESSAGE, fieldErrors: {} } as const;

/** Whether the visitor may change scenarios (an editor, or access is open). */
async function mayEdit(): Promise<boolean> {
  return (await getEditorStatus()).isEditor;
}

function toAction(result: ServiceResult<ScenarioRecord>): ActionResult {
  if (result.ok) {
    revalidatePath('/scenarios');
    revalidatePath(`/scenarios/${result.value.id}`);
    return { ok: true, scenario: result.value };
  }
  const { error } = result;
  const fieldErrors = error.kind === 'invalid' ? toFieldErrors(error.issues) : {};
  return { ok: false, kind: error.kind, message: error.message, fieldErrors };
}

/** Saves `{ name, description?, assumptions }` as a new scenario. */
export async function saveScenarioAction(input: unknown): Promise<ActionResult> {
  if (!(await mayEdit())) return UNAUTHORIZED;
  const { db } = await getDatabase();
  return toAction(await service.createScenario(db, input));
}

/** Updates a scenario read at `version` with `{ name?, description?, assumptions? }`; a stale version is a conflict. */
export async function updateScenarioAction(id: string, input: unknown): Promise<ActionResult> {
  if (!(await mayEdit())) return UNAUTHORIZED;
  const { db } = await getDatabase();
  return toAction(await service.updateScenario(db, String(id), input));
}

/** Copies a scenario (a preset too) under `name` or "<name> (copy)". */
export async function duplicateScenarioAction(id: string, name?: string): Promise<ActionResult> {
  if (!(await mayEdit())) return UNAUTHORIZED;
  if (name !== undefined && typeof name !== 'string') {
    return { ok: false, kind: 'invalid', message: 'invalid copy', fieldErrors: { name: 'must be text' } };
  }
  const { db } = await getDatabase();
  return toAction(await service.duplicateScenario(db, String(id), name));
}

/** Deletes a saved scenario; presets are refused. */
export async function deleteScenarioAction(
  id: string,
): Promise<{ ok: true } | { ok: false; kind: 'not-found' | 'read-only' | 'invalid' | 'conflict' | 'unauthorized'; message: string }> {
  if (!(await mayEdit())) return { ok: false, kind: 'unauthorized', message: SIGN_IN_MESSAGE };
  const { db } = await getDatabase();
  const result = await service.deleteScenario(db, String(id));
  if (!result.ok) return { ok: false, kind: result.error.kind, message: result.error.message };
  revalidatePath('/scenarios');
  return { ok: true };
}
