CREATE TABLE "search_abbreviations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"short" text NOT NULL,
	"long" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_search" ADD COLUMN "keys" "tsvector" GENERATED ALWAYS AS (vn_search_keys(title || chr(10) || sapo, body_text)) STORED;--> statement-breakpoint
CREATE UNIQUE INDEX "search_abbreviations_short_idx" ON "search_abbreviations" USING btree (vn_unaccent("short"));--> statement-breakpoint
CREATE INDEX "article_search_keys_idx" ON "article_search" USING gin ("keys");--> statement-breakpoint
-- The usual abbreviations of the commission's texts; administrators edit the list at /toa-soan/cai-dat/viet-tat.
INSERT INTO "search_abbreviations" ("short", "long") VALUES
  ('TP.HCM', 'Thành phố Hồ Chí Minh'),
  ('KT-XH', 'kinh tế - xã hội'),
  ('UBND', 'Ủy ban nhân dân'),
  ('BCH TW', 'Ban Chấp hành Trung ương'),
  ('HĐND', 'Hội đồng nhân dân'),
  ('ĐBSCL', 'đồng bằng sông Cửu Long'),
  ('KH&CN', 'khoa học và công nghệ'),
  ('DNNN', 'doanh nghiệp nhà nước'),
  ('NSNN', 'ngân sách nhà nước'),
  ('MTTQ', 'Mặt trận Tổ quốc'),
  ('CNH-HĐH', 'công nghiệp hóa, hiện đại hóa'),
  ('ĐTNN', 'đầu tư nước ngoài'),
  ('XNK', 'xuất nhập khẩu'),
  ('CCHC', 'cải cách hành chính'),
  ('HTX', 'hợp tác xã'),
  ('KCN', 'khu công nghiệp'),
  ('BHXH', 'bảo hiểm xã hội'),
  ('GD&ĐT', 'giáo dục và đào tạo')
ON CONFLICT DO NOTHING;
