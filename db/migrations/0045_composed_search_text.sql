-- Text saved in decomposed form ("a" + U+0300 for "à", as some PDFs and macOS files give it when
-- copied) split its words at the combining marks in vn_search_keys() and kept them through
-- vn_unaccent(), so such a story was found neither with nor without marks. The content door now
-- composes every string (NFC, lib/content/storable-text.ts composedText) and the public projection
-- composes what it copies (lib/data/articles/rows.ts searchRow); the rows written before are composed
-- here. Only rows holding decomposed text are rewritten (each rewrite recomputes the generated keys).
UPDATE article_search
  SET title = normalize(title, NFC), sapo = normalize(sapo, NFC), body_text = normalize(body_text, NFC)
  WHERE NOT (title IS NFC NORMALIZED AND sapo IS NFC NORMALIZED AND body_text IS NFC NORMALIZED);--> statement-breakpoint
UPDATE article_working_search
  SET title = normalize(title, NFC), sapo = normalize(sapo, NFC), body_text = normalize(body_text, NFC)
  WHERE NOT (title IS NFC NORMALIZED AND sapo IS NFC NORMALIZED AND body_text IS NFC NORMALIZED);
