CREATE TYPE "public"."question_status" AS ENUM('received', 'moderated', 'assigned', 'drafted', 'awaiting_approval', 'approved', 'published', 'rejected');--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"status" "question_status" DEFAULT 'received' NOT NULL,
	"sender_name" text NOT NULL,
	"sender_email" text,
	"sender_phone" text,
	"email_hash" text NOT NULL,
	"address_hash" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"topic" text NOT NULL,
	"body" text NOT NULL,
	"unit_id" uuid,
	"assignee_id" uuid,
	"answer" text DEFAULT '' NOT NULL,
	"answered_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"personal_data_until" timestamp with time zone,
	"personal_data_erased_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questions_trackingCode_unique" UNIQUE("tracking_code"),
	CONSTRAINT "questions_body_length" CHECK (char_length("questions"."body") <= 4000),
	CONSTRAINT "questions_answer_length" CHECK (char_length("questions"."answer") <= 10000),
	CONSTRAINT "questions_published_approved" CHECK ("questions"."status" <> 'published' OR ("questions"."approved_by" IS NOT NULL AND "questions"."approved_at" IS NOT NULL AND "questions"."published_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questions_status_idx" ON "questions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "questions_published_idx" ON "questions" USING btree ("published_at") WHERE "questions"."status" = 'published';--> statement-breakpoint
CREATE INDEX "questions_address_idx" ON "questions" USING btree ("address_hash","created_at");--> statement-breakpoint
CREATE INDEX "questions_email_idx" ON "questions" USING btree ("email_hash","created_at");--> statement-breakpoint
CREATE INDEX "questions_assignee_idx" ON "questions" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "questions_retention_idx" ON "questions" USING btree ("personal_data_until") WHERE "questions"."personal_data_erased_at" IS NULL;