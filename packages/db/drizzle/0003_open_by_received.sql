CREATE TABLE "open_by_received" (
	"scheme_code" text NOT NULL,
	"received_on" date NOT NULL,
	"open" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "open_by_received_scheme_idx" ON "open_by_received" USING btree ("scheme_code","received_on");