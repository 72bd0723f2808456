-- Search reads article_search alone (see db/schema.ts): the row carries a mirror of the article's
-- published_at, section_id and visibility, kept here by triggers whatever code writes either table,
-- and a position-free copy of the document (terms) that stays in the row: rows up to 4 KB are not
-- moved to TOAST, so testing a match while walking the newest stories reads one heap page per row.
ALTER TABLE "article_search" SET (toast_tuple_target = 4080);--> statement-breakpoint
ALTER TABLE "article_search" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "article_search" ADD COLUMN "section_id" uuid;--> statement-breakpoint
ALTER TABLE "article_search" ADD COLUMN "visible_from" timestamp with time zone;--> statement-breakpoint
-- isPublic() (lib/data/public-filter.ts) without its clock: when the story may be shown (-infinity
-- without an embargo), or null when it may not be shown at all. Search asks visible_from <= now().
CREATE OR REPLACE FUNCTION search_visible_from(live_revision_id uuid, published_at timestamptz, status article_status, embargo_until timestamptz)
  RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN live_revision_id IS NOT NULL AND published_at IS NOT NULL AND status NOT IN ('unpublished', 'archived')
    THEN coalesce(embargo_until, '-infinity'::timestamptz) END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION article_search_mirror() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  SELECT a.published_at, a.section_id, search_visible_from(a.live_revision_id, a.published_at, a.status, a.embargo_until)
    INTO NEW.published_at, NEW.section_id, NEW.visible_from
    FROM articles a WHERE a.id = NEW.article_id;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER article_search_mirror BEFORE INSERT OR UPDATE ON article_search
  FOR EACH ROW EXECUTE FUNCTION article_search_mirror();--> statement-breakpoint
-- The article changed what search filters by: touch its search row, whose trigger reads it again.
CREATE OR REPLACE FUNCTION articles_search_mirror() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_search SET visible_from = NULL WHERE article_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER articles_search_mirror AFTER UPDATE OF live_revision_id, published_at, status, embargo_until, section_id ON articles
  FOR EACH ROW WHEN (OLD.live_revision_id IS DISTINCT FROM NEW.live_revision_id OR OLD.published_at IS DISTINCT FROM NEW.published_at
    OR OLD.status IS DISTINCT FROM NEW.status OR OLD.embargo_until IS DISTINCT FROM NEW.embargo_until OR OLD.section_id IS DISTINCT FROM NEW.section_id)
  EXECUTE FUNCTION articles_search_mirror();--> statement-breakpoint
UPDATE article_search SET visible_from = NULL;--> statement-breakpoint
-- Adding the generated columns rewrites the table (and drops the dead rows the update left).
ALTER TABLE "article_search" ADD COLUMN "terms" "tsvector" GENERATED ALWAYS AS (strip(setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B') || setweight(to_tsvector('simple', vn_unaccent(body_text)), 'C'))) STORED;--> statement-breakpoint
ALTER TABLE "article_search" ADD COLUMN "head" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B')) STORED;--> statement-breakpoint
DROP INDEX "article_search_document_idx";--> statement-breakpoint
CREATE INDEX "article_search_terms_idx" ON "article_search" USING gin ("terms");--> statement-breakpoint
CREATE INDEX "article_search_head_idx" ON "article_search" USING gin ("head");--> statement-breakpoint
CREATE INDEX "article_search_newest_idx" ON "article_search" USING btree ("published_at" DESC NULLS FIRST,"article_id" DESC NULLS FIRST) WHERE "article_search"."visible_from" is not null;
