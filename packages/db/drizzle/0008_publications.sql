CREATE TABLE "publication_answers" (
	"publication_id" integer NOT NULL,
	"procedure" text NOT NULL,
	"input" text NOT NULL,
	"answer" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "publications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"week" text NOT NULL,
	"version" integer NOT NULL,
	"as_of" date NOT NULL,
	"reason" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"who" text NOT NULL,
	"data_fingerprint" text NOT NULL,
	"import_id" integer,
	"answers" integer NOT NULL,
	"checksum" text NOT NULL,
	CONSTRAINT "publications_week_check" CHECK ("publications"."week" ~ '^[0-9]{4}-W[0-9]{2}$'),
	CONSTRAINT "publications_version_check" CHECK ("publications"."version" >= 1),
	CONSTRAINT "publications_reason_check" CHECK ("publications"."version" = 1 or ("publications"."reason" is not null and length(trim("publications"."reason")) > 0))
);
--> statement-breakpoint
ALTER TABLE "publication_answers" ADD CONSTRAINT "publication_answers_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "publication_answers_key_idx" ON "publication_answers" USING btree ("publication_id","procedure","input");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_week_version_idx" ON "publications" USING btree ("week","version");--> statement-breakpoint
CREATE FUNCTION "publications_are_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published figures are never changed or removed; publish a restatement instead';
END
$$;--> statement-breakpoint
CREATE TRIGGER "publications_frozen" BEFORE UPDATE OR DELETE ON "publications" FOR EACH ROW EXECUTE FUNCTION "publications_are_frozen"();--> statement-breakpoint
CREATE TRIGGER "publications_not_truncated" BEFORE TRUNCATE ON "publications" FOR EACH STATEMENT EXECUTE FUNCTION "publications_are_frozen"();--> statement-breakpoint
CREATE TRIGGER "publication_answers_frozen" BEFORE UPDATE OR DELETE ON "publication_answers" FOR EACH ROW EXECUTE FUNCTION "publications_are_frozen"();--> statement-breakpoint
CREATE TRIGGER "publication_answers_not_truncated" BEFORE TRUNCATE ON "publication_answers" FOR EACH STATEMENT EXECUTE FUNCTION "publications_are_frozen"();
