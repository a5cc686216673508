ALTER TABLE "track_analyses" DROP CONSTRAINT "track_analyses_status_valid";--> statement-breakpoint
DROP INDEX "analysis_frame_manifests_analysis_key";--> statement-breakpoint
ALTER TABLE "analysis_frame_manifests" ADD COLUMN "stored_bytes" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "analysis_frame_manifests_analysis_hop_key" ON "analysis_frame_manifests" USING btree ("analysis_id","hop_ms");--> statement-breakpoint
ALTER TABLE "track_analyses" ADD CONSTRAINT "track_analyses_status_valid" CHECK ("track_analyses"."status" in ('queued', 'running', 'completed', 'failed', 'cancelled'));