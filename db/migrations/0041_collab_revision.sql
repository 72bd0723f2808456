ALTER TABLE "article_collab_states" ADD COLUMN "revision_id" uuid;--> statement-breakpoint
ALTER TABLE "article_collab_states" ADD CONSTRAINT "article_collab_states_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- A story's working copy changed (a save through the API or the editor, an accepted suggestion, a
-- thread's anchor, a restore): the collaboration server merges the new revision into the live
-- document of anyone editing it, so nothing written outside the websocket is lost. Delivered on
-- commit on the same channel as the access changes. Payload: 'content:<article id>'.
CREATE FUNCTION collab_notify_content() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_catalog
AS $$
BEGIN
  PERFORM pg_notify('collab_access', 'content:' || NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER articles_collab_content AFTER UPDATE ON articles FOR EACH ROW
  WHEN (OLD.current_revision_id IS DISTINCT FROM NEW.current_revision_id)
  EXECUTE FUNCTION collab_notify_content();
