-- Related stories (lib/data/public/articles.ts) rank a story's tag-mates by shared tags, then same
-- section, then date. The section was read from each candidate's articles row: up to 200 candidates
-- a tag, ~1,900 buffer reads and 2.8 ms of the ~3.6 ms of database time of an uncached story page
-- (pg_stat_statements, 10,000 stories). article_tags now mirrors the article's section too, and the
-- tag index carries it, so the ranking reads the index alone and visits articles only for the five
-- winners. The same triggers as 0008 keep it: articles_mirrors() already fires on section_id changes
-- and touches the tag rows, whose own trigger reads the article again. Rewriting every row clears
-- the visibility map, so index-only reads wait for autovacuum (it runs on its own after this many
-- dead rows; `VACUUM article_tags` makes it immediate).
ALTER TABLE "article_tags" ADD COLUMN "section_id" uuid;--> statement-breakpoint
CREATE OR REPLACE FUNCTION article_tags_mirror() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  SELECT a.published_at, search_visible_from(a.live_revision_id, a.published_at, a.status, a.embargo_until), a.section_id
    INTO NEW.published_at, NEW.visible_from, NEW.section_id
    FROM articles a WHERE a.id = NEW.article_id;
  RETURN NEW;
END $$;--> statement-breakpoint
UPDATE article_tags SET visible_from = NULL;--> statement-breakpoint
DROP INDEX IF EXISTS "article_tags_tag_newest_idx";--> statement-breakpoint
CREATE INDEX "article_tags_tag_newest_idx" ON "article_tags" USING btree ("tag_id","published_at" DESC NULLS FIRST,"article_id") INCLUDE ("visible_from","section_id") WHERE "article_tags"."visible_from" is not null;
