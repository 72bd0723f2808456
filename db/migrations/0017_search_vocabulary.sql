-- The vocabulary of public stories (search_words, see db/schema.ts), kept by a trigger on
-- article_search whatever code writes it: a story counts for each distinct word of its title and
-- sapo while it has a visibility (visible_from not null; embargoed stories too, so suggestions
-- check that a visible story holds the word). Only letters, 2 to 30 of them: no numbers or codes.
-- Title and sapo only, so a publish touches tens of rows, not the hundreds a body would.
CREATE OR REPLACE FUNCTION search_words_of(title text, sapo text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lexeme FROM unnest(to_tsvector('simple', lower(title || ' ' || sapo)))
  WHERE lexeme ~ '^[[:alpha:]]+$' AND char_length(lexeme) BETWEEN 2 AND 30
  ORDER BY lexeme
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_words_count() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  -- Words in one order in every transaction, so two publishes cannot deadlock on them.
  IF TG_OP <> 'INSERT' AND OLD.visible_from IS NOT NULL THEN
    UPDATE search_words SET stories = stories - 1 WHERE word IN (SELECT search_words_of(OLD.title, OLD.sapo));
    DELETE FROM search_words WHERE stories <= 0 AND word IN (SELECT search_words_of(OLD.title, OLD.sapo));
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.visible_from IS NOT NULL THEN
    INSERT INTO search_words (word, folded, stories)
      SELECT w, vn_unaccent(w), 1 FROM search_words_of(NEW.title, NEW.sapo) AS w
      ON CONFLICT (word) DO UPDATE SET stories = search_words.stories + 1;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER search_words_count_insert AFTER INSERT ON article_search
  FOR EACH ROW EXECUTE FUNCTION search_words_count();--> statement-breakpoint
CREATE TRIGGER search_words_count_delete AFTER DELETE ON article_search
  FOR EACH ROW EXECUTE FUNCTION search_words_count();--> statement-breakpoint
-- Touches that change neither the words nor whether the story counts (articles_search_mirror) skip it.
CREATE TRIGGER search_words_count_update AFTER UPDATE ON article_search
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.sapo IS DISTINCT FROM NEW.sapo
    OR (OLD.visible_from IS NULL) <> (NEW.visible_from IS NULL))
  EXECUTE FUNCTION search_words_count();--> statement-breakpoint
INSERT INTO search_words (word, folded, stories)
  SELECT w, vn_unaccent(w), count(*) FROM article_search, search_words_of(title, sapo) AS w
  WHERE visible_from IS NOT NULL GROUP BY w;
