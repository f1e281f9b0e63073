// Validated server environment: bad configuration fails at start-up, naming the variable.
import 'server-only';
import { z } from 'zod';

/** Shortest editor token accepted: a guessable token would make the sign-in pointless. */
export const EDITOR_TOKEN_MIN_LENGTH = 16;

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  MIGRATIONS_DIR: z.string().min(1).default('./db/migrations'),
  /** When set, only editors (this token) may create, change or delete scenarios (ADR 061). */
  EDITOR_TOKEN: z.string().min(EDITOR_TOKEN_MIN_LENGTH, `must be at least ${EDITOR_TOKEN_MIN_LENGTH} characters`).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /**
   * Reverse proxies in front of the app that each append the address they saw to X-Forwarded-For;
   * the client address for the sign-in limit is the entry the outermost of them added (ADR 077).
   * 0: the app is reached directly and X-Forwarded-For is not trusted at all.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int('must be a whole number').min(0).max(10).default(1),
});

/** Server configuration read from process.env. */
export type Env = z.infer<typeof EnvSchema>;

/** Parses process.env; throws an Error naming every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    DATA_DIR: source.DATA_DIR || undefined,
    MIGRATIONS_DIR: source.MIGRATIONS_DIR || undefined,
    EDITOR_TOKEN: source.EDITOR_TOKEN || undefined,
    LOG_LEVEL: source.LOG_LEVEL || undefined,
    TRUSTED_PROXY_HOPS: source.TRUSTED_PROXY_HOPS || undefined,
  });
  if (!parsed.success) {
    // Never echo the values: EDITOR_TOKEN and DATABASE_URL are secrets.
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${detail}`);
  }
  return parsed.data;
}
