-- Rollups are derived data: emptied here, rebuilt by migrate() when data are present.
TRUNCATE "daily_flows", "first_decisions", "open_by_received", "weekly_flows";--> statement-breakpoint
ALTER TABLE "daily_flows" ADD COLUMN "area" text NOT NULL;--> statement-breakpoint
ALTER TABLE "first_decisions" ADD COLUMN "area" text NOT NULL;--> statement-breakpoint
ALTER TABLE "first_decisions" ADD COLUMN "paused_days" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "open_by_received" ADD COLUMN "municipality_code" text NOT NULL;--> statement-breakpoint
ALTER TABLE "open_by_received" ADD COLUMN "area" text NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_flows" ADD COLUMN "municipality_code" text NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_flows" ADD COLUMN "area" text NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_flows" ADD COLUMN "cumulative_inflow" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_flows" ADD COLUMN "cumulative_outflow" integer NOT NULL;