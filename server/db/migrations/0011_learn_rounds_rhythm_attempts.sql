CREATE TABLE "learn_drill_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"drill_id" uuid NOT NULL,
	"purpose" text DEFAULT 'practice' NOT NULL,
	"questions" jsonb NOT NULL,
	"issued_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"correct" smallint,
	"total" smallint NOT NULL,
	"score" smallint,
	"time_seconds" integer,
	"xp_awarded" integer DEFAULT 0 NOT NULL,
	"coins_awarded" integer DEFAULT 0 NOT NULL,
	"reviewed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learn_drill_rounds_purpose_valid" CHECK ("learn_drill_rounds"."purpose" in ('practice', 'review')),
	CONSTRAINT "learn_drill_rounds_questions_array" CHECK (jsonb_typeof("learn_drill_rounds"."questions") = 'array'),
	CONSTRAINT "learn_drill_rounds_result_iff_submitted" CHECK (("learn_drill_rounds"."submitted_at" is null) = ("learn_drill_rounds"."score" is null) and ("learn_drill_rounds"."submitted_at" is null) = ("learn_drill_rounds"."correct" is null)),
	CONSTRAINT "learn_drill_rounds_counts_valid" CHECK ("learn_drill_rounds"."total" between 1 and 100 and "learn_drill_rounds"."correct" between 0 and "learn_drill_rounds"."total" and "learn_drill_rounds"."score" between 0 and 100),
	CONSTRAINT "learn_drill_rounds_rewards_non_negative" CHECK ("learn_drill_rounds"."xp_awarded" >= 0 and "learn_drill_rounds"."coins_awarded" >= 0)
);
--> statement-breakpoint
ALTER TABLE "learn_drills" DROP CONSTRAINT "learn_drills_type_valid";--> statement-breakpoint
ALTER TABLE "user_drill_stats" ALTER COLUMN "stability" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "user_drill_stats" ALTER COLUMN "difficulty" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "user_lesson_progress" ALTER COLUMN "stability" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "user_lesson_progress" ALTER COLUMN "difficulty" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "user_lesson_progress" ADD COLUMN "last_attempt_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "learn_drill_rounds" ADD CONSTRAINT "learn_drill_rounds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learn_drill_rounds" ADD CONSTRAINT "learn_drill_rounds_drill_id_learn_drills_id_fk" FOREIGN KEY ("drill_id") REFERENCES "public"."learn_drills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learn_drill_rounds_user_issued_idx" ON "learn_drill_rounds" USING btree ("user_id","issued_at","id");--> statement-breakpoint
CREATE INDEX "learn_drill_rounds_drill_idx" ON "learn_drill_rounds" USING btree ("drill_id");--> statement-breakpoint
CREATE INDEX "learn_drill_rounds_user_submitted_idx" ON "learn_drill_rounds" USING btree ("user_id","submitted_at") WHERE "learn_drill_rounds"."submitted_at" is not null;--> statement-breakpoint
ALTER TABLE "learn_drills" ADD CONSTRAINT "learn_drills_type_valid" CHECK ("learn_drills"."drill_type" in ('interval', 'note', 'chord_quality', 'scale', 'rhythm'));--> statement-breakpoint
-- The learn catalogue is kept in memory for Today's count of reviews due (platform/catalogues.ts).
CREATE TRIGGER learn_topics_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "learn_topics"
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER learn_lessons_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "learn_lessons"
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER learn_drills_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "learn_drills"
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_catalogue_changed();
