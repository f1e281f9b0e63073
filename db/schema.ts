// Drizzle tables: the source of truth for the database. Edit, then `npm run db:generate`.
import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Basins and deposits of the reference catalog. The columns every consumer filters on are typed;
 * the engine's remaining per-basin parameters live in `params` (validated by CatalogSchema on read).
 */
export const basins = pgTable('basins', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  commodity: text('commodity').notNull(),
  country: text('country').notNull(),
  resourceMt: doublePrecision('resource_mt').notNull(),
  productionCostUsdPerTonne: doublePrecision('production_cost_usd_per_tonne').notNull(),
  source: text('source').notNull(),
  assumedFields: jsonb('assumed_fields').$type<string[]>().notNull(),
  params: jsonb('params').$type<Record<string, unknown>>().notNull(),
  sortOrder: integer('sort_order').notNull(),
});

/** Transport routes (corridors) with their per-origin/destination distances in `params`. */
export const routes = pgTable('routes', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  mode: text('mode').notNull(),
  source: text('source').notNull(),
  assumedFields: jsonb('assumed_fields').$type<string[]>().notNull(),
  params: jsonb('params').$type<Record<string, unknown>>().notNull(),
  sortOrder: integer('sort_order').notNull(),
});

/** Observed September sea-ice extent, one row per year. */
export const iceObservations = pgTable('ice_observations', {
  year: integer('year').primaryKey(),
  extentMkm2: doublePrecision('extent_mkm2').notNull(),
  source: text('source').notNull(),
});

/** Saved scenarios and read-only presets. `version` guards against lost updates. */
export const scenarios = pgTable(
  'scenarios',
  {
    /** Presets use their stable slug as id (links survive re-seeding); others get a UUID. */
    id: text('id')
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    assumptions: jsonb('assumptions').notNull(),
    isPreset: boolean('is_preset').notNull().default(false),
    /** Display position of a preset (null for saved scenarios). */
    presetOrder: integer('preset_order'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('scenarios_updated_at_idx').on(sql`${t.updatedAt} desc`)],
);

/** Seed bookkeeping: which version of the seed data a database holds. */
export const seedState = pgTable('seed_state', {
  id: integer('id').primaryKey(),
  catalogVersion: text('catalog_version').notNull(),
  seededAt: timestamp('seeded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Editor sign-ins (ADR 072). The cookie holds a random session id; only its SHA-256 is stored, so
 * a copy of this table signs no one in. `tokenFingerprint` ties the session to the EDITOR_TOKEN it
 * was opened under: changing the token ends every session. Sign-out deletes the row.
 */
export const editorSessions = pgTable(
  'editor_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    tokenFingerprint: text('token_fingerprint').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('editor_sessions_expires_at_idx').on(t.expiresAt)],
);

/**
 * Failed sign-ins per client and per minute (ADR 073), shared by every app server on the database.
 * `client` is the client address, or `*` for the count over all clients.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    client: text('client').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    failures: integer('failures').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.client, t.windowStart] })],
);
