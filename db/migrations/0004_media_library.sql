CREATE TABLE "revision_media" (
	"revision_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"media_id" uuid NOT NULL,
	CONSTRAINT "revision_media_revision_id_media_id_pk" PRIMARY KEY("revision_id","media_id")
);
--> statement-breakpoint
ALTER TABLE "revision_media" ADD CONSTRAINT "revision_media_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revision_media" ADD CONSTRAINT "revision_media_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "revision_media_media_idx" ON "revision_media" USING btree ("media_id","article_id");--> statement-breakpoint
CREATE INDEX "media_search_trgm_idx" ON "media" USING gin (vn_unaccent("caption" || ' ' || "credit" || ' ' || "original_filename") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by","created_at");--> statement-breakpoint
-- Media usage, kept by the database itself: every revision, whichever code inserts it, records the
-- media it references (figures, the cover, links to stored documents /media/xx/<id>…).
CREATE OR REPLACE FUNCTION record_revision_media() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  SELECT coalesce(array_agg(DISTINCT lower(found.v)::uuid), '{}') INTO ids
  FROM (
    SELECT jsonb_path_query(NEW.body, 'strict $.** ? (@.type == "figure").attrs.mediaId') #>> '{}' AS v
    UNION ALL
    SELECT NEW.meta ->> 'coverMediaId'
    UNION ALL
    SELECT (regexp_match(href #>> '{}', '/media/[0-9a-f]{2}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[.-]', 'i'))[1]
    FROM jsonb_path_query(NEW.body, 'strict $.** ? (@.type == "link").attrs.href') AS href
  ) AS found
  WHERE found.v ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
  IF cardinality(ids) = 0 THEN
    RETURN NULL;
  END IF;
  -- Hold the referenced items until this transaction ends: a delete in flight (which takes FOR
  -- UPDATE) either waits and then sees this revision, or has committed and we refuse below.
  PERFORM 1 FROM media WHERE id = ANY (ids) FOR SHARE;
  IF EXISTS (SELECT 1 FROM media WHERE id = ANY (ids) AND deleted_at IS NOT NULL) THEN
    RAISE EXCEPTION 'revision % references a deleted media item', NEW.id
      USING ERRCODE = 'foreign_key_violation', HINT = 'media_deleted';
  END IF;
  INSERT INTO revision_media (revision_id, article_id, media_id)
    SELECT NEW.id, NEW.article_id, unnest(ids)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER revisions_record_media AFTER INSERT ON revisions
  FOR EACH ROW EXECUTE FUNCTION record_revision_media();--> statement-breakpoint
-- Revisions written before this migration.
INSERT INTO revision_media (revision_id, article_id, media_id)
SELECT DISTINCT r.id, r.article_id, lower(found.v)::uuid
FROM revisions r
CROSS JOIN LATERAL (
  SELECT jsonb_path_query(r.body, 'strict $.** ? (@.type == "figure").attrs.mediaId') #>> '{}' AS v
  UNION ALL
  SELECT r.meta ->> 'coverMediaId'
  UNION ALL
  SELECT (regexp_match(href #>> '{}', '/media/[0-9a-f]{2}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[.-]', 'i'))[1]
  FROM jsonb_path_query(r.body, 'strict $.** ? (@.type == "link").attrs.href') AS href
) AS found
WHERE found.v ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
ON CONFLICT DO NOTHING;
