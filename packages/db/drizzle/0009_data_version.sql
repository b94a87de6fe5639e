CREATE TABLE "data_version" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "data_version_one_row" CHECK ("data_version"."id")
);
--> statement-breakpoint
INSERT INTO "data_version" ("id", "version") VALUES (true, 0);--> statement-breakpoint
CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Every table of the data and its rollups: all but the counter itself and the publications,
-- which are computed from the data and never change it. A table added later needs its trigger
-- in its own migration (a test checks that every table has one).
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
             AND tablename NOT IN ('data_version', 'publications', 'publication_answers')
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"()', t || '_data_version', t);
  END LOOP;
END
$$;
