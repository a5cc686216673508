ALTER TABLE "personal_records" DROP CONSTRAINT "personal_records_type_valid";--> statement-breakpoint
ALTER TABLE "daily_plan_items" DROP CONSTRAINT "daily_plan_items_kind_valid";--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "program_day_id" uuid;--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "safety_note" text;--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "workout_sessions" ADD COLUMN "last_activity_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD CONSTRAINT "calendar_events_program_day_id_program_days_id_fk" FOREIGN KEY ("program_day_id") REFERENCES "public"."program_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_events_program_day_key" ON "calendar_events" USING btree ("program_day_id");--> statement-breakpoint
CREATE INDEX "exercises_search_idx" ON "exercises" USING gin ("search");--> statement-breakpoint
CREATE INDEX "exercises_primary_muscles_idx" ON "exercises" USING gin ("primary_muscles");--> statement-breakpoint
CREATE INDEX "exercises_equipment_idx" ON "exercises" USING gin ("equipment");--> statement-breakpoint
ALTER TABLE "personal_records" ADD CONSTRAINT "personal_records_type_valid" CHECK ("personal_records"."record_type" in ('max_weight', 'max_reps', 'estimated_1rm', 'max_volume', 'max_duration', 'max_distance'));--> statement-breakpoint
ALTER TABLE "daily_plan_items" ADD CONSTRAINT "daily_plan_items_kind_valid" CHECK ("daily_plan_items"."kind" in ('focus', 'habit', 'quest', 'universal_quest', 'event', 'workout', 'review', 'goal', 'reading', 'custom'));