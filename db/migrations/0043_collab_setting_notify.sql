-- The site setting "Cùng soạn trực tiếp" decides whether anyone writes through the live document
-- (lib/data/collab/access.ts). When an administrator turns it off, everyone connected must be cut to
-- watching at once, and when it is turned on, watchers may write: the collaboration server re-checks
-- every open connection on 'settings:'. A trigger, so no path that writes the setting can forget.
CREATE FUNCTION collab_notify_settings() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_catalog
AS $$
BEGIN
  PERFORM pg_notify('collab_access', 'settings:');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER site_settings_collab_access AFTER INSERT OR DELETE ON site_settings FOR EACH ROW
  EXECUTE FUNCTION collab_notify_settings();
--> statement-breakpoint
CREATE TRIGGER site_settings_collab_access_update AFTER UPDATE ON site_settings FOR EACH ROW
  WHEN (OLD.live_coediting IS DISTINCT FROM NEW.live_coediting)
  EXECUTE FUNCTION collab_notify_settings();
