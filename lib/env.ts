// Validated server environment: bad configuration fails at start-up, naming the variable.
import 'server-only';
import { z } from 'zod';

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  MIGRATIONS_DIR: z.string().min(1).default('./db/migrations'),
});

/** Server configuration read from process.env. */
export type Env = z.infer<typeof EnvSchema>;

/** Parses process.env; throws an Error naming every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    DATA_DIR: source.DATA_DIR || undefined,
    MIGRATIONS_DIR: source.MIGRATIONS_DIR || undefined,
  });
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${detail}`);
  }
  return parsed.data;
}
