-- pg_restore runs with an empty search_path: a generated column or trigger whose function calls
-- vn_unaccent() unqualified then fails ("function vn_unaccent(text) does not exist") and the restore
-- stops. Pin the search path of every function added since 0011.
ALTER FUNCTION vn_search_keys(text, text) SET search_path = public, pg_catalog;--> statement-breakpoint
ALTER FUNCTION vn_keys_score(tsvector, tsquery[], float8[]) SET search_path = public, pg_catalog;--> statement-breakpoint
ALTER FUNCTION tiptap_plain_text(jsonb) SET search_path = public, pg_catalog;--> statement-breakpoint
ALTER FUNCTION staff_search_document(text, text, jsonb) SET search_path = public, pg_catalog;--> statement-breakpoint
ALTER FUNCTION article_working_search_sync() SET search_path = public, pg_catalog;--> statement-breakpoint
ALTER FUNCTION search_words_of(text, text) SET search_path = public, pg_catalog;--> statement-breakpoint
ALTER FUNCTION search_words_count() SET search_path = public, pg_catalog;
