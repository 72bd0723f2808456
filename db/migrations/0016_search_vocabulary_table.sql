CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"folded" text NOT NULL,
	"stories" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_folded_idx" ON "search_words" USING btree ("folded","stories" DESC NULLS LAST);