// Expected outcomes of a use case, as values (STYLE.md §6).
import type { FieldIssue } from '@/lib/schemas/assumptions';

/** Why a use case did not succeed. */
export type ServiceError =
  | { kind: 'invalid'; message: string; issues: FieldIssue[] }
  | { kind: 'not-found'; message: string }
  | { kind: 'read-only'; message: string }
  | { kind: 'conflict'; message: string; currentVersion: number };

/** Success with a value, or a ServiceError. */
export type ServiceResult<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

/** Wraps a success. */
export const success = <T>(value: T): ServiceResult<T> => ({ ok: true, value });

/** Wraps a failure. */
export const failure = <T>(error: ServiceError): ServiceResult<T> => ({ ok: false, error });
