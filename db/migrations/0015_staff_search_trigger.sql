-- Newsroom search over the working copy (see article_working_search in db/schema.ts).
-- Plain text of a Tiptap body, as lib/content/plain-text.ts bodyToPlainText() reads it: text nodes
-- run together inside a block; blocks, hard breaks and table cells separate words; figure captions
-- and credits count. Recursion follows the document's nesting, which every door bounds.
CREATE OR REPLACE FUNCTION tiptap_plain_text(node jsonb) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
  out text := '';
  child jsonb;
  kind text := node->>'type';
BEGIN
  IF jsonb_typeof(node) <> 'object' THEN RETURN ''; END IF;
  IF kind = 'text' THEN RETURN coalesce(node->>'text', ''); END IF;
  IF kind = 'hardBreak' THEN RETURN ' '; END IF;
  IF kind = 'figure' THEN
    out := concat_ws(' ', node->'attrs'->>'caption', node->'attrs'->>'credit') || ' ';
  END IF;
  IF jsonb_typeof(node->'content') = 'array' THEN
    FOR child IN SELECT value FROM jsonb_array_elements(node->'content') LOOP
      out := out || tiptap_plain_text(child);
    END LOOP;
  END IF;
  IF kind IN ('paragraph', 'heading', 'blockquote', 'listItem', 'tableRow', 'tableCell', 'tableHeader', 'figure', 'horizontalRule', 'bulletList', 'orderedList') THEN
    out := out || ' ';
  END IF;
  RETURN out;
END $$;--> statement-breakpoint
-- Folded (vn_unaccent) and weighted the way public search weighs: title A, sapo B, body C.
CREATE OR REPLACE FUNCTION staff_search_document(title text, sapo text, body jsonb) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple', vn_unaccent(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('simple', vn_unaccent(coalesce(sapo, ''))), 'B')
      || setweight(to_tsvector('simple', vn_unaccent(coalesce(tiptap_plain_text(body), ''))), 'C')
$$;--> statement-breakpoint
-- Whatever code moves articles.current_revision_id (save, create, restore, seed, benchmark), the
-- search row follows in the same transaction.
CREATE OR REPLACE FUNCTION article_working_search_sync() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.current_revision_id IS NULL THEN
    DELETE FROM article_working_search WHERE article_id = NEW.id;
    RETURN NULL;
  END IF;
  INSERT INTO article_working_search (article_id, revision_id, document)
    SELECT NEW.id, r.id, staff_search_document(r.title, r.sapo, r.body) FROM revisions r WHERE r.id = NEW.current_revision_id
  ON CONFLICT (article_id) DO UPDATE SET revision_id = EXCLUDED.revision_id, document = EXCLUDED.document;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER article_working_search_insert AFTER INSERT ON articles
  FOR EACH ROW WHEN (NEW.current_revision_id IS NOT NULL) EXECUTE FUNCTION article_working_search_sync();--> statement-breakpoint
CREATE TRIGGER article_working_search_update AFTER UPDATE OF current_revision_id ON articles
  FOR EACH ROW WHEN (OLD.current_revision_id IS DISTINCT FROM NEW.current_revision_id) EXECUTE FUNCTION article_working_search_sync();--> statement-breakpoint
INSERT INTO article_working_search (article_id, revision_id, document)
  SELECT a.id, r.id, staff_search_document(r.title, r.sapo, r.body) FROM articles a JOIN revisions r ON r.id = a.current_revision_id
ON CONFLICT (article_id) DO NOTHING;
