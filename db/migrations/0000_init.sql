CREATE TABLE "basins" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"commodity" text NOT NULL,
	"country" text NOT NULL,
	"resource_mt" double precision NOT NULL,
	"production_cost_usd_per_tonne" double precision NOT NULL,
	"source" text NOT NULL,
	"assumed_fields" jsonb NOT NULL,
	"params" jsonb NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ice_observations" (
	"year" integer PRIMARY KEY NOT NULL,
	"extent_mkm2" double precision NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "routes" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"mode" text NOT NULL,
	"source" text NOT NULL,
	"assumed_fields" jsonb NOT NULL,
	"params" jsonb NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"assumptions" jsonb NOT NULL,
	"is_preset" boolean DEFAULT false NOT NULL,
	"preset_order" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seed_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"catalog_version" text NOT NULL,
	"seeded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "scenarios_updated_at_idx" ON "scenarios" USING btree ("updated_at" desc);