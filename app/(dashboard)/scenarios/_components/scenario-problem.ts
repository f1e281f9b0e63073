// What went wrong with a row's last change, as one sentence for its alert: taken from the
// mutation that was submitted last (rename, duplicate or delete), so an older failure never
// hides a newer outcome.

/** A failed change of a scenario row. */
export interface Problem {
  kind: 'conflict' | 'not-found' | 'other';
  message: string;
}

type Outcome = { ok: true } | { ok: false; kind: string; message: string };

/** The parts of a TanStack mutation result this reads. */
export interface MutationOutcome {
  submittedAt: number;
  isError: boolean;
  data: Outcome | undefined;
}

export const UNREACHABLE = 'The server did not answer; nothing was changed. Try again.';

/**
 * The problem of the most recently submitted mutation, or null when it succeeded, is running or
 * was never started. `ignored` kinds (e.g. "invalid", shown next to the field instead) give null;
 * `conflictText` words a conflict.
 */
export function latestProblem(mutations: { outcome: MutationOutcome; ignored?: string[]; conflictText?: string }[]): Problem | null {
  const latest = mutations.reduce<(typeof mutations)[number] | null>(
    (best, m) => (m.outcome.submittedAt > 0 && (best === null || m.outcome.submittedAt > best.outcome.submittedAt) ? m : best),
    null,
  );
  if (latest === null) return null;
  const { outcome, ignored = [], conflictText } = latest;
  if (outcome.isError) return { kind: 'other', message: UNREACHABLE };
  const data = outcome.data;
  if (data === undefined || data.ok || ignored.includes(data.kind)) return null;
  if (data.kind === 'conflict') return { kind: 'conflict', message: conflictText ?? data.message };
  return { kind: data.kind === 'not-found' ? 'not-found' : 'other', message: data.message };
}
