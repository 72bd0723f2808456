ALTER TABLE "positions" ADD COLUMN "title_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "is_head" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "site_settings" ADD COLUMN "about_page_en" jsonb;--> statement-breakpoint
ALTER TABLE "site_settings" ADD COLUMN "organisation_page_en" jsonb;--> statement-breakpoint
ALTER TABLE "site_settings" ADD COLUMN "agency_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "name_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_agency_unit_id_units_id_fk" FOREIGN KEY ("agency_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- The registry's top unit under the commission's old name is the agency itself: the chart now shows it
-- under the agency name of the settings (Ban Chính sách, chiến lược Trung ương since 2025).
UPDATE "site_settings" SET "agency_unit_id" = (
  SELECT "id" FROM "units" WHERE "parent_id" IS NULL AND "name" = 'Ban Kinh tế Trung ương' LIMIT 1
) WHERE "agency_unit_id" IS NULL;--> statement-breakpoint
-- Heads of units so far were only recognisable by their titles.
UPDATE "positions" SET "is_head" = true
WHERE "title" ~ '^(Trưởng Ban|Vụ trưởng|Chánh Văn phòng|Giám đốc|Viện trưởng|Tổng Biên tập) ';
