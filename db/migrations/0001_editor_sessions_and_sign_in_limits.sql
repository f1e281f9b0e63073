CREATE TABLE "editor_sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"token_fingerprint" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"client" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sign_in_failures_client_window_start_pk" PRIMARY KEY("client","window_start")
);
--> statement-breakpoint
CREATE INDEX "editor_sessions_expires_at_idx" ON "editor_sessions" USING btree ("expires_at");