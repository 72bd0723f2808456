CREATE TABLE "question_challenge_uses" (
	"signature" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "question_challenge_uses_expires_idx" ON "question_challenge_uses" USING btree ("expires_at");