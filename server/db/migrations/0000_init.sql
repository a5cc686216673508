CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text DEFAULT 'oidc' NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"email" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_type_valid" CHECK ("accounts"."type" in ('oidc', 'local'))
);
--> statement-breakpoint
CREATE TABLE "authenticators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"credential_id" text NOT NULL,
	"user_handle" text NOT NULL,
	"credential_public_key" text NOT NULL,
	"counter" bigint DEFAULT 0 NOT NULL,
	"credential_device_type" text DEFAULT 'singleDevice' NOT NULL,
	"credential_backed_up" boolean DEFAULT false NOT NULL,
	"transports" text[] DEFAULT '{}'::text[] NOT NULL,
	"name" text DEFAULT 'Passkey' NOT NULL,
	"last_used_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authenticators_device_type_valid" CHECK ("authenticators"."credential_device_type" in ('singleDevice', 'multiDevice'))
);
--> statement-breakpoint
CREATE TABLE "entitlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"resource" text NOT NULL,
	"action" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entitlements_name_shape" CHECK ("entitlements"."name" = "entitlements"."resource" || ':' || "entitlements"."action")
);
--> statement-breakpoint
CREATE TABLE "oauth_states" (
	"state_key" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"pkce_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"redirect_uri" text,
	"timezone" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_entitlements" (
	"role_id" uuid NOT NULL,
	"entitlement_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_entitlements_role_id_entitlement_id_pk" PRIMARY KEY("role_id","entitlement_id")
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"parent_role_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_activity_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"absolute_expires_at" timestamp (3) with time zone NOT NULL,
	"user_agent" text,
	"ip_address" text,
	"rotated_from" uuid
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"granted_by" uuid,
	"granted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone,
	CONSTRAINT "user_roles_user_id_role_id_pk" PRIMARY KEY("user_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"purpose" text NOT NULL,
	"user_id" uuid,
	"data" jsonb,
	"expires" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token"),
	CONSTRAINT "verification_tokens_purpose_valid" CHECK ("verification_tokens"."purpose" in ('passkey_register', 'passkey_login', 'email'))
);
--> statement-breakpoint
CREATE TABLE "blobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"content_type" text NOT NULL,
	"purpose" text NOT NULL,
	"sha256" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blobs_key" UNIQUE("key"),
	CONSTRAINT "blobs_size_non_negative" CHECK ("blobs"."size_bytes" >= 0),
	CONSTRAINT "blobs_purpose_valid" CHECK ("blobs"."purpose" in ('reference_track', 'book_cover', 'avatar', 'attachment')),
	CONSTRAINT "blobs_key_length" CHECK (char_length("blobs"."key") between 1 and 512)
);
--> statement-breakpoint
CREATE TABLE "books" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"author" text,
	"isbn" text,
	"total_pages" integer,
	"current_page" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'want_to_read' NOT NULL,
	"rating" smallint,
	"notes" text,
	"cover_blob_key" text,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "books_title_length" CHECK (char_length("books"."title") between 1 and 500),
	CONSTRAINT "books_status_valid" CHECK ("books"."status" in ('want_to_read', 'reading', 'finished', 'abandoned')),
	CONSTRAINT "books_rating_range" CHECK ("books"."rating" between 1 and 5),
	CONSTRAINT "books_total_pages_range" CHECK ("books"."total_pages" between 1 and 100000),
	CONSTRAINT "books_current_page_range" CHECK ("books"."current_page" >= 0 and ("books"."total_pages" is null or "books"."current_page" <= "books"."total_pages")),
	CONSTRAINT "books_finished_dated" CHECK ("books"."status" <> 'finished' or "books"."finished_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "reading_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"book_id" uuid NOT NULL,
	"pages_read" integer DEFAULT 0 NOT NULL,
	"start_page" integer,
	"end_page" integer,
	"minutes" integer DEFAULT 0 NOT NULL,
	"read_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"notes" text,
	"xp_awarded" integer DEFAULT 0 NOT NULL,
	"coins_awarded" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reading_sessions_something_read" CHECK ("reading_sessions"."pages_read" > 0 or "reading_sessions"."minutes" > 0),
	CONSTRAINT "reading_sessions_pages_range" CHECK ("reading_sessions"."pages_read" between 0 and 10000),
	CONSTRAINT "reading_sessions_minutes_range" CHECK ("reading_sessions"."minutes" between 0 and 1440),
	CONSTRAINT "reading_sessions_page_span" CHECK ("reading_sessions"."start_page" is null or "reading_sessions"."end_page" is null or "reading_sessions"."end_page" >= "reading_sessions"."start_page"),
	CONSTRAINT "reading_sessions_rewards_non_negative" CHECK ("reading_sessions"."xp_awarded" >= 0 and "reading_sessions"."coins_awarded" >= 0)
);
--> statement-breakpoint
CREATE TABLE "calendar_event_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"occurrence_start" timestamp (3) with time zone NOT NULL,
	"is_cancelled" boolean DEFAULT false NOT NULL,
	"title" text,
	"description" text,
	"start_time" timestamp (3) with time zone,
	"end_time" timestamp (3) with time zone,
	"location" text,
	"color" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_event_exceptions_end_after_start" CHECK ("calendar_event_exceptions"."end_time" is null or "calendar_event_exceptions"."start_time" is null or "calendar_event_exceptions"."end_time" >= "calendar_event_exceptions"."start_time")
);
--> statement-breakpoint
CREATE TABLE "calendar_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"event_type" text DEFAULT 'other' NOT NULL,
	"start_time" timestamp (3) with time zone NOT NULL,
	"end_time" timestamp (3) with time zone,
	"all_day" boolean DEFAULT false NOT NULL,
	"timezone" text,
	"location" text,
	"color" text,
	"reminders" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"workout_id" uuid,
	"habit_id" uuid,
	"goal_id" uuid,
	"recurrence_rule" text,
	"recurrence_until" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_events_title_length" CHECK (char_length("calendar_events"."title") between 1 and 300),
	CONSTRAINT "calendar_events_type_valid" CHECK ("calendar_events"."event_type" in ('meeting', 'appointment', 'workout', 'focus', 'habit', 'other')),
	CONSTRAINT "calendar_events_end_after_start" CHECK ("calendar_events"."end_time" is null or "calendar_events"."end_time" >= "calendar_events"."start_time"),
	CONSTRAINT "calendar_events_reminders_range" CHECK (0 <= all("calendar_events"."reminders") and 40320 >= all("calendar_events"."reminders")),
	CONSTRAINT "calendar_events_reminders_count" CHECK (cardinality("calendar_events"."reminders") <= 5),
	CONSTRAINT "calendar_events_rrule_length" CHECK (char_length("calendar_events"."recurrence_rule") between 1 and 500),
	CONSTRAINT "calendar_events_until_needs_rule" CHECK ("calendar_events"."recurrence_until" is null or "calendar_events"."recurrence_rule" is not null)
);
--> statement-breakpoint
CREATE TABLE "calendar_feed_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"last_used_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"set_number" smallint NOT NULL,
	"weight" real,
	"reps" smallint,
	"duration_seconds" integer,
	"distance_m" real,
	"rpe" real,
	"is_warmup" boolean DEFAULT false NOT NULL,
	"notes" text,
	"completed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_sets_set_number_positive" CHECK ("exercise_sets"."set_number" >= 1),
	CONSTRAINT "exercise_sets_weight_range" CHECK ("exercise_sets"."weight" between 0 and 2000),
	CONSTRAINT "exercise_sets_reps_range" CHECK ("exercise_sets"."reps" between 0 and 10000),
	CONSTRAINT "exercise_sets_duration_non_negative" CHECK ("exercise_sets"."duration_seconds" >= 0),
	CONSTRAINT "exercise_sets_distance_non_negative" CHECK ("exercise_sets"."distance_m" >= 0),
	CONSTRAINT "exercise_sets_rpe_range" CHECK ("exercise_sets"."rpe" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"key" text,
	"name" text NOT NULL,
	"description" text,
	"instructions" text,
	"category" text NOT NULL,
	"primary_muscles" text[] DEFAULT '{}'::text[] NOT NULL,
	"secondary_muscles" text[] DEFAULT '{}'::text[] NOT NULL,
	"equipment" text[] DEFAULT '{}'::text[] NOT NULL,
	"level" text DEFAULT 'beginner' NOT NULL,
	"measurement" text DEFAULT 'weight_reps' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercises_builtin_iff_keyed" CHECK (("exercises"."user_id" is null) = ("exercises"."key" is not null)),
	CONSTRAINT "exercises_name_length" CHECK (char_length("exercises"."name") between 1 and 200),
	CONSTRAINT "exercises_category_valid" CHECK ("exercises"."category" in ('strength', 'cardio', 'core', 'mobility', 'plyometrics', 'balance', 'other')),
	CONSTRAINT "exercises_level_valid" CHECK ("exercises"."level" in ('beginner', 'intermediate', 'advanced')),
	CONSTRAINT "exercises_measurement_valid" CHECK ("exercises"."measurement" in ('weight_reps', 'reps', 'duration', 'distance'))
);
--> statement-breakpoint
CREATE TABLE "personal_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"value" real NOT NULL,
	"previous_value" real,
	"weight" real,
	"reps" smallint,
	"set_id" uuid,
	"achieved_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personal_records_type_valid" CHECK ("personal_records"."record_type" in ('max_weight', 'max_reps', 'estimated_1rm', 'max_volume')),
	CONSTRAINT "personal_records_value_non_negative" CHECK ("personal_records"."value" >= 0),
	CONSTRAINT "personal_records_improves" CHECK ("personal_records"."previous_value" is null or "personal_records"."value" > "personal_records"."previous_value")
);
--> statement-breakpoint
CREATE TABLE "program_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"week_id" uuid NOT NULL,
	"day_of_week" smallint NOT NULL,
	"workout_id" uuid,
	"notes" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_days_day_range" CHECK ("program_days"."day_of_week" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "program_weeks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"week_number" smallint NOT NULL,
	"name" text,
	"is_deload" boolean DEFAULT false NOT NULL,
	"notes" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_weeks_number_range" CHECK ("program_weeks"."week_number" between 1 and 52)
);
--> statement-breakpoint
CREATE TABLE "training_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"goal" text,
	"level" text,
	"duration_weeks" smallint NOT NULL,
	"is_active" boolean DEFAULT false NOT NULL,
	"started_at" timestamp (3) with time zone,
	"completed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_programs_name_length" CHECK (char_length("training_programs"."name") between 1 and 200),
	CONSTRAINT "training_programs_level_valid" CHECK ("training_programs"."level" in ('beginner', 'intermediate', 'advanced')),
	CONSTRAINT "training_programs_weeks_range" CHECK ("training_programs"."duration_weeks" between 1 and 52)
);
--> statement-breakpoint
CREATE TABLE "workout_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"workout_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"target_sets" smallint,
	"target_reps" smallint,
	"target_weight" real,
	"target_duration_seconds" integer,
	"rest_seconds" integer,
	"notes" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workout_exercises_sets_range" CHECK ("workout_exercises"."target_sets" between 1 and 50),
	CONSTRAINT "workout_exercises_reps_range" CHECK ("workout_exercises"."target_reps" between 1 and 1000),
	CONSTRAINT "workout_exercises_weight_non_negative" CHECK ("workout_exercises"."target_weight" >= 0),
	CONSTRAINT "workout_exercises_duration_range" CHECK ("workout_exercises"."target_duration_seconds" between 1 and 86400),
	CONSTRAINT "workout_exercises_rest_range" CHECK ("workout_exercises"."rest_seconds" between 0 and 3600)
);
--> statement-breakpoint
CREATE TABLE "workout_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"workout_id" uuid,
	"program_day_id" uuid,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp (3) with time zone,
	"duration_seconds" integer,
	"rating" smallint,
	"notes" text,
	"total_volume" real DEFAULT 0 NOT NULL,
	"xp_awarded" integer DEFAULT 0 NOT NULL,
	"coins_awarded" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workout_sessions_status_valid" CHECK ("workout_sessions"."status" in ('active', 'completed', 'abandoned')),
	CONSTRAINT "workout_sessions_ended_iff_closed" CHECK (("workout_sessions"."ended_at" is null) = ("workout_sessions"."status" = 'active')),
	CONSTRAINT "workout_sessions_rating_range" CHECK ("workout_sessions"."rating" between 1 and 5),
	CONSTRAINT "workout_sessions_duration_non_negative" CHECK ("workout_sessions"."duration_seconds" >= 0),
	CONSTRAINT "workout_sessions_counters_non_negative" CHECK ("workout_sessions"."total_volume" >= 0 and "workout_sessions"."xp_awarded" >= 0 and "workout_sessions"."coins_awarded" >= 0)
);
--> statement-breakpoint
CREATE TABLE "workouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"category" text,
	"level" text,
	"estimated_minutes" integer,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workouts_name_length" CHECK (char_length("workouts"."name") between 1 and 200),
	CONSTRAINT "workouts_level_valid" CHECK ("workouts"."level" in ('beginner', 'intermediate', 'advanced')),
	CONSTRAINT "workouts_estimated_range" CHECK ("workouts"."estimated_minutes" between 1 and 600)
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"admin_response" text,
	"responded_at" timestamp (3) with time zone,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_type_valid" CHECK ("feedback"."type" in ('bug', 'feature', 'praise', 'other')),
	CONSTRAINT "feedback_status_valid" CHECK ("feedback"."status" in ('open', 'triaged', 'planned', 'in_progress', 'resolved', 'closed', 'wont_fix')),
	CONSTRAINT "feedback_priority_valid" CHECK ("feedback"."priority" in ('low', 'normal', 'high', 'urgent')),
	CONSTRAINT "feedback_title_length" CHECK (char_length("feedback"."title") between 1 and 200),
	CONSTRAINT "feedback_body_length" CHECK (char_length("feedback"."body") between 1 and 10000),
	CONSTRAINT "feedback_response_dated" CHECK ("feedback"."admin_response" is null or "feedback"."responded_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "focus_libraries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"is_favorite" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "focus_libraries_name_length" CHECK (char_length("focus_libraries"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "focus_library_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"library_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "focus_pause_state" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"is_paused" boolean DEFAULT false NOT NULL,
	"paused_at" timestamp (3) with time zone,
	"total_paused_ms" integer DEFAULT 0 NOT NULL,
	"pause_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "focus_pause_state_paused_at_iff_paused" CHECK (("focus_pause_state"."paused_at" is not null) = "focus_pause_state"."is_paused"),
	CONSTRAINT "focus_pause_state_counters_non_negative" CHECK ("focus_pause_state"."total_paused_ms" >= 0 and "focus_pause_state"."pause_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "focus_presets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"focus_minutes" integer DEFAULT 25 NOT NULL,
	"short_break_minutes" integer DEFAULT 5 NOT NULL,
	"long_break_minutes" integer DEFAULT 15 NOT NULL,
	"sessions_before_long_break" integer DEFAULT 4 NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "focus_presets_name_length" CHECK (char_length("focus_presets"."name") between 1 and 100),
	CONSTRAINT "focus_presets_focus_range" CHECK ("focus_presets"."focus_minutes" between 1 and 240),
	CONSTRAINT "focus_presets_short_break_range" CHECK ("focus_presets"."short_break_minutes" between 1 and 60),
	CONSTRAINT "focus_presets_long_break_range" CHECK ("focus_presets"."long_break_minutes" between 1 and 120),
	CONSTRAINT "focus_presets_sessions_range" CHECK ("focus_presets"."sessions_before_long_break" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "focus_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"mode" text DEFAULT 'focus' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"duration_seconds" integer NOT NULL,
	"label" text,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp (3) with time zone,
	"focused_seconds" integer DEFAULT 0 NOT NULL,
	"xp_awarded" integer DEFAULT 0 NOT NULL,
	"coins_awarded" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "focus_sessions_mode_valid" CHECK ("focus_sessions"."mode" in ('focus', 'short_break', 'long_break')),
	CONSTRAINT "focus_sessions_status_valid" CHECK ("focus_sessions"."status" in ('active', 'paused', 'completed', 'abandoned')),
	CONSTRAINT "focus_sessions_duration_range" CHECK ("focus_sessions"."duration_seconds" between 1 and 86400),
	CONSTRAINT "focus_sessions_ended_iff_closed" CHECK (("focus_sessions"."ended_at" is not null) = ("focus_sessions"."status" in ('completed', 'abandoned'))),
	CONSTRAINT "focus_sessions_counters_non_negative" CHECK ("focus_sessions"."focused_seconds" >= 0 and "focus_sessions"."xp_awarded" >= 0 and "focus_sessions"."coins_awarded" >= 0)
);
--> statement-breakpoint
CREATE TABLE "analysis_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"analysis_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"time_ms" integer NOT NULL,
	"duration_ms" integer,
	"confidence" real,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_events_type_valid" CHECK ("analysis_events"."event_type" in ('beat', 'downbeat', 'onset', 'section', 'marker')),
	CONSTRAINT "analysis_events_time_non_negative" CHECK ("analysis_events"."time_ms" >= 0),
	CONSTRAINT "analysis_events_duration_non_negative" CHECK ("analysis_events"."duration_ms" >= 0),
	CONSTRAINT "analysis_events_confidence_range" CHECK ("analysis_events"."confidence" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "analysis_frame_data" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"manifest_id" uuid NOT NULL,
	"chunk_index" integer NOT NULL,
	"start_frame" integer NOT NULL,
	"end_frame" integer NOT NULL,
	"start_time_ms" integer NOT NULL,
	"end_time_ms" integer NOT NULL,
	"frame_count" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_frame_data_chunk_index_non_negative" CHECK ("analysis_frame_data"."chunk_index" >= 0),
	CONSTRAINT "analysis_frame_data_frames_valid" CHECK ("analysis_frame_data"."start_frame" >= 0 and "analysis_frame_data"."end_frame" > "analysis_frame_data"."start_frame" and "analysis_frame_data"."frame_count" = "analysis_frame_data"."end_frame" - "analysis_frame_data"."start_frame"),
	CONSTRAINT "analysis_frame_data_times_valid" CHECK ("analysis_frame_data"."start_time_ms" >= 0 and "analysis_frame_data"."end_time_ms" > "analysis_frame_data"."start_time_ms")
);
--> statement-breakpoint
CREATE TABLE "analysis_frame_manifests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"analysis_id" uuid NOT NULL,
	"manifest_version" text DEFAULT '1.0' NOT NULL,
	"hop_ms" integer DEFAULT 10 NOT NULL,
	"frame_count" integer NOT NULL,
	"duration_ms" integer NOT NULL,
	"sample_rate" integer NOT NULL,
	"bands" jsonb NOT NULL,
	"bytes_per_frame" integer NOT NULL,
	"frame_layout" jsonb NOT NULL,
	"fingerprint" text NOT NULL,
	"analyzer_version" text NOT NULL,
	"chunk_size_frames" integer DEFAULT 1000 NOT NULL,
	"total_chunks" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_frame_manifests_hop_positive" CHECK ("analysis_frame_manifests"."hop_ms" > 0),
	CONSTRAINT "analysis_frame_manifests_counts_valid" CHECK ("analysis_frame_manifests"."frame_count" >= 0 and "analysis_frame_manifests"."duration_ms" >= 0),
	CONSTRAINT "analysis_frame_manifests_rates_positive" CHECK ("analysis_frame_manifests"."sample_rate" > 0 and "analysis_frame_manifests"."bytes_per_frame" > 0),
	CONSTRAINT "analysis_frame_manifests_chunk_size_positive" CHECK ("analysis_frame_manifests"."chunk_size_frames" > 0),
	CONSTRAINT "analysis_frame_manifests_total_chunks_valid" CHECK ("analysis_frame_manifests"."total_chunks" = ("analysis_frame_manifests"."frame_count" + "analysis_frame_manifests"."chunk_size_frames" - 1) / "analysis_frame_manifests"."chunk_size_frames")
);
--> statement-breakpoint
CREATE TABLE "achievement_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"icon" text DEFAULT 'trophy' NOT NULL,
	"trigger_type" text NOT NULL,
	"trigger_config" jsonb NOT NULL,
	"reward_xp" integer DEFAULT 0 NOT NULL,
	"reward_coins" integer DEFAULT 0 NOT NULL,
	"is_hidden" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "achievement_definitions_key" UNIQUE("key"),
	CONSTRAINT "achievement_definitions_trigger_type_valid" CHECK ("achievement_definitions"."trigger_type" in ('count', 'streak', 'level', 'total')),
	CONSTRAINT "achievement_definitions_category_valid" CHECK ("achievement_definitions"."category" in ('focus', 'streaks', 'habits', 'goals', 'quests', 'fitness', 'reading', 'learning', 'music', 'planning', 'progress')),
	CONSTRAINT "achievement_definitions_config_object" CHECK (jsonb_typeof("achievement_definitions"."trigger_config") = 'object'),
	CONSTRAINT "achievement_definitions_rewards_non_negative" CHECK ("achievement_definitions"."reward_xp" >= 0 and "achievement_definitions"."reward_coins" >= 0)
);
--> statement-breakpoint
CREATE TABLE "activity_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"local_date" date NOT NULL,
	"source_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"xp_awarded" integer DEFAULT 0 NOT NULL,
	"coins_awarded" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_events_type_valid" CHECK ("activity_events"."event_type" in ('focus_complete', 'habit_complete', 'perfect_habit_day', 'goal_milestone_complete', 'goal_complete', 'quest_complete', 'workout_complete', 'personal_record', 'reading_session', 'book_complete', 'lesson_complete', 'drill_complete', 'review_session', 'plan_item_complete', 'track_analyzed', 'daily_login')),
	CONSTRAINT "activity_events_rewards_non_negative" CHECK ("activity_events"."xp_awarded" >= 0 and "activity_events"."coins_awarded" >= 0)
);
--> statement-breakpoint
CREATE TABLE "points_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"activity_event_id" uuid,
	"source_id" uuid,
	"xp" integer DEFAULT 0 NOT NULL,
	"coins" integer DEFAULT 0 NOT NULL,
	"skill_key" text,
	"skill_stars" integer DEFAULT 0 NOT NULL,
	"reason" text,
	"idempotency_key" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_ledger_stars_need_skill" CHECK ("points_ledger"."skill_stars" = 0 or "points_ledger"."skill_key" is not null),
	CONSTRAINT "points_ledger_stars_non_negative" CHECK ("points_ledger"."skill_stars" >= 0),
	CONSTRAINT "points_ledger_key_length" CHECK (char_length("points_ledger"."idempotency_key") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "skill_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"icon" text NOT NULL,
	"color" text NOT NULL,
	"stars_per_level" integer DEFAULT 10 NOT NULL,
	"max_level" integer DEFAULT 100 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_definitions_key" UNIQUE("key"),
	CONSTRAINT "skill_definitions_levels_positive" CHECK ("skill_definitions"."stars_per_level" >= 1 and "skill_definitions"."max_level" >= 1)
);
--> statement-breakpoint
CREATE TABLE "user_achievements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"achievement_key" text NOT NULL,
	"earned_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"notified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"total_xp" integer DEFAULT 0 NOT NULL,
	"level" integer DEFAULT 1 NOT NULL,
	"total_skill_stars" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_progress_xp_non_negative" CHECK ("user_progress"."total_xp" >= 0),
	CONSTRAINT "user_progress_level_positive" CHECK ("user_progress"."level" >= 1),
	CONSTRAINT "user_progress_stars_non_negative" CHECK ("user_progress"."total_skill_stars" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"skill_key" text NOT NULL,
	"stars" integer DEFAULT 0 NOT NULL,
	"level" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_skills_non_negative" CHECK ("user_skills"."stars" >= 0 and "user_skills"."level" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_streaks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"streak_type" text NOT NULL,
	"current_streak" integer DEFAULT 0 NOT NULL,
	"longest_streak" integer DEFAULT 0 NOT NULL,
	"last_active_date" date,
	"shields_used" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_streaks_type_valid" CHECK ("user_streaks"."streak_type" in ('daily', 'focus', 'habit', 'workout', 'reading', 'learning')),
	CONSTRAINT "user_streaks_counts_valid" CHECK ("user_streaks"."current_streak" >= 0 and "user_streaks"."longest_streak" >= "user_streaks"."current_streak" and "user_streaks"."shields_used" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_wallet" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"coins" integer DEFAULT 0 NOT NULL,
	"total_earned" integer DEFAULT 0 NOT NULL,
	"total_spent" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_wallet_coins_non_negative" CHECK ("user_wallet"."coins" >= 0),
	CONSTRAINT "user_wallet_totals_non_negative" CHECK ("user_wallet"."total_earned" >= 0 and "user_wallet"."total_spent" >= 0)
);
--> statement-breakpoint
CREATE TABLE "goal_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_milestones_title_length" CHECK (char_length("goal_milestones"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category" text,
	"target_date" date,
	"priority" text DEFAULT 'medium' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"progress" smallint DEFAULT 0 NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_title_length" CHECK (char_length("goals"."title") between 1 and 200),
	CONSTRAINT "goals_priority_valid" CHECK ("goals"."priority" in ('low', 'medium', 'high')),
	CONSTRAINT "goals_status_valid" CHECK ("goals"."status" in ('active', 'paused', 'completed', 'abandoned')),
	CONSTRAINT "goals_progress_range" CHECK ("goals"."progress" between 0 and 100),
	CONSTRAINT "goals_completed_at_iff_completed" CHECK (("goals"."completed_at" is not null) = ("goals"."status" = 'completed'))
);
--> statement-breakpoint
CREATE TABLE "habit_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"habit_id" uuid NOT NULL,
	"log_date" date NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"target" integer DEFAULT 1 NOT NULL,
	"note" text,
	"skipped" boolean DEFAULT false NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "habit_logs_count_non_negative" CHECK ("habit_logs"."count" >= 0),
	CONSTRAINT "habit_logs_target_positive" CHECK ("habit_logs"."target" >= 1),
	CONSTRAINT "habit_logs_skip_has_no_count" CHECK (not "habit_logs"."skipped" or "habit_logs"."count" = 0),
	CONSTRAINT "habit_logs_completed_when_target_met" CHECK ("habit_logs"."completed_at" is null or "habit_logs"."count" >= "habit_logs"."target")
);
--> statement-breakpoint
CREATE TABLE "habits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"icon" text,
	"color" text,
	"schedule_type" text DEFAULT 'daily' NOT NULL,
	"schedule_days" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"times_per_week" smallint,
	"target_count" integer DEFAULT 1 NOT NULL,
	"current_streak" integer DEFAULT 0 NOT NULL,
	"longest_streak" integer DEFAULT 0 NOT NULL,
	"last_completed_date" date,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "habits_name_length" CHECK (char_length("habits"."name") between 1 and 200),
	CONSTRAINT "habits_schedule_type_valid" CHECK ("habits"."schedule_type" in ('daily', 'weekdays', 'times_per_week')),
	CONSTRAINT "habits_schedule_days_valid" CHECK ("habits"."schedule_days" <@ '{1,2,3,4,5,6,7}'::smallint[]),
	CONSTRAINT "habits_schedule_complete" CHECK (("habits"."schedule_type" <> 'weekdays' or cardinality("habits"."schedule_days") > 0)
        and (("habits"."schedule_type" = 'times_per_week') = ("habits"."times_per_week" is not null))),
	CONSTRAINT "habits_times_per_week_range" CHECK ("habits"."times_per_week" between 1 and 7),
	CONSTRAINT "habits_target_count_range" CHECK ("habits"."target_count" between 1 and 100),
	CONSTRAINT "habits_streaks_valid" CHECK ("habits"."current_streak" >= 0 and "habits"."longest_streak" >= "habits"."current_streak")
);
--> statement-breakpoint
CREATE TABLE "ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"category" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_pinned" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp (3) with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'B')) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ideas_title_length" CHECK (char_length("ideas"."title") between 1 and 300),
	CONSTRAINT "ideas_body_length" CHECK (char_length("ideas"."body") <= 200000),
	CONSTRAINT "ideas_tags_count" CHECK (cardinality("ideas"."tags") <= 30)
);
--> statement-breakpoint
CREATE TABLE "inbox_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text DEFAULT 'capture' NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp (3) with time zone,
	"archived_at" timestamp (3) with time zone,
	"processed_at" timestamp (3) with time zone,
	"processed_into_type" text,
	"processed_into_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_items_kind_valid" CHECK ("inbox_items"."kind" in ('capture', 'system')),
	CONSTRAINT "inbox_items_title_length" CHECK (char_length("inbox_items"."title") between 1 and 500),
	CONSTRAINT "inbox_items_body_length" CHECK (char_length("inbox_items"."body") <= 20000),
	CONSTRAINT "inbox_items_tags_count" CHECK (cardinality("inbox_items"."tags") <= 20),
	CONSTRAINT "inbox_items_target_valid" CHECK ("inbox_items"."processed_into_type" in ('habit', 'goal', 'quest', 'idea', 'infobase', 'calendar_event')),
	CONSTRAINT "inbox_items_processed_consistent" CHECK (("inbox_items"."processed_into_type" is null) = ("inbox_items"."processed_into_id" is null)
        and ("inbox_items"."processed_into_type" is null) = ("inbox_items"."processed_at" is null))
);
--> statement-breakpoint
CREATE TABLE "infobase_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"category" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_pinned" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp (3) with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'B')) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "infobase_entries_title_length" CHECK (char_length("infobase_entries"."title") between 1 and 300),
	CONSTRAINT "infobase_entries_body_length" CHECK (char_length("infobase_entries"."body") <= 200000),
	CONSTRAINT "infobase_entries_tags_count" CHECK (cardinality("infobase_entries"."tags") <= 30)
);
--> statement-breakpoint
CREATE TABLE "learn_drills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"drill_type" text NOT NULL,
	"difficulty" text DEFAULT 'beginner' NOT NULL,
	"config" jsonb NOT NULL,
	"question_count" smallint DEFAULT 10 NOT NULL,
	"xp_reward" integer DEFAULT 10 NOT NULL,
	"coin_reward" integer DEFAULT 2 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learn_drills_type_valid" CHECK ("learn_drills"."drill_type" in ('interval', 'note', 'chord_quality', 'scale')),
	CONSTRAINT "learn_drills_difficulty_valid" CHECK ("learn_drills"."difficulty" in ('beginner', 'intermediate', 'advanced')),
	CONSTRAINT "learn_drills_config_object" CHECK (jsonb_typeof("learn_drills"."config") = 'object'),
	CONSTRAINT "learn_drills_question_count_range" CHECK ("learn_drills"."question_count" between 1 and 100),
	CONSTRAINT "learn_drills_rewards_non_negative" CHECK ("learn_drills"."xp_reward" >= 0 and "learn_drills"."coin_reward" >= 0)
);
--> statement-breakpoint
CREATE TABLE "learn_lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"content_markdown" text NOT NULL,
	"quiz" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"difficulty" text DEFAULT 'beginner' NOT NULL,
	"duration_minutes" smallint DEFAULT 5 NOT NULL,
	"xp_reward" integer DEFAULT 15 NOT NULL,
	"coin_reward" integer DEFAULT 5 NOT NULL,
	"skill_key" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learn_lessons_difficulty_valid" CHECK ("learn_lessons"."difficulty" in ('beginner', 'intermediate', 'advanced')),
	CONSTRAINT "learn_lessons_quiz_array" CHECK (jsonb_typeof("learn_lessons"."quiz") = 'array'),
	CONSTRAINT "learn_lessons_duration_range" CHECK ("learn_lessons"."duration_minutes" between 1 and 240),
	CONSTRAINT "learn_lessons_rewards_non_negative" CHECK ("learn_lessons"."xp_reward" >= 0 and "learn_lessons"."coin_reward" >= 0)
);
--> statement-breakpoint
CREATE TABLE "learn_topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"icon" text DEFAULT 'book' NOT NULL,
	"color" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_drill_stats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"drill_id" uuid NOT NULL,
	"sessions" integer DEFAULT 0 NOT NULL,
	"total_correct" integer DEFAULT 0 NOT NULL,
	"total_questions" integer DEFAULT 0 NOT NULL,
	"total_time_seconds" integer DEFAULT 0 NOT NULL,
	"last_score" smallint,
	"best_score" smallint,
	"current_streak" integer DEFAULT 0 NOT NULL,
	"best_streak" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp (3) with time zone,
	"due" timestamp (3) with time zone,
	"stability" real DEFAULT 0 NOT NULL,
	"difficulty" real DEFAULT 0 NOT NULL,
	"elapsed_days" integer DEFAULT 0 NOT NULL,
	"scheduled_days" integer DEFAULT 0 NOT NULL,
	"learning_steps" integer DEFAULT 0 NOT NULL,
	"reps" integer DEFAULT 0 NOT NULL,
	"lapses" integer DEFAULT 0 NOT NULL,
	"state" smallint DEFAULT 0 NOT NULL,
	"last_review" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_drill_stats_counts_valid" CHECK ("user_drill_stats"."sessions" >= 0 and "user_drill_stats"."total_correct" >= 0 and "user_drill_stats"."total_correct" <= "user_drill_stats"."total_questions" and "user_drill_stats"."total_time_seconds" >= 0),
	CONSTRAINT "user_drill_stats_scores_range" CHECK ("user_drill_stats"."last_score" between 0 and 100 and "user_drill_stats"."best_score" between 0 and 100),
	CONSTRAINT "user_drill_stats_streaks_valid" CHECK ("user_drill_stats"."current_streak" >= 0 and "user_drill_stats"."best_streak" >= "user_drill_stats"."current_streak"),
	CONSTRAINT "user_drill_stats_state_valid" CHECK ("user_drill_stats"."state" in (0, 1, 2, 3)),
	CONSTRAINT "user_drill_stats_fsrs_non_negative" CHECK ("user_drill_stats"."reps" >= 0 and "user_drill_stats"."lapses" >= 0 and "user_drill_stats"."stability" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_lesson_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_score" smallint,
	"best_score" smallint,
	"due" timestamp (3) with time zone,
	"stability" real DEFAULT 0 NOT NULL,
	"difficulty" real DEFAULT 0 NOT NULL,
	"elapsed_days" integer DEFAULT 0 NOT NULL,
	"scheduled_days" integer DEFAULT 0 NOT NULL,
	"learning_steps" integer DEFAULT 0 NOT NULL,
	"reps" integer DEFAULT 0 NOT NULL,
	"lapses" integer DEFAULT 0 NOT NULL,
	"state" smallint DEFAULT 0 NOT NULL,
	"last_review" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_lesson_progress_status_valid" CHECK ("user_lesson_progress"."status" in ('in_progress', 'completed')),
	CONSTRAINT "user_lesson_progress_completed_iff_dated" CHECK (("user_lesson_progress"."status" = 'completed') = ("user_lesson_progress"."completed_at" is not null)),
	CONSTRAINT "user_lesson_progress_attempts_non_negative" CHECK ("user_lesson_progress"."attempts" >= 0),
	CONSTRAINT "user_lesson_progress_scores_range" CHECK ("user_lesson_progress"."last_score" between 0 and 100 and "user_lesson_progress"."best_score" between 0 and 100),
	CONSTRAINT "user_lesson_progress_state_valid" CHECK ("user_lesson_progress"."state" in (0, 1, 2, 3)),
	CONSTRAINT "user_lesson_progress_fsrs_non_negative" CHECK ("user_lesson_progress"."reps" >= 0 and "user_lesson_progress"."lapses" >= 0 and "user_lesson_progress"."stability" >= 0)
);
--> statement-breakpoint
CREATE TABLE "listening_prompt_presets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"template_id" uuid,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"preset_type" text NOT NULL,
	"config" jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listening_prompt_presets_type_valid" CHECK ("listening_prompt_presets"."preset_type" in ('focus_band', 'comparison', 'loop')),
	CONSTRAINT "listening_prompt_presets_config_object" CHECK (jsonb_typeof("listening_prompt_presets"."config") = 'object')
);
--> statement-breakpoint
CREATE TABLE "listening_prompt_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"difficulty" text DEFAULT 'beginner' NOT NULL,
	"prompt" text NOT NULL,
	"hints" text[] DEFAULT '{}'::text[] NOT NULL,
	"expected_observations" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listening_prompt_templates_category_valid" CHECK ("listening_prompt_templates"."category" in ('general', 'frequency', 'dynamics', 'stereo', 'arrangement', 'sound_design', 'mixing', 'mastering')),
	CONSTRAINT "listening_prompt_templates_difficulty_valid" CHECK ("listening_prompt_templates"."difficulty" in ('beginner', 'intermediate', 'advanced', 'expert'))
);
--> statement-breakpoint
CREATE TABLE "market_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"rarity" text DEFAULT 'common' NOT NULL,
	"icon" text DEFAULT 'gift' NOT NULL,
	"cost_coins" integer NOT NULL,
	"stock" integer,
	"is_consumable" boolean DEFAULT false NOT NULL,
	"effect" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_items_category_valid" CHECK ("market_items"."category" in ('theme', 'boost', 'streak_shield', 'cosmetic')),
	CONSTRAINT "market_items_rarity_valid" CHECK ("market_items"."rarity" in ('common', 'rare', 'epic', 'legendary')),
	CONSTRAINT "market_items_cost_non_negative" CHECK ("market_items"."cost_coins" >= 0),
	CONSTRAINT "market_items_stock_non_negative" CHECK ("market_items"."stock" >= 0)
);
--> statement-breakpoint
CREATE TABLE "market_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"score" real NOT NULL,
	"computed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_recommendations_score_range" CHECK ("market_recommendations"."score" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "market_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"coins" integer DEFAULT 0 NOT NULL,
	"description" text NOT NULL,
	"item_id" uuid,
	"purchase_id" uuid,
	"personal_reward_id" uuid,
	"ledger_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_transactions_type_valid" CHECK ("market_transactions"."type" in ('purchase', 'redeem', 'refund', 'equip')),
	CONSTRAINT "market_transactions_sign_matches_type" CHECK (case "market_transactions"."type" when 'purchase' then "market_transactions"."coins" <= 0 when 'refund' then "market_transactions"."coins" >= 0 else "market_transactions"."coins" = 0 end)
);
--> statement-breakpoint
CREATE TABLE "personal_rewards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"icon" text,
	"cost_coins" integer NOT NULL,
	"times_redeemed" integer DEFAULT 0 NOT NULL,
	"last_redeemed_at" timestamp (3) with time zone,
	"archived_at" timestamp (3) with time zone,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personal_rewards_title_length" CHECK (char_length("personal_rewards"."title") between 1 and 200),
	CONSTRAINT "personal_rewards_cost_range" CHECK ("personal_rewards"."cost_coins" between 1 and 1000000),
	CONSTRAINT "personal_rewards_times_non_negative" CHECK ("personal_rewards"."times_redeemed" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_purchases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"cost_coins" integer NOT NULL,
	"status" text DEFAULT 'purchased' NOT NULL,
	"equipped_at" timestamp (3) with time zone,
	"redeemed_at" timestamp (3) with time zone,
	"expires_at" timestamp (3) with time zone,
	"consumed_at" timestamp (3) with time zone,
	"refunded_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_purchases_status_valid" CHECK ("user_purchases"."status" in ('purchased', 'redeemed', 'consumed', 'expired', 'refunded')),
	CONSTRAINT "user_purchases_cost_non_negative" CHECK ("user_purchases"."cost_coins" >= 0),
	CONSTRAINT "user_purchases_redeemed_dated" CHECK ("user_purchases"."status" <> 'redeemed' or "user_purchases"."redeemed_at" is not null),
	CONSTRAINT "user_purchases_consumed_dated" CHECK ("user_purchases"."status" <> 'consumed' or "user_purchases"."consumed_at" is not null),
	CONSTRAINT "user_purchases_refunded_dated" CHECK ("user_purchases"."status" <> 'refunded' or "user_purchases"."refunded_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "user_rewards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_key" text NOT NULL,
	"title" text NOT NULL,
	"xp" integer DEFAULT 0 NOT NULL,
	"coins" integer DEFAULT 0 NOT NULL,
	"item_id" uuid,
	"claimed_at" timestamp (3) with time zone,
	"expires_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_rewards_source_valid" CHECK ("user_rewards"."source_type" in ('level_up', 'achievement', 'quest', 'admin')),
	CONSTRAINT "user_rewards_amounts_non_negative" CHECK ("user_rewards"."xp" >= 0 and "user_rewards"."coins" >= 0)
);
--> statement-breakpoint
CREATE TABLE "onboarding_flows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onboarding_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"flow_id" uuid NOT NULL,
	"key" text NOT NULL,
	"step_order" integer NOT NULL,
	"step_type" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_required" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_steps_type_valid" CHECK ("onboarding_steps"."step_type" in ('welcome', 'multi_select', 'form', 'tour', 'completion')),
	CONSTRAINT "onboarding_steps_order_positive" CHECK ("onboarding_steps"."step_order" >= 1)
);
--> statement-breakpoint
CREATE TABLE "user_onboarding_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_onboarding_state" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"flow_id" uuid NOT NULL,
	"current_step_id" uuid,
	"status" text DEFAULT 'not_started' NOT NULL,
	"started_at" timestamp (3) with time zone,
	"completed_at" timestamp (3) with time zone,
	"skipped_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_onboarding_state_status_valid" CHECK ("user_onboarding_state"."status" in ('not_started', 'in_progress', 'completed', 'skipped')),
	CONSTRAINT "user_onboarding_state_completed_dated" CHECK ("user_onboarding_state"."status" <> 'completed' or "user_onboarding_state"."completed_at" is not null),
	CONSTRAINT "user_onboarding_state_skipped_dated" CHECK ("user_onboarding_state"."status" <> 'skipped' or "user_onboarding_state"."skipped_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "daily_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref_id" uuid,
	"title" text NOT NULL,
	"details" text,
	"duration_minutes" integer,
	"scheduled_at" timestamp (3) with time zone,
	"source" text DEFAULT 'manual' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daily_plan_items_kind_valid" CHECK ("daily_plan_items"."kind" in ('focus', 'habit', 'quest', 'universal_quest', 'event', 'workout', 'review', 'goal', 'custom')),
	CONSTRAINT "daily_plan_items_source_valid" CHECK ("daily_plan_items"."source" in ('generated', 'manual')),
	CONSTRAINT "daily_plan_items_title_length" CHECK (char_length("daily_plan_items"."title") between 1 and 300),
	CONSTRAINT "daily_plan_items_duration_range" CHECK ("daily_plan_items"."duration_minutes" between 1 and 1440),
	CONSTRAINT "daily_plan_items_custom_has_no_ref" CHECK ("daily_plan_items"."kind" <> 'custom' or "daily_plan_items"."ref_id" is null)
);
--> statement-breakpoint
CREATE TABLE "daily_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"plan_date" date NOT NULL,
	"notes" text,
	"generated_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daily_plans_notes_length" CHECK (char_length("daily_plans"."notes") <= 10000)
);
--> statement-breakpoint
CREATE TABLE "universal_quests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"period" text NOT NULL,
	"target_type" text NOT NULL,
	"target" integer NOT NULL,
	"xp_reward" integer DEFAULT 0 NOT NULL,
	"coin_reward" integer DEFAULT 0 NOT NULL,
	"skill_key" text,
	"icon" text DEFAULT 'target' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "universal_quests_period_valid" CHECK ("universal_quests"."period" in ('daily', 'weekly', 'monthly')),
	CONSTRAINT "universal_quests_target_type_valid" CHECK ("universal_quests"."target_type" in ('focus_minutes', 'habits_completed', 'perfect_habit_days', 'exercise_minutes', 'workouts_completed', 'reading_minutes', 'pages_read', 'lessons_completed', 'streak_days', 'reviews_done')),
	CONSTRAINT "universal_quests_target_positive" CHECK ("universal_quests"."target" >= 1),
	CONSTRAINT "universal_quests_rewards_non_negative" CHECK ("universal_quests"."xp_reward" >= 0 and "universal_quests"."coin_reward" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_quest_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"quest_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"target" integer NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"claimed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_quest_progress_period_key_shape" CHECK ("user_quest_progress"."period_key" ~ '^[0-9]{4}-(W[0-9]{2}|[0-9]{2}(-[0-9]{2})?)$'),
	CONSTRAINT "user_quest_progress_progress_non_negative" CHECK ("user_quest_progress"."progress" >= 0),
	CONSTRAINT "user_quest_progress_target_positive" CHECK ("user_quest_progress"."target" >= 1),
	CONSTRAINT "user_quest_progress_claim_after_completion" CHECK ("user_quest_progress"."claimed_at" is null or "user_quest_progress"."completed_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "user_quests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category" text,
	"difficulty" text DEFAULT 'starter' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"xp_reward" integer DEFAULT 0 NOT NULL,
	"coin_reward" integer DEFAULT 0 NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"target" integer DEFAULT 1 NOT NULL,
	"due_date" date,
	"is_repeatable" boolean DEFAULT false NOT NULL,
	"repeat_period" text,
	"streak_count" integer DEFAULT 0 NOT NULL,
	"longest_streak" integer DEFAULT 0 NOT NULL,
	"last_completed_period" text,
	"accepted_at" timestamp (3) with time zone,
	"completed_at" timestamp (3) with time zone,
	"abandoned_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_quests_title_length" CHECK (char_length("user_quests"."title") between 1 and 200),
	CONSTRAINT "user_quests_difficulty_valid" CHECK ("user_quests"."difficulty" in ('starter', 'easy', 'medium', 'hard', 'epic')),
	CONSTRAINT "user_quests_status_valid" CHECK ("user_quests"."status" in ('active', 'accepted', 'completed', 'abandoned')),
	CONSTRAINT "user_quests_repeat_period_valid" CHECK ("user_quests"."repeat_period" in ('daily', 'weekly', 'monthly')),
	CONSTRAINT "user_quests_repeatable_has_period" CHECK ("user_quests"."is_repeatable" = ("user_quests"."repeat_period" is not null)),
	CONSTRAINT "user_quests_progress_range" CHECK ("user_quests"."target" >= 1 and "user_quests"."progress" between 0 and "user_quests"."target"),
	CONSTRAINT "user_quests_rewards_non_negative" CHECK ("user_quests"."xp_reward" >= 0 and "user_quests"."coin_reward" >= 0),
	CONSTRAINT "user_quests_streaks_valid" CHECK ("user_quests"."streak_count" >= 0 and "user_quests"."longest_streak" >= "user_quests"."streak_count"),
	CONSTRAINT "user_quests_completed_at_iff_completed" CHECK (("user_quests"."completed_at" is not null) = ("user_quests"."status" = 'completed'))
);
--> statement-breakpoint
CREATE TABLE "reference_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"artist" text,
	"album" text,
	"genre" text,
	"notes" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"blob_key" text NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"duration_seconds" real,
	"sample_rate" integer,
	"channels" smallint,
	"bpm" real,
	"musical_key" text,
	"integrated_lufs" real,
	"is_favorite" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_tracks_mime_audio" CHECK ("reference_tracks"."mime_type" like 'audio/%'),
	CONSTRAINT "reference_tracks_size_positive" CHECK ("reference_tracks"."size_bytes" > 0),
	CONSTRAINT "reference_tracks_title_length" CHECK (char_length("reference_tracks"."title") between 1 and 300),
	CONSTRAINT "reference_tracks_duration_non_negative" CHECK ("reference_tracks"."duration_seconds" >= 0),
	CONSTRAINT "reference_tracks_channels_range" CHECK ("reference_tracks"."channels" between 1 and 32),
	CONSTRAINT "reference_tracks_bpm_range" CHECK ("reference_tracks"."bpm" > 0 and "reference_tracks"."bpm" < 1000)
);
--> statement-breakpoint
CREATE TABLE "track_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" smallint DEFAULT 0 NOT NULL,
	"analyzer_version" text NOT NULL,
	"parameters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"fingerprint" text,
	"results" jsonb,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"run_after" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"started_at" timestamp (3) with time zone,
	"completed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "track_analyses_status_valid" CHECK ("track_analyses"."status" in ('queued', 'running', 'completed', 'failed')),
	CONSTRAINT "track_analyses_progress_range" CHECK ("track_analyses"."progress" between 0 and 100),
	CONSTRAINT "track_analyses_attempts_non_negative" CHECK ("track_analyses"."attempts" >= 0),
	CONSTRAINT "track_analyses_completed_has_results" CHECK ("track_analyses"."status" <> 'completed' or "track_analyses"."results" is not null),
	CONSTRAINT "track_analyses_failed_has_error" CHECK ("track_analyses"."status" <> 'failed' or "track_analyses"."error" is not null)
);
--> statement-breakpoint
CREATE TABLE "track_annotations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	"start_ms" integer NOT NULL,
	"end_ms" integer,
	"type" text DEFAULT 'note' NOT NULL,
	"body" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_private" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "track_annotations_type_valid" CHECK ("track_annotations"."type" in ('note', 'mix', 'arrangement', 'sound_design', 'mastering', 'question')),
	CONSTRAINT "track_annotations_start_non_negative" CHECK ("track_annotations"."start_ms" >= 0),
	CONSTRAINT "track_annotations_range_valid" CHECK ("track_annotations"."end_ms" is null or "track_annotations"."end_ms" > "track_annotations"."start_ms")
);
--> statement-breakpoint
CREATE TABLE "track_regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'section' NOT NULL,
	"start_ms" integer NOT NULL,
	"end_ms" integer NOT NULL,
	"color" text,
	"notes" text,
	"is_favorite" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "track_regions_kind_valid" CHECK ("track_regions"."kind" in ('section', 'loop')),
	CONSTRAINT "track_regions_start_non_negative" CHECK ("track_regions"."start_ms" >= 0),
	CONSTRAINT "track_regions_end_after_start" CHECK ("track_regions"."end_ms" > "track_regions"."start_ms"),
	CONSTRAINT "track_regions_name_length" CHECK (char_length("track_regions"."name") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "user_references" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"url" text,
	"category" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_pinned" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp (3) with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'B')) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_references_title_length" CHECK (char_length("user_references"."title") between 1 and 300),
	CONSTRAINT "user_references_body_length" CHECK (char_length("user_references"."body") <= 200000),
	CONSTRAINT "user_references_url_shape" CHECK ("user_references"."url" ~ '^https?://' and char_length("user_references"."url") <= 2000),
	CONSTRAINT "user_references_tags_count" CHECK (cardinality("user_references"."tags") <= 30)
);
--> statement-breakpoint
CREATE TABLE "user_settings" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_settings_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"email_verified" timestamp (3) with time zone,
	"image" text,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"day_start_hour" smallint DEFAULT 4 NOT NULL,
	"age_verified" boolean DEFAULT false NOT NULL,
	"tos_accepted_at" timestamp (3) with time zone,
	"tos_version" text,
	"disabled_at" timestamp (3) with time zone,
	"last_activity_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_day_start_hour_range" CHECK ("users"."day_start_hour" between 0 and 23),
	CONSTRAINT "users_email_lower" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_name_length" CHECK (char_length("users"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"session_id" uuid,
	"event_type" text NOT NULL,
	"resource_type" text,
	"resource_id" text,
	"action" text,
	"status" text DEFAULT 'success' NOT NULL,
	"details" jsonb,
	"ip_address" text,
	"user_agent" text,
	"request_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_status_valid" CHECK ("audit_log"."status" in ('success', 'failure', 'denied'))
);
--> statement-breakpoint
CREATE TABLE "realtime_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authenticators" ADD CONSTRAINT "authenticators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_entitlements" ADD CONSTRAINT "role_entitlements_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_entitlements" ADD CONSTRAINT "role_entitlements_entitlement_id_entitlements_id_fk" FOREIGN KEY ("entitlement_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_parent_role_id_roles_id_fk" FOREIGN KEY ("parent_role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tokens" ADD CONSTRAINT "verification_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blobs" ADD CONSTRAINT "blobs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "books" ADD CONSTRAINT "books_cover_blob_key_blobs_key_fk" FOREIGN KEY ("cover_blob_key") REFERENCES "public"."blobs"("key") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_sessions" ADD CONSTRAINT "reading_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_sessions" ADD CONSTRAINT "reading_sessions_book_id_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."books"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_event_exceptions" ADD CONSTRAINT "calendar_event_exceptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_event_exceptions" ADD CONSTRAINT "calendar_event_exceptions_event_id_calendar_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."calendar_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD CONSTRAINT "calendar_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD CONSTRAINT "calendar_events_workout_id_workouts_id_fk" FOREIGN KEY ("workout_id") REFERENCES "public"."workouts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD CONSTRAINT "calendar_events_habit_id_habits_id_fk" FOREIGN KEY ("habit_id") REFERENCES "public"."habits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD CONSTRAINT "calendar_events_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_sets" ADD CONSTRAINT "exercise_sets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_sets" ADD CONSTRAINT "exercise_sets_session_id_workout_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."workout_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_sets" ADD CONSTRAINT "exercise_sets_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_records" ADD CONSTRAINT "personal_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_records" ADD CONSTRAINT "personal_records_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_records" ADD CONSTRAINT "personal_records_set_id_exercise_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."exercise_sets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_days" ADD CONSTRAINT "program_days_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_days" ADD CONSTRAINT "program_days_week_id_program_weeks_id_fk" FOREIGN KEY ("week_id") REFERENCES "public"."program_weeks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_days" ADD CONSTRAINT "program_days_workout_id_workouts_id_fk" FOREIGN KEY ("workout_id") REFERENCES "public"."workouts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_weeks" ADD CONSTRAINT "program_weeks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_weeks" ADD CONSTRAINT "program_weeks_program_id_training_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."training_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_exercises" ADD CONSTRAINT "workout_exercises_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_exercises" ADD CONSTRAINT "workout_exercises_workout_id_workouts_id_fk" FOREIGN KEY ("workout_id") REFERENCES "public"."workouts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_exercises" ADD CONSTRAINT "workout_exercises_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_sessions" ADD CONSTRAINT "workout_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_sessions" ADD CONSTRAINT "workout_sessions_workout_id_workouts_id_fk" FOREIGN KEY ("workout_id") REFERENCES "public"."workouts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workout_sessions" ADD CONSTRAINT "workout_sessions_program_day_id_program_days_id_fk" FOREIGN KEY ("program_day_id") REFERENCES "public"."program_days"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workouts" ADD CONSTRAINT "workouts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_libraries" ADD CONSTRAINT "focus_libraries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_library_tracks" ADD CONSTRAINT "focus_library_tracks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_library_tracks" ADD CONSTRAINT "focus_library_tracks_library_id_focus_libraries_id_fk" FOREIGN KEY ("library_id") REFERENCES "public"."focus_libraries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_library_tracks" ADD CONSTRAINT "focus_library_tracks_track_id_reference_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."reference_tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_pause_state" ADD CONSTRAINT "focus_pause_state_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_pause_state" ADD CONSTRAINT "focus_pause_state_session_id_focus_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."focus_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_presets" ADD CONSTRAINT "focus_presets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_sessions" ADD CONSTRAINT "focus_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_events" ADD CONSTRAINT "analysis_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_events" ADD CONSTRAINT "analysis_events_analysis_id_track_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."track_analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_frame_data" ADD CONSTRAINT "analysis_frame_data_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_frame_data" ADD CONSTRAINT "analysis_frame_data_manifest_id_analysis_frame_manifests_id_fk" FOREIGN KEY ("manifest_id") REFERENCES "public"."analysis_frame_manifests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_frame_manifests" ADD CONSTRAINT "analysis_frame_manifests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_frame_manifests" ADD CONSTRAINT "analysis_frame_manifests_analysis_id_track_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."track_analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_activity_event_id_activity_events_id_fk" FOREIGN KEY ("activity_event_id") REFERENCES "public"."activity_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_skill_key_skill_definitions_key_fk" FOREIGN KEY ("skill_key") REFERENCES "public"."skill_definitions"("key") ON DELETE set null ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "user_achievements" ADD CONSTRAINT "user_achievements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_achievements" ADD CONSTRAINT "user_achievements_achievement_key_achievement_definitions_key_fk" FOREIGN KEY ("achievement_key") REFERENCES "public"."achievement_definitions"("key") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "user_progress" ADD CONSTRAINT "user_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_skill_key_skill_definitions_key_fk" FOREIGN KEY ("skill_key") REFERENCES "public"."skill_definitions"("key") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "user_streaks" ADD CONSTRAINT "user_streaks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_wallet" ADD CONSTRAINT "user_wallet_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_milestones" ADD CONSTRAINT "goal_milestones_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_milestones" ADD CONSTRAINT "goal_milestones_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "habit_logs" ADD CONSTRAINT "habit_logs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "habit_logs" ADD CONSTRAINT "habit_logs_habit_id_habits_id_fk" FOREIGN KEY ("habit_id") REFERENCES "public"."habits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "habits" ADD CONSTRAINT "habits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_items" ADD CONSTRAINT "inbox_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infobase_entries" ADD CONSTRAINT "infobase_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learn_drills" ADD CONSTRAINT "learn_drills_topic_id_learn_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."learn_topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learn_lessons" ADD CONSTRAINT "learn_lessons_topic_id_learn_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."learn_topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learn_lessons" ADD CONSTRAINT "learn_lessons_skill_key_skill_definitions_key_fk" FOREIGN KEY ("skill_key") REFERENCES "public"."skill_definitions"("key") ON DELETE set null ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "user_drill_stats" ADD CONSTRAINT "user_drill_stats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_drill_stats" ADD CONSTRAINT "user_drill_stats_drill_id_learn_drills_id_fk" FOREIGN KEY ("drill_id") REFERENCES "public"."learn_drills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_lesson_progress" ADD CONSTRAINT "user_lesson_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_lesson_progress" ADD CONSTRAINT "user_lesson_progress_lesson_id_learn_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."learn_lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_prompt_presets" ADD CONSTRAINT "listening_prompt_presets_template_id_listening_prompt_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."listening_prompt_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_recommendations" ADD CONSTRAINT "market_recommendations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_recommendations" ADD CONSTRAINT "market_recommendations_item_id_market_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."market_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_transactions" ADD CONSTRAINT "market_transactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_transactions" ADD CONSTRAINT "market_transactions_item_id_market_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."market_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_transactions" ADD CONSTRAINT "market_transactions_purchase_id_user_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."user_purchases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_transactions" ADD CONSTRAINT "market_transactions_personal_reward_id_personal_rewards_id_fk" FOREIGN KEY ("personal_reward_id") REFERENCES "public"."personal_rewards"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_transactions" ADD CONSTRAINT "market_transactions_ledger_id_points_ledger_id_fk" FOREIGN KEY ("ledger_id") REFERENCES "public"."points_ledger"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_rewards" ADD CONSTRAINT "personal_rewards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_purchases" ADD CONSTRAINT "user_purchases_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_purchases" ADD CONSTRAINT "user_purchases_item_id_market_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."market_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_rewards" ADD CONSTRAINT "user_rewards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_rewards" ADD CONSTRAINT "user_rewards_item_id_market_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."market_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_steps" ADD CONSTRAINT "onboarding_steps_flow_id_onboarding_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."onboarding_flows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_onboarding_responses" ADD CONSTRAINT "user_onboarding_responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_onboarding_responses" ADD CONSTRAINT "user_onboarding_responses_step_id_onboarding_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."onboarding_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_onboarding_state" ADD CONSTRAINT "user_onboarding_state_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_onboarding_state" ADD CONSTRAINT "user_onboarding_state_flow_id_onboarding_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."onboarding_flows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_onboarding_state" ADD CONSTRAINT "user_onboarding_state_current_step_id_onboarding_steps_id_fk" FOREIGN KEY ("current_step_id") REFERENCES "public"."onboarding_steps"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_plan_items" ADD CONSTRAINT "daily_plan_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_plan_items" ADD CONSTRAINT "daily_plan_items_plan_id_daily_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."daily_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_plans" ADD CONSTRAINT "daily_plans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "universal_quests" ADD CONSTRAINT "universal_quests_skill_key_skill_definitions_key_fk" FOREIGN KEY ("skill_key") REFERENCES "public"."skill_definitions"("key") ON DELETE set null ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "user_quest_progress" ADD CONSTRAINT "user_quest_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_quest_progress" ADD CONSTRAINT "user_quest_progress_quest_id_universal_quests_id_fk" FOREIGN KEY ("quest_id") REFERENCES "public"."universal_quests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_quests" ADD CONSTRAINT "user_quests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_tracks" ADD CONSTRAINT "reference_tracks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_tracks" ADD CONSTRAINT "reference_tracks_blob_key_blobs_key_fk" FOREIGN KEY ("blob_key") REFERENCES "public"."blobs"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_analyses" ADD CONSTRAINT "track_analyses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_analyses" ADD CONSTRAINT "track_analyses_track_id_reference_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."reference_tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_annotations" ADD CONSTRAINT "track_annotations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_annotations" ADD CONSTRAINT "track_annotations_track_id_reference_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."reference_tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_regions" ADD CONSTRAINT "track_regions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_regions" ADD CONSTRAINT "track_regions_track_id_reference_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."reference_tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_references" ADD CONSTRAINT "user_references_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_settings" ADD CONSTRAINT "user_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realtime_events" ADD CONSTRAINT "realtime_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_provider_account_key" ON "accounts" USING btree ("provider","provider_account_id");--> statement-breakpoint
CREATE INDEX "accounts_user_id_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "authenticators_credential_id_key" ON "authenticators" USING btree ("credential_id");--> statement-breakpoint
CREATE INDEX "authenticators_user_id_idx" ON "authenticators" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "entitlements_name_key" ON "entitlements" USING btree ("name");--> statement-breakpoint
CREATE INDEX "oauth_states_expires_at_idx" ON "oauth_states" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "role_entitlements_entitlement_id_idx" ON "role_entitlements" USING btree ("entitlement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "roles_name_key" ON "roles" USING btree ("name");--> statement-breakpoint
CREATE INDEX "roles_parent_role_id_idx" ON "roles" USING btree ("parent_role_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "user_roles_role_id_idx" ON "user_roles" USING btree ("role_id");--> statement-breakpoint
CREATE INDEX "user_roles_granted_by_idx" ON "user_roles" USING btree ("granted_by");--> statement-breakpoint
CREATE UNIQUE INDEX "verification_tokens_token_key" ON "verification_tokens" USING btree ("token");--> statement-breakpoint
CREATE INDEX "verification_tokens_expires_idx" ON "verification_tokens" USING btree ("expires");--> statement-breakpoint
CREATE INDEX "verification_tokens_user_id_idx" ON "verification_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "blobs_user_created_idx" ON "blobs" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "blobs_created_idx" ON "blobs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "books_user_updated_idx" ON "books" USING btree ("user_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "books_user_status_updated_idx" ON "books" USING btree ("user_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "books_cover_blob_idx" ON "books" USING btree ("cover_blob_key");--> statement-breakpoint
CREATE INDEX "reading_sessions_book_read_idx" ON "reading_sessions" USING btree ("book_id","read_at","id");--> statement-breakpoint
CREATE INDEX "reading_sessions_user_read_idx" ON "reading_sessions" USING btree ("user_id","read_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_event_exceptions_event_occurrence_key" ON "calendar_event_exceptions" USING btree ("event_id","occurrence_start");--> statement-breakpoint
CREATE INDEX "calendar_event_exceptions_user_idx" ON "calendar_event_exceptions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "calendar_events_user_start_idx" ON "calendar_events" USING btree ("user_id","start_time","id");--> statement-breakpoint
CREATE INDEX "calendar_events_user_recurring_idx" ON "calendar_events" USING btree ("user_id","start_time") WHERE "calendar_events"."recurrence_rule" is not null;--> statement-breakpoint
CREATE INDEX "calendar_events_workout_idx" ON "calendar_events" USING btree ("workout_id");--> statement-breakpoint
CREATE INDEX "calendar_events_habit_idx" ON "calendar_events" USING btree ("habit_id");--> statement-breakpoint
CREATE INDEX "calendar_events_goal_idx" ON "calendar_events" USING btree ("goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_token_hash_key" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feed_tokens_user_created_idx" ON "calendar_feed_tokens" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "exercise_sets_session_idx" ON "exercise_sets" USING btree ("session_id","set_number","id");--> statement-breakpoint
CREATE INDEX "exercise_sets_user_exercise_idx" ON "exercise_sets" USING btree ("user_id","exercise_id","completed_at");--> statement-breakpoint
CREATE INDEX "exercise_sets_exercise_idx" ON "exercise_sets" USING btree ("exercise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exercises_key" ON "exercises" USING btree ("key");--> statement-breakpoint
CREATE INDEX "exercises_name_idx" ON "exercises" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "exercises_user_name_idx" ON "exercises" USING btree ("user_id","name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "personal_records_user_exercise_type_key" ON "personal_records" USING btree ("user_id","exercise_id","record_type");--> statement-breakpoint
CREATE INDEX "personal_records_user_achieved_idx" ON "personal_records" USING btree ("user_id","achieved_at","id");--> statement-breakpoint
CREATE INDEX "personal_records_exercise_idx" ON "personal_records" USING btree ("exercise_id");--> statement-breakpoint
CREATE INDEX "personal_records_set_idx" ON "personal_records" USING btree ("set_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_days_week_day_key" ON "program_days" USING btree ("week_id","day_of_week");--> statement-breakpoint
CREATE INDEX "program_days_workout_idx" ON "program_days" USING btree ("workout_id");--> statement-breakpoint
CREATE INDEX "program_days_user_idx" ON "program_days" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_weeks_program_week_key" ON "program_weeks" USING btree ("program_id","week_number");--> statement-breakpoint
CREATE INDEX "program_weeks_user_idx" ON "program_weeks" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "training_programs_user_created_idx" ON "training_programs" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_programs_one_active_per_user" ON "training_programs" USING btree ("user_id") WHERE "training_programs"."is_active";--> statement-breakpoint
CREATE INDEX "workout_exercises_workout_order_idx" ON "workout_exercises" USING btree ("workout_id","sort_order","id");--> statement-breakpoint
CREATE INDEX "workout_exercises_exercise_idx" ON "workout_exercises" USING btree ("exercise_id");--> statement-breakpoint
CREATE INDEX "workout_exercises_user_idx" ON "workout_exercises" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "workout_sessions_user_started_idx" ON "workout_sessions" USING btree ("user_id","started_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "workout_sessions_one_active_per_user" ON "workout_sessions" USING btree ("user_id") WHERE "workout_sessions"."status" = 'active';--> statement-breakpoint
CREATE INDEX "workout_sessions_workout_idx" ON "workout_sessions" USING btree ("workout_id");--> statement-breakpoint
CREATE INDEX "workout_sessions_program_day_idx" ON "workout_sessions" USING btree ("program_day_id");--> statement-breakpoint
CREATE INDEX "workouts_user_created_idx" ON "workouts" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "feedback_user_created_idx" ON "feedback" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "feedback_status_created_idx" ON "feedback" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "feedback_created_idx" ON "feedback" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "focus_libraries_user_created_idx" ON "focus_libraries" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "focus_library_tracks_library_track_key" ON "focus_library_tracks" USING btree ("library_id","track_id");--> statement-breakpoint
CREATE INDEX "focus_library_tracks_library_order_idx" ON "focus_library_tracks" USING btree ("library_id","sort_order","id");--> statement-breakpoint
CREATE INDEX "focus_library_tracks_track_idx" ON "focus_library_tracks" USING btree ("track_id");--> statement-breakpoint
CREATE INDEX "focus_library_tracks_user_idx" ON "focus_library_tracks" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "focus_pause_state_session_key" ON "focus_pause_state" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "focus_pause_state_user_idx" ON "focus_pause_state" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "focus_presets_user_order_idx" ON "focus_presets" USING btree ("user_id","sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "focus_presets_one_default_per_user" ON "focus_presets" USING btree ("user_id") WHERE "focus_presets"."is_default";--> statement-breakpoint
CREATE INDEX "focus_sessions_user_started_idx" ON "focus_sessions" USING btree ("user_id","started_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "focus_sessions_one_open_per_user" ON "focus_sessions" USING btree ("user_id") WHERE "focus_sessions"."status" in ('active', 'paused');--> statement-breakpoint
CREATE INDEX "analysis_events_analysis_time_idx" ON "analysis_events" USING btree ("analysis_id","time_ms","id");--> statement-breakpoint
CREATE INDEX "analysis_events_analysis_type_time_idx" ON "analysis_events" USING btree ("analysis_id","event_type","time_ms");--> statement-breakpoint
CREATE INDEX "analysis_events_user_idx" ON "analysis_events" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "analysis_frame_data_manifest_chunk_key" ON "analysis_frame_data" USING btree ("manifest_id","chunk_index");--> statement-breakpoint
CREATE INDEX "analysis_frame_data_user_idx" ON "analysis_frame_data" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "analysis_frame_manifests_analysis_key" ON "analysis_frame_manifests" USING btree ("analysis_id");--> statement-breakpoint
CREATE INDEX "analysis_frame_manifests_user_idx" ON "analysis_frame_manifests" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "achievement_definitions_sort_idx" ON "achievement_definitions" USING btree ("sort_order","id");--> statement-breakpoint
CREATE INDEX "activity_events_user_occurred_idx" ON "activity_events" USING btree ("user_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "activity_events_user_type_date_idx" ON "activity_events" USING btree ("user_id","event_type","local_date");--> statement-breakpoint
CREATE INDEX "activity_events_user_date_idx" ON "activity_events" USING btree ("user_id","local_date");--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_user_idempotency_key" ON "points_ledger" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "points_ledger_user_created_idx" ON "points_ledger" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "points_ledger_activity_event_idx" ON "points_ledger" USING btree ("activity_event_id");--> statement-breakpoint
CREATE INDEX "points_ledger_skill_key_idx" ON "points_ledger" USING btree ("skill_key");--> statement-breakpoint
CREATE INDEX "skill_definitions_sort_idx" ON "skill_definitions" USING btree ("sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_achievements_user_key" ON "user_achievements" USING btree ("user_id","achievement_key");--> statement-breakpoint
CREATE INDEX "user_achievements_user_earned_idx" ON "user_achievements" USING btree ("user_id","earned_at","id");--> statement-breakpoint
CREATE INDEX "user_achievements_key_idx" ON "user_achievements" USING btree ("achievement_key");--> statement-breakpoint
CREATE UNIQUE INDEX "user_progress_user_key" ON "user_progress" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_skills_user_skill_key" ON "user_skills" USING btree ("user_id","skill_key");--> statement-breakpoint
CREATE INDEX "user_skills_skill_key_idx" ON "user_skills" USING btree ("skill_key");--> statement-breakpoint
CREATE UNIQUE INDEX "user_streaks_user_type_key" ON "user_streaks" USING btree ("user_id","streak_type");--> statement-breakpoint
CREATE UNIQUE INDEX "user_wallet_user_key" ON "user_wallet" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "goal_milestones_goal_order_idx" ON "goal_milestones" USING btree ("goal_id","sort_order","id");--> statement-breakpoint
CREATE INDEX "goal_milestones_user_idx" ON "goal_milestones" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "goals_user_order_idx" ON "goals" USING btree ("user_id","sort_order","id");--> statement-breakpoint
CREATE INDEX "goals_user_active_order_idx" ON "goals" USING btree ("user_id","sort_order","id") WHERE "goals"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "habit_logs_habit_date_key" ON "habit_logs" USING btree ("habit_id","log_date");--> statement-breakpoint
CREATE INDEX "habit_logs_user_date_idx" ON "habit_logs" USING btree ("user_id","log_date");--> statement-breakpoint
CREATE INDEX "habits_user_order_idx" ON "habits" USING btree ("user_id","sort_order","id");--> statement-breakpoint
CREATE INDEX "habits_user_active_order_idx" ON "habits" USING btree ("user_id","sort_order","id") WHERE "habits"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "ideas_user_updated_idx" ON "ideas" USING btree ("user_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "ideas_user_open_idx" ON "ideas" USING btree ("user_id","is_pinned","updated_at","id") WHERE "ideas"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "ideas_search_idx" ON "ideas" USING gin ("search");--> statement-breakpoint
CREATE INDEX "ideas_tags_idx" ON "ideas" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "inbox_items_user_created_idx" ON "inbox_items" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "inbox_items_user_open_idx" ON "inbox_items" USING btree ("user_id","created_at","id") WHERE "inbox_items"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "inbox_items_user_unread_idx" ON "inbox_items" USING btree ("user_id") WHERE "inbox_items"."read_at" is null and "inbox_items"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "infobase_entries_user_updated_idx" ON "infobase_entries" USING btree ("user_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "infobase_entries_user_open_idx" ON "infobase_entries" USING btree ("user_id","is_pinned","updated_at","id") WHERE "infobase_entries"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "infobase_entries_search_idx" ON "infobase_entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "infobase_entries_tags_idx" ON "infobase_entries" USING gin ("tags");--> statement-breakpoint
CREATE UNIQUE INDEX "learn_drills_key" ON "learn_drills" USING btree ("key");--> statement-breakpoint
CREATE INDEX "learn_drills_topic_order_idx" ON "learn_drills" USING btree ("topic_id","sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "learn_lessons_key" ON "learn_lessons" USING btree ("key");--> statement-breakpoint
CREATE INDEX "learn_lessons_topic_order_idx" ON "learn_lessons" USING btree ("topic_id","sort_order","id");--> statement-breakpoint
CREATE INDEX "learn_lessons_skill_key_idx" ON "learn_lessons" USING btree ("skill_key");--> statement-breakpoint
CREATE UNIQUE INDEX "learn_topics_key" ON "learn_topics" USING btree ("key");--> statement-breakpoint
CREATE INDEX "learn_topics_order_idx" ON "learn_topics" USING btree ("sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_drill_stats_user_drill_key" ON "user_drill_stats" USING btree ("user_id","drill_id");--> statement-breakpoint
CREATE INDEX "user_drill_stats_user_updated_idx" ON "user_drill_stats" USING btree ("user_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "user_drill_stats_drill_idx" ON "user_drill_stats" USING btree ("drill_id");--> statement-breakpoint
CREATE INDEX "user_drill_stats_user_due_idx" ON "user_drill_stats" USING btree ("user_id","due") WHERE "user_drill_stats"."due" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "user_lesson_progress_user_lesson_key" ON "user_lesson_progress" USING btree ("user_id","lesson_id");--> statement-breakpoint
CREATE INDEX "user_lesson_progress_user_updated_idx" ON "user_lesson_progress" USING btree ("user_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "user_lesson_progress_lesson_idx" ON "user_lesson_progress" USING btree ("lesson_id");--> statement-breakpoint
CREATE INDEX "user_lesson_progress_user_due_idx" ON "user_lesson_progress" USING btree ("user_id","due") WHERE "user_lesson_progress"."due" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "listening_prompt_presets_key" ON "listening_prompt_presets" USING btree ("key");--> statement-breakpoint
CREATE INDEX "listening_prompt_presets_template_idx" ON "listening_prompt_presets" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "listening_prompt_presets_type_order_idx" ON "listening_prompt_presets" USING btree ("preset_type","sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "listening_prompt_templates_key" ON "listening_prompt_templates" USING btree ("key");--> statement-breakpoint
CREATE INDEX "listening_prompt_templates_category_order_idx" ON "listening_prompt_templates" USING btree ("category","sort_order","id");--> statement-breakpoint
CREATE INDEX "listening_prompt_templates_order_idx" ON "listening_prompt_templates" USING btree ("sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "market_items_key" ON "market_items" USING btree ("key");--> statement-breakpoint
CREATE INDEX "market_items_category_order_idx" ON "market_items" USING btree ("category","sort_order","id");--> statement-breakpoint
CREATE INDEX "market_items_order_idx" ON "market_items" USING btree ("sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "market_recommendations_user_item_key" ON "market_recommendations" USING btree ("user_id","item_id");--> statement-breakpoint
CREATE INDEX "market_recommendations_user_score_idx" ON "market_recommendations" USING btree ("user_id","score","id");--> statement-breakpoint
CREATE INDEX "market_recommendations_item_idx" ON "market_recommendations" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "market_transactions_user_created_idx" ON "market_transactions" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "market_transactions_item_idx" ON "market_transactions" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "market_transactions_purchase_idx" ON "market_transactions" USING btree ("purchase_id");--> statement-breakpoint
CREATE INDEX "market_transactions_personal_reward_idx" ON "market_transactions" USING btree ("personal_reward_id");--> statement-breakpoint
CREATE INDEX "market_transactions_ledger_idx" ON "market_transactions" USING btree ("ledger_id");--> statement-breakpoint
CREATE INDEX "personal_rewards_user_order_idx" ON "personal_rewards" USING btree ("user_id","sort_order","id");--> statement-breakpoint
CREATE INDEX "user_purchases_user_created_idx" ON "user_purchases" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "user_purchases_user_held_idx" ON "user_purchases" USING btree ("user_id","item_id") WHERE "user_purchases"."status" in ('purchased', 'redeemed');--> statement-breakpoint
CREATE INDEX "user_purchases_item_idx" ON "user_purchases" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_rewards_user_source_key" ON "user_rewards" USING btree ("user_id","source_type","source_key");--> statement-breakpoint
CREATE INDEX "user_rewards_user_created_idx" ON "user_rewards" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "user_rewards_user_unclaimed_idx" ON "user_rewards" USING btree ("user_id","created_at") WHERE "user_rewards"."claimed_at" is null;--> statement-breakpoint
CREATE INDEX "user_rewards_item_idx" ON "user_rewards" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_flows_key" ON "onboarding_flows" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_steps_flow_order_key" ON "onboarding_steps" USING btree ("flow_id","step_order");--> statement-breakpoint
CREATE UNIQUE INDEX "onboarding_steps_flow_key" ON "onboarding_steps" USING btree ("flow_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "user_onboarding_responses_user_step_key" ON "user_onboarding_responses" USING btree ("user_id","step_id");--> statement-breakpoint
CREATE INDEX "user_onboarding_responses_step_idx" ON "user_onboarding_responses" USING btree ("step_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_onboarding_state_user_key" ON "user_onboarding_state" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_onboarding_state_flow_idx" ON "user_onboarding_state" USING btree ("flow_id");--> statement-breakpoint
CREATE INDEX "user_onboarding_state_step_idx" ON "user_onboarding_state" USING btree ("current_step_id");--> statement-breakpoint
CREATE INDEX "daily_plan_items_plan_order_idx" ON "daily_plan_items" USING btree ("plan_id","sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "daily_plan_items_plan_ref_key" ON "daily_plan_items" USING btree ("plan_id","kind","ref_id") WHERE "daily_plan_items"."ref_id" is not null;--> statement-breakpoint
CREATE INDEX "daily_plan_items_user_idx" ON "daily_plan_items" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "daily_plans_user_date_key" ON "daily_plans" USING btree ("user_id","plan_date");--> statement-breakpoint
CREATE UNIQUE INDEX "universal_quests_key" ON "universal_quests" USING btree ("key");--> statement-breakpoint
CREATE INDEX "universal_quests_period_order_idx" ON "universal_quests" USING btree ("period","sort_order","id");--> statement-breakpoint
CREATE INDEX "universal_quests_skill_key_idx" ON "universal_quests" USING btree ("skill_key");--> statement-breakpoint
CREATE UNIQUE INDEX "user_quest_progress_user_quest_period_key" ON "user_quest_progress" USING btree ("user_id","quest_id","period_key");--> statement-breakpoint
CREATE INDEX "user_quest_progress_user_period_idx" ON "user_quest_progress" USING btree ("user_id","period_key");--> statement-breakpoint
CREATE INDEX "user_quest_progress_quest_idx" ON "user_quest_progress" USING btree ("quest_id");--> statement-breakpoint
CREATE INDEX "user_quests_user_created_idx" ON "user_quests" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "user_quests_user_open_idx" ON "user_quests" USING btree ("user_id","created_at","id") WHERE "user_quests"."status" in ('active', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "reference_tracks_blob_key" ON "reference_tracks" USING btree ("blob_key");--> statement-breakpoint
CREATE INDEX "reference_tracks_user_created_idx" ON "reference_tracks" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "track_analyses_track_created_idx" ON "track_analyses" USING btree ("track_id","created_at","id");--> statement-breakpoint
CREATE INDEX "track_analyses_user_created_idx" ON "track_analyses" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "track_analyses_queue_idx" ON "track_analyses" USING btree ("run_after","created_at") WHERE "track_analyses"."status" in ('queued', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "track_analyses_one_open_per_track" ON "track_analyses" USING btree ("track_id") WHERE "track_analyses"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "track_annotations_track_start_idx" ON "track_annotations" USING btree ("track_id","start_ms","id");--> statement-breakpoint
CREATE INDEX "track_annotations_user_created_idx" ON "track_annotations" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "track_regions_track_start_idx" ON "track_regions" USING btree ("track_id","start_ms","id");--> statement-breakpoint
CREATE INDEX "track_regions_user_created_idx" ON "track_regions" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "user_references_user_updated_idx" ON "user_references" USING btree ("user_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "user_references_user_open_idx" ON "user_references" USING btree ("user_id","is_pinned","updated_at","id") WHERE "user_references"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "user_references_search_idx" ON "user_references" USING gin ("search");--> statement-breakpoint
CREATE INDEX "user_references_tags_idx" ON "user_references" USING gin ("tags");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_user_id_idx" ON "audit_log" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_event_type_idx" ON "audit_log" USING btree ("event_type","created_at");--> statement-breakpoint
CREATE INDEX "realtime_events_user_id_idx" ON "realtime_events" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "realtime_events_created_at_idx" ON "realtime_events" USING btree ("created_at");