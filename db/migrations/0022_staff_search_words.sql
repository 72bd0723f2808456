-- Newsroom search becomes word-aware (issue 19): article_working_search gets the columns of
-- article_search (text, then document/terms/head/keys generated the same way), so the readers'
-- matching and ranking (lib/data/search/ranked-search.ts) run over working copies too. The rows are
-- rebuilt from the current revisions at the end.
TRUNCATE "article_working_search";--> statement-breakpoint
DROP INDEX "article_working_search_document_idx";--> statement-breakpoint
ALTER TABLE "article_working_search" DROP COLUMN "document";--> statement-breakpoint
ALTER TABLE "article_working_search" ADD COLUMN "title" text NOT NULL;--> statement-breakpoint
ALTER TABLE "article_working_search" ADD COLUMN "sapo" text NOT NULL;--> statement-breakpoint
ALTER TABLE "article_working_search" ADD COLUMN "body_text" text NOT NULL;--> statement-breakpoint
ALTER TABLE "article_working_search" ADD COLUMN "document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B') || setweight(to_tsvector('simple', vn_unaccent(body_text)), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "article_working_search" ADD COLUMN "terms" "tsvector" GENERATED ALWAYS AS (strip(setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B') || setweight(to_tsvector('simple', vn_unaccent(body_text)), 'C'))) STORED;--> statement-breakpoint
ALTER TABLE "article_working_search" ADD COLUMN "head" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "article_working_search" ADD COLUMN "keys" "tsvector" GENERATED ALWAYS AS (vn_search_keys(title || chr(10) || sapo, body_text)) STORED;--> statement-breakpoint
CREATE INDEX "article_working_search_terms_idx" ON "article_working_search" USING gin ("terms");--> statement-breakpoint
CREATE INDEX "article_working_search_keys_idx" ON "article_working_search" USING gin ("keys");--> statement-breakpoint
-- Plain text of a Tiptap body exactly as lib/content/plain-text.ts bodyToPlainText() writes it (the
-- text public search stores): blocks and hard breaks end a line, table cells are separated by a space,
-- a figure's caption and credit are joined by " — "; then every line is trimmed with its spaces
-- collapsed, and empty lines are dropped. Lines matter now: vn_search_keys() never pairs two
-- syllables across a line, so a heading's last word and the next paragraph's first are not a "word".
CREATE OR REPLACE FUNCTION tiptap_plain_text_raw(node jsonb) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  SET search_path = public, pg_catalog AS $$
DECLARE
  out text := '';
  child jsonb;
  kind text := node->>'type';
BEGIN
  IF jsonb_typeof(node) <> 'object' THEN RETURN ''; END IF;
  IF kind = 'text' THEN RETURN coalesce(node->>'text', ''); END IF;
  IF kind = 'hardBreak' THEN RETURN chr(10); END IF;
  IF kind IN ('tableCell', 'tableHeader') THEN out := ' '; END IF;
  IF kind = 'figure' THEN
    out := concat_ws(' — ', nullif(node->'attrs'->>'caption', ''), nullif(node->'attrs'->>'credit', ''));
  END IF;
  IF jsonb_typeof(node->'content') = 'array' THEN
    FOR child IN SELECT value FROM jsonb_array_elements(node->'content') LOOP
      out := out || tiptap_plain_text_raw(child);
    END LOOP;
  END IF;
  IF kind IN ('paragraph', 'heading', 'blockquote', 'listItem', 'tableRow', 'figure', 'horizontalRule') THEN
    out := out || chr(10);
  END IF;
  RETURN out;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION tiptap_plain_text(node jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  SET search_path = public, pg_catalog AS $$
  SELECT coalesce(string_agg(line, chr(10) ORDER BY n), '')
  FROM (
    SELECT btrim(regexp_replace(l, '\s+', ' ', 'g')) AS line, n
    FROM regexp_split_to_table(tiptap_plain_text_raw(node), '\n') WITH ORDINALITY AS t(l, n)
  ) lines
  WHERE line <> ''
$$;--> statement-breakpoint
-- Every save runs this. An UPDATE first, not INSERT ... ON CONFLICT DO UPDATE: PostgreSQL computes
-- the generated columns of the proposed row before it finds the conflict and then again for the
-- update, so the upsert paid for the tsvectors and vn_search_keys() twice (about 750 ms instead of
-- 380 on a 38 KB story on a loaded test machine). Unchanged text (a metadata-only save) is not rewritten.
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
  SELECT rev.id, coalesce(rev.title, '') AS title, coalesce(rev.sapo, '') AS sapo, coalesce(tiptap_plain_text(rev.body), '') AS body_text
    INTO r FROM revisions rev WHERE rev.id = NEW.current_revision_id;
  IF NOT FOUND THEN RETURN NULL; END IF;
  UPDATE article_working_search w SET revision_id = r.id WHERE w.article_id = NEW.id AND w.title = r.title AND w.sapo = r.sapo AND w.body_text = r.body_text;
  IF FOUND THEN RETURN NULL; END IF;
  UPDATE article_working_search SET revision_id = r.id, title = r.title, sapo = r.sapo, body_text = r.body_text WHERE article_id = NEW.id;
  IF NOT FOUND THEN
    INSERT INTO article_working_search (article_id, revision_id, title, sapo, body_text) VALUES (NEW.id, r.id, r.title, r.sapo, r.body_text)
    ON CONFLICT (article_id) DO UPDATE SET revision_id = EXCLUDED.revision_id, title = EXCLUDED.title, sapo = EXCLUDED.sapo, body_text = EXCLUDED.body_text;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP FUNCTION staff_search_document(text, text, jsonb);--> statement-breakpoint
INSERT INTO article_working_search (article_id, revision_id, title, sapo, body_text)
  SELECT a.id, r.id, coalesce(r.title, ''), coalesce(r.sapo, ''), coalesce(tiptap_plain_text(r.body), '') FROM articles a JOIN revisions r ON r.id = a.current_revision_id
ON CONFLICT (article_id) DO NOTHING;
