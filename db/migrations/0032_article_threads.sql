CREATE TYPE "public"."thread_status" AS ENUM('open', 'resolved');--> statement-breakpoint
CREATE TABLE "article_thread_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_thread_replies_body_bounded" CHECK (char_length("article_thread_replies"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "article_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"quote" text NOT NULL,
	"status" "thread_status" DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "article_threads_quote_bounded" CHECK (char_length("article_threads"."quote") between 1 and 1000),
	CONSTRAINT "article_threads_resolution" CHECK (("article_threads"."status" = 'resolved') = ("article_threads"."resolved_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "article_thread_replies" ADD CONSTRAINT "article_thread_replies_thread_id_article_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."article_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_thread_replies" ADD CONSTRAINT "article_thread_replies_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_threads" ADD CONSTRAINT "article_threads_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_threads" ADD CONSTRAINT "article_threads_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_threads" ADD CONSTRAINT "article_threads_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_thread_replies_thread_idx" ON "article_thread_replies" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "article_threads_article_idx" ON "article_threads" USING btree ("article_id","created_at");