-- Related stories and tag pages (lib/data) take the newest public stories of a tag off one index.
-- Each article_tags row carries a mirror of its article's published_at and visibility (visible_from,
-- the same search_visible_from() as article_search's mirror of 0007), kept here by triggers whatever
-- code writes either table. Readers' queries still apply isPublic(): a wrong mirror could leave a
-- story out of a list, never show a hidden one.
ALTER TABLE "article_tags" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "article_tags" ADD COLUMN "visible_from" timestamp with time zone;--> statement-breakpoint
CREATE OR REPLACE FUNCTION article_tags_mirror() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  SELECT a.published_at, search_visible_from(a.live_revision_id, a.published_at, a.status, a.embargo_until)
    INTO NEW.published_at, NEW.visible_from
    FROM articles a WHERE a.id = NEW.article_id;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER article_tags_mirror BEFORE INSERT OR UPDATE ON article_tags
  FOR EACH ROW EXECUTE FUNCTION article_tags_mirror();--> statement-breakpoint
-- One trigger on articles refreshes every mirror of it (it replaces 0007's search-only one): when the
-- article changes what a mirror holds, its rows are touched and their own triggers read it again.
DROP TRIGGER articles_search_mirror ON articles;--> statement-breakpoint
DROP FUNCTION articles_search_mirror();--> statement-breakpoint
CREATE FUNCTION articles_mirrors() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_search SET visible_from = NULL WHERE article_id = NEW.id;
  UPDATE article_tags SET visible_from = NULL WHERE article_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER articles_mirrors AFTER UPDATE OF live_revision_id, published_at, status, embargo_until, section_id ON articles
  FOR EACH ROW WHEN (OLD.live_revision_id IS DISTINCT FROM NEW.live_revision_id OR OLD.published_at IS DISTINCT FROM NEW.published_at
    OR OLD.status IS DISTINCT FROM NEW.status OR OLD.embargo_until IS DISTINCT FROM NEW.embargo_until OR OLD.section_id IS DISTINCT FROM NEW.section_id)
  EXECUTE FUNCTION articles_mirrors();--> statement-breakpoint
UPDATE article_tags SET visible_from = NULL;--> statement-breakpoint
CREATE INDEX "article_tags_tag_newest_idx" ON "article_tags" USING btree ("tag_id","published_at" DESC NULLS FIRST,"article_id") WHERE "article_tags"."visible_from" is not null;
