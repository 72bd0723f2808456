-- Gallery blocks (lib/content/gallery.ts) reference library photos too: record them as media usage,
-- so a photo shown in a gallery cannot be deleted from the library while a story uses it.
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
END $$;
