-- article_working_search.revision_id was written by the trigger and read by nothing (the newsroom
-- list joins on article_id). Keeping it current cost a row write on every save whose words did not
-- change (a metadata-only save or autosave): without it, such a save leaves the row alone. The
-- trigger function is replaced first, so no save between the two statements can name the column.
CREATE OR REPLACE FUNCTION article_working_search_sync() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_catalog AS $$
DECLARE
  r record;
BEGIN
  IF NEW.current_revision_id IS NULL THEN
    DELETE FROM article_working_search WHERE article_id = NEW.id;
    RETURN NULL;
  END IF;
  SELECT coalesce(rev.title, '') AS title, coalesce(rev.sapo, '') AS sapo, coalesce(tiptap_plain_text(rev.body), '') AS body_text
    INTO r FROM revisions rev WHERE rev.id = NEW.current_revision_id;
  IF NOT FOUND THEN RETURN NULL; END IF;
  -- Same words as stored: nothing to write (an UPDATE would still write a new row version).
  PERFORM 1 FROM article_working_search w WHERE w.article_id = NEW.id AND w.title = r.title AND w.sapo = r.sapo AND w.body_text = r.body_text;
  IF FOUND THEN RETURN NULL; END IF;
  UPDATE article_working_search SET title = r.title, sapo = r.sapo, body_text = r.body_text WHERE article_id = NEW.id;
  IF NOT FOUND THEN
    INSERT INTO article_working_search (article_id, title, sapo, body_text) VALUES (NEW.id, r.title, r.sapo, r.body_text)
    ON CONFLICT (article_id) DO UPDATE SET title = EXCLUDED.title, sapo = EXCLUDED.sapo, body_text = EXCLUDED.body_text;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
ALTER TABLE "article_working_search" DROP COLUMN "revision_id";
