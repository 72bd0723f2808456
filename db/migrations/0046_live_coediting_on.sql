-- Live co-editing (issue #24) is on by default: new portals start with it, and a portal whose
-- administrators never chose (no 'settings.live_coediting' in the audit log; it was off only while
-- it was rolled out) gets it now. A portal where an administrator turned it on or off keeps that.
ALTER TABLE "site_settings" ALTER COLUMN "live_coediting" SET DEFAULT true;--> statement-breakpoint
UPDATE "site_settings" SET "live_coediting" = true
  WHERE NOT "live_coediting" AND NOT EXISTS (SELECT 1 FROM "audit_log" WHERE "action" = 'settings.live_coediting');
