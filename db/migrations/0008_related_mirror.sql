-- Related stories (lib/data/public-articles.ts) take, for each tag of a story, the newest public
-- stories with that tag off one index. Each article_tags row carries a mirror of its article's
-- published_at and visibility (visible_from, the same function as article_search's mirror), kept here
-- by triggers whatever code writes either table. The reader query still applies isPublic(): a wrong
-- mirror could leave a story out of "Tin liên quan", never show a hidden one.
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
-- The article changed what the mirror holds: touch its tag rows, whose trigger reads it again.
CREATE OR REPLACE FUNCTION articles_tags_mirror() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_tags SET visible_from = NULL WHERE article_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER articles_tags_mirror AFTER UPDATE OF live_revision_id, published_at, status, embargo_until ON articles
  FOR EACH ROW WHEN (OLD.live_revision_id IS DISTINCT FROM NEW.live_revision_id OR OLD.published_at IS DISTINCT FROM NEW.published_at
    OR OLD.status IS DISTINCT FROM NEW.status OR OLD.embargo_until IS DISTINCT FROM NEW.embargo_until)
  EXECUTE FUNCTION articles_tags_mirror();--> statement-breakpoint
UPDATE article_tags SET visible_from = NULL;--> statement-breakpoint
CREATE INDEX "article_tags_tag_newest_idx" ON "article_tags" USING btree ("tag_id","published_at" DESC NULLS FIRST,"article_id") WHERE "article_tags"."visible_from" is not null;
