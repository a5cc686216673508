ALTER TABLE "market_transactions" DROP CONSTRAINT "market_transactions_type_valid";--> statement-breakpoint
ALTER TABLE "user_purchases" ALTER COLUMN "item_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "achievement_definitions" ADD COLUMN "reward_item_key" text;--> statement-breakpoint
ALTER TABLE "market_items" ADD COLUMN "level_required" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "market_items" ADD COLUMN "available_from" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "market_items" ADD COLUMN "available_until" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "market_items" ADD COLUMN "is_featured" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "personal_rewards" ADD COLUMN "daily_limit" integer;--> statement-breakpoint
ALTER TABLE "user_purchases" ADD COLUMN "personal_reward_id" uuid;--> statement-breakpoint
ALTER TABLE "user_purchases" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "user_purchases" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "user_purchases" ADD COLUMN "receipt" jsonb;--> statement-breakpoint
ALTER TABLE "user_rewards" ADD COLUMN "purchase_id" uuid;--> statement-breakpoint
ALTER TABLE "user_purchases" ADD CONSTRAINT "user_purchases_personal_reward_id_personal_rewards_id_fk" FOREIGN KEY ("personal_reward_id") REFERENCES "public"."personal_rewards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_rewards" ADD CONSTRAINT "user_rewards_purchase_id_user_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."user_purchases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "user_purchases_user_idempotency_key" ON "user_purchases" USING btree ("user_id","idempotency_key") WHERE "user_purchases"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "user_purchases_reward_created_idx" ON "user_purchases" USING btree ("personal_reward_id","created_at");--> statement-breakpoint
CREATE INDEX "user_rewards_purchase_idx" ON "user_rewards" USING btree ("purchase_id");--> statement-breakpoint
ALTER TABLE "market_items" ADD CONSTRAINT "market_items_level_required_range" CHECK ("market_items"."level_required" between 1 and 1000);--> statement-breakpoint
ALTER TABLE "market_items" ADD CONSTRAINT "market_items_window_ordered" CHECK ("market_items"."available_from" is null or "market_items"."available_until" is null or "market_items"."available_from" < "market_items"."available_until");--> statement-breakpoint
ALTER TABLE "market_transactions" ADD CONSTRAINT "market_transactions_type_valid" CHECK ("market_transactions"."type" in ('purchase', 'redeem', 'refund', 'equip', 'unequip', 'claim'));--> statement-breakpoint
ALTER TABLE "personal_rewards" ADD CONSTRAINT "personal_rewards_daily_limit_range" CHECK ("personal_rewards"."daily_limit" between 1 and 100);--> statement-breakpoint
ALTER TABLE "user_purchases" ADD CONSTRAINT "user_purchases_one_thing" CHECK (num_nonnulls("user_purchases"."item_id", "user_purchases"."personal_reward_id") = 1);