CREATE TABLE "daily_flows" (
	"event_date" date NOT NULL,
	"registered_on" date NOT NULL,
	"scheme_code" text NOT NULL,
	"municipality_code" text NOT NULL,
	"inflow" integer NOT NULL,
	"outflow" integer NOT NULL,
	"reopened" integer NOT NULL,
	"withdrawn" integer NOT NULL,
	"paused" integer NOT NULL,
	"resumed" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "first_decisions" (
	"application_id" integer PRIMARY KEY NOT NULL,
	"scheme_code" text NOT NULL,
	"municipality_code" text NOT NULL,
	"received_on" date NOT NULL,
	"decided_on" date NOT NULL,
	"registered_on" date NOT NULL
);
--> statement-breakpoint
CREATE INDEX "daily_flows_event_idx" ON "daily_flows" USING btree ("event_date","scheme_code");--> statement-breakpoint
CREATE INDEX "first_decisions_scheme_decided_idx" ON "first_decisions" USING btree ("scheme_code","decided_on");--> statement-breakpoint
CREATE INDEX "first_decisions_scheme_received_idx" ON "first_decisions" USING btree ("scheme_code","received_on");