CREATE TYPE "public"."planning_event_kind" AS ENUM('meeting', 'conference', 'visit', 'other');--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"assignee_id" uuid NOT NULL,
	"assigned_by" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"article_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
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
CREATE TABLE "planning_event_people" (
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT 'attending' NOT NULL,
	"ordinal" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "planning_event_people_event_id_person_id_pk" PRIMARY KEY("event_id","person_id"),
	CONSTRAINT "planning_event_people_role" CHECK ("planning_event_people"."role" in ('chair', 'attending', 'presenter'))
);
--> statement-breakpoint
CREATE TABLE "planning_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "planning_event_kind" DEFAULT 'meeting' NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"unit_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_events_ends_after_start" CHECK ("planning_events"."ends_at" >= "planning_events"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_event_id_planning_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."planning_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_picks" ADD CONSTRAINT "home_picks_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_picks" ADD CONSTRAINT "home_picks_picked_by_users_id_fk" FOREIGN KEY ("picked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_event_people" ADD CONSTRAINT "planning_event_people_event_id_planning_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."planning_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_event_people" ADD CONSTRAINT "planning_event_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_events" ADD CONSTRAINT "planning_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_events" ADD CONSTRAINT "planning_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_assignee_idx" ON "assignments" USING btree ("assignee_id","due_at");--> statement-breakpoint
CREATE INDEX "assignments_event_idx" ON "assignments" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_article_idx" ON "assignments" USING btree ("article_id");--> statement-breakpoint
CREATE UNIQUE INDEX "home_picks_article_idx" ON "home_picks" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "planning_events_starts_idx" ON "planning_events" USING btree ("starts_at");