CREATE TABLE "user_counters" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "user_counters_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "user_counters" ADD CONSTRAINT "user_counters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- The activity recorded so far, counted once; from here on the game layer keeps these counters as it writes.
INSERT INTO "user_counters" ("user_id", "key", "value")
SELECT user_id, key, sum(n) FROM (
  SELECT e.user_id, 'game:count:' || e.event_type AS key, 1 AS n FROM "activity_events" e
  UNION ALL
  SELECT e.user_id, 'game:total:' || t.metric, t.amount
  FROM "activity_events" e CROSS JOIN LATERAL (VALUES
    ('focus_minutes', CASE WHEN e.event_type = 'focus_complete' AND coalesce(e.data ->> 'mode', 'focus') NOT IN ('short_break', 'long_break') THEN floor(floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'focused_seconds') = 'number' THEN (e.data ->> 'focused_seconds')::numeric ELSE 0 END)) / 60) ELSE 0 END),
    ('pages_read', CASE WHEN e.event_type = 'reading_session' THEN floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'pages') = 'number' THEN (e.data ->> 'pages')::numeric ELSE 0 END)) ELSE 0 END),
    ('reading_minutes', CASE WHEN e.event_type = 'reading_session' THEN floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'minutes') = 'number' THEN (e.data ->> 'minutes')::numeric ELSE 0 END)) ELSE 0 END),
    ('exercise_minutes', CASE WHEN e.event_type = 'workout_complete' THEN floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'minutes') = 'number' THEN (e.data ->> 'minutes')::numeric ELSE 0 END)) ELSE 0 END)
  ) AS t(metric, amount)
  WHERE t.amount > 0
  UNION ALL
  SELECT e.user_id, 'game:seconds:' || e.event_type || ':' || (CASE e.event_type WHEN 'focus_complete' THEN floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'focused_seconds') = 'number' THEN (e.data ->> 'focused_seconds')::numeric ELSE 0 END))
      WHEN 'workout_complete' THEN floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'minutes') = 'number' THEN (e.data ->> 'minutes')::numeric ELSE 0 END)) * 60 WHEN 'reading_session' THEN floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'minutes') = 'number' THEN (e.data ->> 'minutes')::numeric ELSE 0 END)) * 60
      ELSE floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'duration_seconds') = 'number' THEN (e.data ->> 'duration_seconds')::numeric ELSE 0 END)) END)::bigint, 1
  FROM "activity_events" e WHERE (CASE e.event_type WHEN 'focus_complete' THEN floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'focused_seconds') = 'number' THEN (e.data ->> 'focused_seconds')::numeric ELSE 0 END))
      WHEN 'workout_complete' THEN floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'minutes') = 'number' THEN (e.data ->> 'minutes')::numeric ELSE 0 END)) * 60 WHEN 'reading_session' THEN floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'minutes') = 'number' THEN (e.data ->> 'minutes')::numeric ELSE 0 END)) * 60
      ELSE floor(greatest(0, CASE WHEN jsonb_typeof(e.data -> 'duration_seconds') = 'number' THEN (e.data ->> 'duration_seconds')::numeric ELSE 0 END)) END) > 0
) c GROUP BY user_id, key HAVING sum(n) <> 0;
--> statement-breakpoint
-- The inbox badge: unread items still in the inbox, kept by the inbox's writes from here on.
INSERT INTO "user_counters" ("user_id", "key", "value")
SELECT user_id, 'inbox:unread', count(*) FROM "inbox_items"
WHERE read_at IS NULL AND archived_at IS NULL GROUP BY user_id;
