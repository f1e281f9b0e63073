// Pure: reads no database, clock or globals. The one mapping from validation issues to the
// per-field messages a form shows (STYLE.md §6): server actions, the scenario forms and the
// dashboard's save panel all use it, so a field shows the same message whichever side refused it.
import type { z } from 'zod';
import { toFieldIssues, type FieldIssue } from './assumptions';

/** One message per field, keyed by the issue's dotted path ("name", "assumptions.link.openYear"). */
export type FieldErrors = Record<string, string>;

/**
 * The first message of each field path, in issue order. Takes the `{ path, message }` issues of a
 * service or API error, or a `ZodError` from a form's own `safeParse`. No issues gives `{}`.
 */
export function toFieldErrors(issues: readonly FieldIssue[] | z.ZodError): FieldErrors {
  const list: readonly FieldIssue[] = 'issues' in issues ? toFieldIssues(issues) : issues;
  const errors: FieldErrors = {};
  for (const issue of list) errors[issue.path] ??= issue.message;
  return errors;
}
