CREATE TABLE "question_lookups" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"address_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "question_lookups_address_idx" ON "question_lookups" USING btree ("address_hash","created_at");--> statement-breakpoint
CREATE INDEX "question_lookups_created_idx" ON "question_lookups" USING btree ("created_at");