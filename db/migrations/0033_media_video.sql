ALTER TYPE "public"."media_kind" ADD VALUE 'video';--> statement-breakpoint
ALTER TABLE "media" ADD COLUMN "video" jsonb;