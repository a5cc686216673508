-- Every instance keeps signed-in sessions in memory for a few seconds (modules/auth/session-cache.ts).
-- Whatever changes what such an entry holds notifies the channel `cadence_auth` with the user's id
-- ('*' when it may concern everyone); NOTIFY is delivered at commit, so a rolled-back change tells
-- nothing. The triggers catch every path that writes: services, cascades, and an operator's SQL.

-- Sessions that end: sign-out, revocation, sign-out everywhere, expiry clean-up, a deleted user.
CREATE FUNCTION cadence_notify_sessions_ended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cadence_auth', ended.user_id::text)
  FROM (SELECT DISTINCT user_id FROM ended_sessions) AS ended;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_ended_notify AFTER DELETE ON "sessions"
  REFERENCING OLD TABLE AS ended_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_sessions_ended();
--> statement-breakpoint

-- The user behind a session: profile (name, picture, time zone, day start), terms and age,
-- disabling and deletion. Activity timestamps are left out: they change every minute and no
-- cached entry depends on them. A column added to users that sessions show belongs in the list.
CREATE FUNCTION cadence_notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cadence_auth', OLD.id::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_changed_notify AFTER UPDATE ON "users" FOR EACH ROW
  WHEN ((OLD.name, OLD.email, OLD.email_verified, OLD.image, OLD.timezone, OLD.day_start_hour,
         OLD.age_verified, OLD.tos_accepted_at, OLD.tos_version, OLD.disabled_at)
        IS DISTINCT FROM
        (NEW.name, NEW.email, NEW.email_verified, NEW.image, NEW.timezone, NEW.day_start_hour,
         NEW.age_verified, NEW.tos_accepted_at, NEW.tos_version, NEW.disabled_at))
  EXECUTE FUNCTION cadence_notify_user_changed();
--> statement-breakpoint
CREATE TRIGGER users_deleted_notify AFTER DELETE ON "users" FOR EACH ROW
  EXECUTE FUNCTION cadence_notify_user_changed();
--> statement-breakpoint

-- A role granted, changed (its expiry) or removed.
CREATE FUNCTION cadence_notify_grant_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('cadence_auth', OLD.user_id::text); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('cadence_auth', NEW.user_id::text); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER user_roles_changed_notify AFTER INSERT OR UPDATE OR DELETE ON "user_roles" FOR EACH ROW
  EXECUTE FUNCTION cadence_notify_grant_changed();
--> statement-breakpoint

-- The roles themselves, their parents or their permissions: anyone may hold them.
CREATE FUNCTION cadence_notify_everyone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cadence_auth', '*');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER roles_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "roles"
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_everyone();
--> statement-breakpoint
CREATE TRIGGER entitlements_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "entitlements"
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_everyone();
--> statement-breakpoint
CREATE TRIGGER role_entitlements_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "role_entitlements"
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_everyone();
