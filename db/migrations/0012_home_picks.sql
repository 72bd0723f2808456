CREATE TABLE "home_picks" (
	"position" smallint PRIMARY KEY NOT NULL,
	"article_id" uuid NOT NULL,
	"expires_at" timestamp with time zone,
	"expiry_handled_at" timestamp with time zone,
	"picked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "home_picks_position_range" CHECK ("home_picks"."position" between 0 and 6)
);
--> statement-breakpoint
ALTER TABLE "home_picks" ADD CONSTRAINT "home_picks_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_picks" ADD CONSTRAINT "home_picks_picked_by_users_id_fk" FOREIGN KEY ("picked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "home_picks_article_idx" ON "home_picks" USING btree ("article_id");