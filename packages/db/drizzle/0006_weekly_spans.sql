CREATE TABLE "weekly_spans" (
	"kind" text NOT NULL,
	"week_start" date NOT NULL,
	"opened" integer NOT NULL,
	"closed" integer NOT NULL,
	"open" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "weekly_spans_idx" ON "weekly_spans" USING btree ("kind","week_start");