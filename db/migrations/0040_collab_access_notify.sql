-- Who may co-edit a story depends on the story's state, its authors and assignee, and on the user's
-- roles and whether they are active. Whatever path changes those (an editor's transition, the
-- scheduler, the CLI, an administrator), the collaboration server must hear of it at once and
-- re-check the open connections: triggers, so no code path can forget. NOTIFY is transactional:
-- it is delivered on commit, never for a rolled-back change. Payload: 'article:<id>' or 'user:<id>'.
CREATE FUNCTION collab_notify_article() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_catalog
AS $$
BEGIN
  IF TG_TABLE_NAME = 'article_authors' THEN
    PERFORM pg_notify('collab_access', 'article:' || COALESCE(NEW.article_id, OLD.article_id));
  ELSE
    PERFORM pg_notify('collab_access', 'article:' || NEW.id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION collab_notify_user() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_catalog
AS $$
BEGIN
  PERFORM pg_notify('collab_access', 'user:' || COALESCE(NEW.id, OLD.id));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER articles_collab_access AFTER UPDATE ON articles FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id OR OLD.created_by IS DISTINCT FROM NEW.created_by)
  EXECUTE FUNCTION collab_notify_article();
--> statement-breakpoint
CREATE TRIGGER article_authors_collab_access AFTER INSERT OR DELETE OR UPDATE ON article_authors FOR EACH ROW
  EXECUTE FUNCTION collab_notify_article();
--> statement-breakpoint
CREATE TRIGGER users_collab_access AFTER UPDATE ON users FOR EACH ROW
  WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active OR OLD.roles IS DISTINCT FROM NEW.roles OR OLD.session_version IS DISTINCT FROM NEW.session_version)
  EXECUTE FUNCTION collab_notify_user();
--> statement-breakpoint
CREATE TRIGGER users_collab_access_delete AFTER DELETE ON users FOR EACH ROW
  EXECUTE FUNCTION collab_notify_user();
