-- Video blocks (lib/content/video.ts) reference library videos: record them as media usage, so a
-- video shown in a story cannot be deleted from the library while a story uses it.
CREATE OR REPLACE FUNCTION record_revision_media() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_catalog
  AS $$
DECLARE
  ids uuid[];
BEGIN
  SELECT coalesce(array_agg(DISTINCT lower(found.v)::uuid), '{}') INTO ids
  FROM (
    SELECT jsonb_path_query(NEW.body, 'strict $.** ? (@.type == "figure").attrs.mediaId') #>> '{}' AS v
    UNION ALL
    SELECT jsonb_path_query(NEW.body, 'lax $.** ? (@.type == "gallery").attrs.items[*].mediaId') #>> '{}'
    UNION ALL
    SELECT jsonb_path_query(NEW.body, 'strict $.** ? (@.type == "video").attrs.mediaId') #>> '{}'
    UNION ALL
    SELECT NEW.meta ->> 'coverMediaId'
    UNION ALL
    SELECT (regexp_match(href #>> '{}', '/media/[0-9a-f]{2}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[.-]', 'i'))[1]
    FROM jsonb_path_query(NEW.body, 'strict $.** ? (@.type == "link").attrs.href') AS href
  ) AS found
  WHERE found.v ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
  IF cardinality(ids) = 0 THEN
    RETURN NULL;
  END IF;
  -- Hold the referenced items until this transaction ends: a delete in flight (which takes FOR
  -- UPDATE) either waits and then sees this revision, or has committed and we refuse below.
  PERFORM 1 FROM media WHERE id = ANY (ids) FOR SHARE;
  IF EXISTS (SELECT 1 FROM media WHERE id = ANY (ids) AND deleted_at IS NOT NULL) THEN
    RAISE EXCEPTION 'revision % references a deleted media item', NEW.id
      USING ERRCODE = 'foreign_key_violation', HINT = 'media_deleted';
  END IF;
  INSERT INTO revision_media (revision_id, article_id, media_id)
    SELECT NEW.id, NEW.article_id, unnest(ids)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The staff search's plain text gains a video's caption and credit on their own line, as
-- lib/content/plain-text.ts bodyToPlainText() writes them for public search (a test compares both).
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
