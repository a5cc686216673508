CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "reference_tracks_tags_idx" ON "reference_tracks" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "reference_tracks_title_trgm_idx" ON "reference_tracks" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "reference_tracks_artist_trgm_idx" ON "reference_tracks" USING gin ("artist" gin_trgm_ops);
