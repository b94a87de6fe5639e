CREATE TABLE "weekly_flows" (
	"week_start" date NOT NULL,
	"scheme_code" text NOT NULL,
	"inflow" integer NOT NULL,
	"outflow" integer NOT NULL,
	"reopened" integer NOT NULL,
	"withdrawn" integer NOT NULL,
	"paused" integer NOT NULL,
	"resumed" integer NOT NULL,
	"stock" integer NOT NULL,
	"paused_stock" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "weekly_flows_week_idx" ON "weekly_flows" USING btree ("week_start","scheme_code");