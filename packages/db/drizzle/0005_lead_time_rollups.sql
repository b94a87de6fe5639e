CREATE TABLE "cohort_lead_times" (
	"scheme_code" text NOT NULL,
	"received_month" text NOT NULL,
	"t" integer NOT NULL,
	"events" integer NOT NULL,
	"censored" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections_per_day" (
	"received_on" date NOT NULL,
	"scheme_code" text NOT NULL,
	"objections" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weekly_lead_times" (
	"week_start" date NOT NULL,
	"scheme_code" text NOT NULL,
	"basis" text NOT NULL,
	"decisions" integer NOT NULL,
	"p50" integer NOT NULL,
	"p80" integer NOT NULL,
	"p95" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "cohort_lead_times_idx" ON "cohort_lead_times" USING btree ("scheme_code","received_month");--> statement-breakpoint
CREATE INDEX "objections_per_day_idx" ON "objections_per_day" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "weekly_lead_times_idx" ON "weekly_lead_times" USING btree ("week_start","scheme_code");