-- Every instance keeps what it read of the catalogue tables (platform/catalogues.ts). A change to
-- one notifies the channel `cadence_catalogue` with the table's name, at commit, whatever made it
-- (the seeds at start-up, an administrator, an operator's SQL). A module that adds a catalogue
-- table adds its trigger in its own migration.
CREATE FUNCTION cadence_notify_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cadence_catalogue', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER achievement_definitions_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "achievement_definitions"
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER universal_quests_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "universal_quests"
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_catalogue_changed();
--> statement-breakpoint
CREATE TRIGGER skill_definitions_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "skill_definitions"
  FOR EACH STATEMENT EXECUTE FUNCTION cadence_notify_catalogue_changed();
