-- Suggestions (issue 23): the staff search's plain text, like lib/content/plain-text.ts, reads the body
-- as if every open suggestion were rejected: a node carrying an insertion mark adds no text (a
-- suggested deletion is still the story's text until accepted). Otherwise as in 0034 (video).
CREATE OR REPLACE FUNCTION tiptap_plain_text_raw(node jsonb) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  SET search_path = public, pg_catalog AS $$
DECLARE
  out text := '';
  child jsonb;
  item jsonb;
  kind text := node->>'type';
BEGIN
  IF jsonb_typeof(node) <> 'object' THEN RETURN ''; END IF;
  IF jsonb_typeof(node->'marks') = 'array' AND node->'marks' @> '[{"type": "insertion"}]'::jsonb THEN RETURN ''; END IF;
  IF kind = 'text' THEN RETURN coalesce(node->>'text', ''); END IF;
  IF kind = 'hardBreak' THEN RETURN chr(10); END IF;
  IF kind IN ('tableCell', 'tableHeader') THEN out := ' '; END IF;
  IF kind = 'gallery' AND jsonb_typeof(node->'attrs'->'items') = 'array' THEN
    FOR item IN SELECT value FROM jsonb_array_elements(node->'attrs'->'items') LOOP
      IF jsonb_typeof(item) = 'object' AND jsonb_typeof(item->'mediaId') = 'string' THEN
        out := out || concat_ws(' — ', nullif(item->>'caption', ''), nullif(item->>'credit', '')) || chr(10);
      END IF;
    END LOOP;
  END IF;
  IF kind IN ('figure', 'video') THEN
    out := concat_ws(' — ', nullif(node->'attrs'->>'caption', ''), nullif(node->'attrs'->>'credit', ''));
  END IF;
  IF jsonb_typeof(node->'content') = 'array' THEN
    FOR child IN SELECT value FROM jsonb_array_elements(node->'content') LOOP
      out := out || tiptap_plain_text_raw(child);
    END LOOP;
  END IF;
  IF kind IN ('paragraph', 'heading', 'blockquote', 'listItem', 'tableRow', 'figure', 'video', 'horizontalRule') THEN
    out := out || chr(10);
  END IF;
  RETURN out;
END $$;
