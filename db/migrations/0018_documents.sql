CREATE TYPE "public"."document_relation" AS ENUM('amends', 'supplements', 'replaces', 'repeals', 'guides');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "document_articles" (
	"document_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	CONSTRAINT "document_articles_document_id_article_id_pk" PRIMARY KEY("document_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "document_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"original_filename" text NOT NULL,
	"format" text NOT NULL,
	"mime_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_files_storageKey_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "document_links" (
	"document_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"relation" "document_relation" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_links_document_id_target_id_relation_pk" PRIMARY KEY("document_id","target_id","relation"),
	CONSTRAINT "document_links_not_self" CHECK ("document_links"."document_id" <> "document_links"."target_id")
);
--> statement-breakpoint
CREATE TABLE "document_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_types_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" "document_status" DEFAULT 'draft' NOT NULL,
	"type_id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"number_symbol" text NOT NULL,
	"number_key" text NOT NULL,
	"unique_key" text NOT NULL,
	"issued_on" date NOT NULL,
	"effective_on" date,
	"expires_on" date,
	"signer_name" text DEFAULT '' NOT NULL,
	"signer_title" text DEFAULT '' NOT NULL,
	"signer_person_id" uuid,
	"summary" text NOT NULL,
	"field" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_slug_unique" UNIQUE("slug"),
	CONSTRAINT "documents_expiry_after_effect" CHECK ("documents"."expires_on" IS NULL OR "documents"."effective_on" IS NULL OR "documents"."expires_on" >= "documents"."effective_on")
);
--> statement-breakpoint
ALTER TABLE "document_articles" ADD CONSTRAINT "document_articles_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_articles" ADD CONSTRAINT "document_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_target_id_documents_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_type_id_document_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."document_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_signer_person_id_people_id_fk" FOREIGN KEY ("signer_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_articles_article" ON "document_articles" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "document_files_document" ON "document_files" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "document_links_target" ON "document_links" USING btree ("target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_unique_key" ON "documents" USING btree ("unique_key");--> statement-breakpoint
CREATE INDEX "documents_number_key" ON "documents" USING btree ("number_key");--> statement-breakpoint
CREATE INDEX "documents_public_list" ON "documents" USING btree ("status","issued_on");--> statement-breakpoint
-- The types of document admins start from (they can add more in /toa-soan/van-ban).
INSERT INTO "document_types" ("name", "sort_order") VALUES
  ('Nghị quyết', 1), ('Quyết định', 2), ('Chỉ thị', 3), ('Kết luận', 4), ('Quy định', 5),
  ('Hướng dẫn', 6), ('Thông báo', 7), ('Công văn', 8), ('Báo cáo', 9)
ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
-- Word searches without diacritics: search_text is folded by lib/search/fold.ts (the same folding
-- as vn_unaccent); a trigram index serves the ILIKE '%word%' of the public list.
CREATE INDEX "documents_search_trgm" ON "documents" USING gin ("search_text" gin_trgm_ops);
