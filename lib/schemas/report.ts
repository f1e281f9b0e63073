// Edge schema for report URLs (`?format=`).
import { z } from 'zod';

/** `format` of a report URL: absent = wide (IAMC), or "long" (tidy). */
export const ReportLayoutSchema = z.enum(['wide', 'long'], { error: 'must be "wide" or "long"' }).default('wide');
