CREATE TABLE "admin_daily_stats" (
	"day" date PRIMARY KEY NOT NULL,
	"events" integer NOT NULL,
	"active_users" integer NOT NULL,
	"coins_earned" bigint NOT NULL,
	"coins_spent" bigint NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "activity_events_created_idx" ON "activity_events" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "points_ledger_created_idx" ON "points_ledger" USING btree ("created_at","id");