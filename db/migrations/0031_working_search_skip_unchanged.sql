-- Every save and autosave makes a new revision and so runs this trigger, which extracted the whole
-- body's text (tiptap_plain_text, a recursive walk: tens of milliseconds for a long story, hundreds
-- at the body's size limit) only to find it unchanged when the save touched the byline, tags,
-- section or nothing the search holds. When the new revision keeps the previous one's title, sapo
-- and body (jsonb equality, a fraction of a millisecond) and the row exists, there is nothing to do.
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
  IF TG_OP = 'UPDATE' AND OLD.current_revision_id IS NOT NULL THEN
    PERFORM 1 FROM revisions o JOIN revisions n ON n.id = NEW.current_revision_id
      WHERE o.id = OLD.current_revision_id
        AND o.title IS NOT DISTINCT FROM n.title AND o.sapo IS NOT DISTINCT FROM n.sapo AND o.body IS NOT DISTINCT FROM n.body
        AND EXISTS (SELECT 1 FROM article_working_search w WHERE w.article_id = NEW.id);
    IF FOUND THEN RETURN NULL; END IF;
  END IF;
  SELECT coalesce(rev.title, '') AS title, coalesce(rev.sapo, '') AS sapo, coalesce(tiptap_plain_text(rev.body), '') AS body_text
    INTO r FROM revisions rev WHERE rev.id = NEW.current_revision_id;
  IF NOT FOUND THEN RETURN NULL; END IF;
  -- Same words as stored (e.g. only formatting changed): nothing to write.
  PERFORM 1 FROM article_working_search w WHERE w.article_id = NEW.id AND w.title = r.title AND w.sapo = r.sapo AND w.body_text = r.body_text;
  IF FOUND THEN RETURN NULL; END IF;
  UPDATE article_working_search SET title = r.title, sapo = r.sapo, body_text = r.body_text WHERE article_id = NEW.id;
  IF NOT FOUND THEN
    INSERT INTO article_working_search (article_id, title, sapo, body_text) VALUES (NEW.id, r.title, r.sapo, r.body_text)
    ON CONFLICT (article_id) DO UPDATE SET title = EXCLUDED.title, sapo = EXCLUDED.sapo, body_text = EXCLUDED.body_text;
  END IF;
  RETURN NULL;
END $$;
