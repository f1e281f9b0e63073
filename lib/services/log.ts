// Structured JSON logs (pino) for requests and errors (ADR 064). One logger per process, kept on
// globalThis because Next evaluates server modules more than once. Secrets never reach a line:
// credentials headers are redacted and database URLs are never logged.
import 'server-only';
import pino, { type Logger } from 'pino';
import { readEnv } from '@/lib/env';

const KEY = Symbol.for('bering-link.logger');
type Holder = { [KEY]?: Logger };

/** Paths removed from every log line, wherever a caller puts request headers. */
const REDACT = ['headers.authorization', 'headers.cookie', '*.headers.authorization', '*.headers.cookie', 'token', '*.token'];

/** The process-wide logger (level from LOG_LEVEL, default info). */
export function getLogger(): Logger {
  const holder = globalThis as Holder;
  holder[KEY] ??= pino({ level: readEnv().LOG_LEVEL, base: { service: 'bering-link' }, redact: { paths: REDACT, remove: true } });
  return holder[KEY];
}
