CREATE TABLE "article_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"note" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_corrections_article_idx" ON "article_corrections" USING btree ("article_id","published_at");--> statement-breakpoint
CREATE INDEX "article_corrections_published_idx" ON "article_corrections" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "article_corrections_revision_idx" ON "article_corrections" USING btree ("revision_id");--> statement-breakpoint
-- A published correction is part of the record, like a sign-off (see 0002_append_only.sql).
CREATE TRIGGER article_corrections_append_only BEFORE UPDATE OR DELETE ON article_corrections
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();--> statement-breakpoint
CREATE TRIGGER article_corrections_no_truncate BEFORE TRUNCATE ON article_corrections
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
