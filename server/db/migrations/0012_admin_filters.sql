CREATE INDEX "feedback_type_created_idx" ON "feedback" USING btree ("type","created_at","id");--> statement-breakpoint
CREATE INDEX "feedback_priority_created_idx" ON "feedback" USING btree ("priority","created_at","id");--> statement-breakpoint
CREATE INDEX "track_analyses_created_idx" ON "track_analyses" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "track_analyses_status_created_idx" ON "track_analyses" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_resource_type_idx" ON "audit_log" USING btree ("resource_type","created_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_resource_idx" ON "audit_log" USING btree ("resource_type","resource_id","created_at","id");