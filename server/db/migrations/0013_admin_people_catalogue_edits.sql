ALTER TABLE "achievement_definitions" ADD COLUMN "admin_edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "skill_definitions" ADD COLUMN "admin_edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "universal_quests" ADD COLUMN "admin_edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "learn_drills" ADD COLUMN "admin_edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "learn_lessons" ADD COLUMN "admin_edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "learn_topics" ADD COLUMN "admin_edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "listening_prompt_presets" ADD COLUMN "admin_edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "listening_prompt_templates" ADD COLUMN "admin_edited_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "market_items" ADD COLUMN "admin_edited_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_last_activity_at_idx" ON "users" USING btree ("last_activity_at");