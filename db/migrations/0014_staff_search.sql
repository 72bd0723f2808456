CREATE TABLE "article_working_search" (
	"article_id" uuid PRIMARY KEY NOT NULL,
	"revision_id" uuid NOT NULL,
	"document" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_working_search" ADD CONSTRAINT "article_working_search_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_working_search_document_idx" ON "article_working_search" USING gin ("document");