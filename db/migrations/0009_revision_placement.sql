ALTER TABLE "revisions" ADD COLUMN "placement" jsonb;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "changed_fields" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "article_version" integer;