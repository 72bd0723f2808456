-- The Yjs state that is exactly the text of the revision a story's live document is in step with,
-- shared so that several collaboration servers merge a save from elsewhere once (issue #24).
ALTER TABLE "article_collab_states" ADD COLUMN "base_state" "bytea";