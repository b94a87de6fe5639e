CREATE TABLE "aos_reports" (
	"id" integer PRIMARY KEY NOT NULL,
	"object_id" integer NOT NULL,
	"reported_on" date NOT NULL,
	"valid" boolean NOT NULL,
	"resolved_on" date,
	"shared_with_ncg" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" integer PRIMARY KEY NOT NULL,
	"scheme_code" text NOT NULL,
	"object_id" integer NOT NULL,
	"applicant_kind" text NOT NULL,
	"received_on" date NOT NULL,
	"decided_on" date,
	"outcome" text,
	"amount_cents" bigint,
	"pre_registered" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "applications_applicant_kind_check" CHECK (applicant_kind in ('natuurlijk_persoon', 'rechtspersoon')),
	CONSTRAINT "applications_status_check" CHECK (status in ('ontvangen', 'in_behandeling', 'opname', 'advies', 'aangehouden', 'besluit', 'besluit_herroepen', 'uitbetaald', 'herstel_gestart', 'herstel_gereed', 'ingetrokken')),
	CONSTRAINT "applications_outcome_check" CHECK (outcome is null or outcome in ('toegekend', 'deels_toegekend', 'afgewezen')),
	CONSTRAINT "applications_amount_check" CHECK ("applications"."amount_cents" is null or "applications"."amount_cents" >= 0),
	CONSTRAINT "applications_decided_check" CHECK ("applications"."decided_on" is null or "applications"."decided_on" >= "applications"."received_on")
);
--> statement-breakpoint
CREATE TABLE "contractors" (
	"id" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kvk_number" text NOT NULL,
	"city" text NOT NULL,
	"admitted_on" date NOT NULL,
	"weekly_capacity_hours" integer NOT NULL,
	CONSTRAINT "contractors_kvk_check" CHECK ("contractors"."kvk_number" ~ '^[0-9]{8}$')
);
--> statement-breakpoint
CREATE TABLE "dataset_info" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" integer PRIMARY KEY NOT NULL,
	"repair_job_id" integer NOT NULL,
	"contractor_id" integer NOT NULL,
	"invoice_number" text NOT NULL,
	"invoice_date" date NOT NULL,
	"received_on" date NOT NULL,
	"amount_excl_vat_cents" bigint NOT NULL,
	"vat_cents" bigint NOT NULL,
	"amount_incl_vat_cents" bigint NOT NULL,
	"status" text NOT NULL,
	"paid_on" date,
	CONSTRAINT "invoices_status_check" CHECK (status in ('ontvangen', 'goedgekeurd', 'afgekeurd', 'betaald')),
	CONSTRAINT "invoices_total_check" CHECK ("invoices"."amount_incl_vat_cents" = "invoices"."amount_excl_vat_cents" + "invoices"."vat_cents")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"merged_into" text,
	CONSTRAINT "municipalities_province_check" CHECK (province in ('Groningen', 'Drenthe')),
	CONSTRAINT "municipalities_code_check" CHECK ("municipalities"."code" ~ '^GM[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" integer PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"decision_date" date NOT NULL,
	"received_on" date NOT NULL,
	"advisory_committee" boolean NOT NULL,
	"extension_weeks" smallint DEFAULT 0 NOT NULL,
	"suspension_days" integer DEFAULT 0 NOT NULL,
	"hearing_on" date,
	"decided_on" date,
	"outcome" text,
	"grounds" text[] NOT NULL,
	CONSTRAINT "objections_outcome_check" CHECK (outcome is null or outcome in ('gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk', 'ingetrokken')),
	CONSTRAINT "objections_received_check" CHECK ("objections"."received_on" >= "objections"."decision_date")
);
--> statement-breakpoint
CREATE TABLE "objects" (
	"id" integer PRIMARY KEY NOT NULL,
	"street" text NOT NULL,
	"house_number" integer NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"x_rd" integer NOT NULL,
	"y_rd" integer NOT NULL,
	"construction_year" smallint NOT NULL,
	"municipality_code" text NOT NULL,
	"area" text NOT NULL,
	CONSTRAINT "objects_area_check" CHECK (area in ('kern', 'rand')),
	CONSTRAINT "objects_postcode_check" CHECK ("objects"."postcode" ~ '^[1-9][0-9]{3}[A-Z]{2}$' and right("objects"."postcode", 2) not in ('SA', 'SD', 'SS'))
);
--> statement-breakpoint
CREATE TABLE "quakes" (
	"id" text PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"magnitude_ml" double precision NOT NULL,
	"depth_km" double precision,
	"x_rd" integer NOT NULL,
	"y_rd" integer NOT NULL,
	"field" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "repair_jobs" (
	"id" integer PRIMARY KEY NOT NULL,
	"contractor_id" integer NOT NULL,
	"application_id" integer NOT NULL,
	"assigned_on" date NOT NULL,
	"planned_start" date NOT NULL,
	"estimated_hours" integer NOT NULL,
	"completed_on" date,
	CONSTRAINT "repair_jobs_hours_check" CHECK ("repair_jobs"."estimated_hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "samenloop_cases" (
	"id" integer PRIMARY KEY NOT NULL,
	"object_id" integer NOT NULL,
	"application_id" integer,
	"started_on" date NOT NULL,
	"closed_on" date,
	"ncg_reference" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schemes" (
	"code" text PRIMARY KEY NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"is_final" boolean NOT NULL,
	"objection_term_weeks" smallint NOT NULL,
	"decision_target_days" smallint,
	"fixed_amount_cents" bigint,
	"weekly_capacity" integer,
	CONSTRAINT "schemes_code_check" CHECK (code in ('MAATWERK', 'VES', 'AVV', 'HEA', 'HIN', 'VHV', 'WDW', 'WDNW', 'IMS', 'STUW'))
);
--> statement-breakpoint
CREATE TABLE "status_events" (
	"id" integer PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"event_date" date NOT NULL,
	"registered_on" date NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	CONSTRAINT "status_events_to_status_check" CHECK (to_status in ('ontvangen', 'in_behandeling', 'opname', 'advies', 'aangehouden', 'besluit', 'besluit_herroepen', 'uitbetaald', 'herstel_gestart', 'herstel_gereed', 'ingetrokken')),
	CONSTRAINT "status_events_from_status_check" CHECK (from_status is null or from_status in ('ontvangen', 'in_behandeling', 'opname', 'advies', 'aangehouden', 'besluit', 'besluit_herroepen', 'uitbetaald', 'herstel_gestart', 'herstel_gereed', 'ingetrokken')),
	CONSTRAINT "status_events_registered_check" CHECK ("status_events"."registered_on" >= "status_events"."event_date")
);
--> statement-breakpoint
ALTER TABLE "aos_reports" ADD CONSTRAINT "aos_reports_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_scheme_code_schemes_code_fk" FOREIGN KEY ("scheme_code") REFERENCES "public"."schemes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_repair_job_id_repair_jobs_id_fk" FOREIGN KEY ("repair_job_id") REFERENCES "public"."repair_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_contractor_id_contractors_id_fk" FOREIGN KEY ("contractor_id") REFERENCES "public"."contractors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objects" ADD CONSTRAINT "objects_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_jobs" ADD CONSTRAINT "repair_jobs_contractor_id_contractors_id_fk" FOREIGN KEY ("contractor_id") REFERENCES "public"."contractors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_jobs" ADD CONSTRAINT "repair_jobs_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samenloop_cases" ADD CONSTRAINT "samenloop_cases_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samenloop_cases" ADD CONSTRAINT "samenloop_cases_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_events" ADD CONSTRAINT "status_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aos_reports_reported_idx" ON "aos_reports" USING btree ("reported_on");--> statement-breakpoint
CREATE INDEX "applications_scheme_received_idx" ON "applications" USING btree ("scheme_code","received_on");--> statement-breakpoint
CREATE INDEX "applications_object_idx" ON "applications" USING btree ("object_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contractors_kvk_idx" ON "contractors" USING btree ("kvk_number");--> statement-breakpoint
CREATE INDEX "invoices_repair_job_idx" ON "invoices" USING btree ("repair_job_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_contractor_number_idx" ON "invoices" USING btree ("contractor_id","invoice_number");--> statement-breakpoint
CREATE INDEX "objections_application_idx" ON "objections" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "objections_received_idx" ON "objections" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "objects_municipality_idx" ON "objects" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "quakes_occurred_idx" ON "quakes" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "repair_jobs_contractor_idx" ON "repair_jobs" USING btree ("contractor_id");--> statement-breakpoint
CREATE INDEX "repair_jobs_application_idx" ON "repair_jobs" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "samenloop_cases_object_idx" ON "samenloop_cases" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "status_events_application_idx" ON "status_events" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "status_events_to_status_date_idx" ON "status_events" USING btree ("to_status","event_date");