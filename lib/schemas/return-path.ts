// Edge schema for the `next` field of the sign-in form: where to go after signing in.
import { z } from 'zod';

/**
 * A path on this site to return to: starts with one "/" (never "//" or "/\", which browsers read
 * as another host); anything else falls back to "/scenarios".
 */
export const ReturnPathSchema = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\s]*$/)
  .catch('/scenarios');
