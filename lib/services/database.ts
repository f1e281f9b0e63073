// The app's database handle, for route handlers, pages and server actions (they never import db/).
import 'server-only';
export { getDatabase } from '@/db/connection';
export { isDatabaseUnavailable } from '@/db/errors';
export { pingDatabase } from '@/db/health';
export type { Database, DatabaseKind } from '@/db/client';
