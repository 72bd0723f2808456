-- vn_search_keys(): the word-aware keys of a story (article_search.keys, see db/schema.ts), in SQL so
-- that every writer of article_search gets them and existing rows get them when the column is added.
-- Search keys of a story (see db/schema.ts article_search.keys): what the word-aware ranking asks.
-- Clauses end at punctuation followed by a space (so "TP.HCM" and "45-NQ/TW" stay whole) or at brackets,
-- quotes and dashes; lib/search/rank-plan.ts accentedKeys() splits queries the same way.
--   folded syllable pairs that stand next to each other in one clause ("da_nang"),
--   ^pairs when both syllables are capitalised, as in names ("^da_nang" for "Đà Nẵng", not "đã năng"),
--   accented syllables as written ("đà", "nẵng"; only those that differ from their folded form),
--   accented pairs of the title and sapo ("đà_nẵng"),
--   document numbers as whole tokens ("#45-nq/tw" and "#45-nq"; "#42/2022/nd-cp" and "#42-nd"), and
--   the same with "@" when the number stands in the title or sapo ("@45-nq").
CREATE OR REPLACE FUNCTION vn_search_keys(head text, body text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
  keys text[] := '{}';
  src text;
  in_head boolean;
  clause text;
  words text[];
  w text;
  prev text;
  prev_cap boolean;
  cap boolean;
  f text;
  pf text;
  m text[];
  codes text[];
  folded text;
BEGIN
  FOR src, in_head IN SELECT * FROM (VALUES (head, true), (body, false)) AS v(s, h) LOOP
    FOREACH clause IN ARRAY regexp_split_to_array(src, '[.,;:!?…]+(\s+|$)|[()\[\]{}"“”‘’–—\n]+') LOOP
      prev := NULL;
      FOREACH w IN ARRAY regexp_split_to_array(clause, '[^[:alnum:]]+') LOOP
        CONTINUE WHEN w = '';
        cap := w <> lower(w) AND left(w, 1) <> lower(left(w, 1));
        w := lower(w);
        f := vn_unaccent(w);
        IF f <> w THEN keys := keys || w; END IF;
        IF prev IS NOT NULL THEN
          pf := vn_unaccent(prev);
          keys := keys || (pf || '_' || f);
          IF cap AND prev_cap THEN keys := keys || ('^' || pf || '_' || f); END IF;
          IF in_head AND (pf <> prev OR f <> w) THEN keys := keys || (prev || '_' || w); END IF;
        END IF;
        prev := w;
        prev_cap := cap;
      END LOOP;
    END LOOP;
    folded := vn_unaccent(src);
    codes := '{}';
    FOR m IN SELECT regexp_matches(folded, '(?:^|[^[:alnum:]/])(\d+)-([a-z]+)/([a-z]+)', 'g') LOOP
      codes := codes || (m[1] || '-' || m[2] || '/' || m[3]) || (m[1] || '-' || m[2]);
    END LOOP;
    FOR m IN SELECT regexp_matches(folded, '(?:^|[^[:alnum:]/])(\d+)/(\d{4})/([a-z]+)-([a-z]+)', 'g') LOOP
      codes := codes || (m[1] || '/' || m[2] || '/' || m[3] || '-' || m[4]) || (m[1] || '-' || m[3]);
    END LOOP;
    FOR m IN SELECT regexp_matches(folded, '(?:^|[^[:alnum:]/])(\d+)/([a-z]+)-([a-z]+)', 'g') LOOP
      codes := codes || (m[1] || '/' || m[2] || '-' || m[3]) || (m[1] || '-' || m[2]);
    END LOOP;
    keys := keys || array(SELECT '#' || c FROM unnest(codes) c);
    IF in_head THEN keys := keys || array(SELECT '@' || c FROM unnest(codes) c); END IF;
  END LOOP;
  RETURN array_to_tsvector(keys);
END $$;
--> statement-breakpoint
-- The rank's checks against one story's keys in one call (lib/data/search/ranked-search.ts planRank):
-- each reference to a column in SQL fetches and decompresses it again, so a dozen `keys @@ q` tests
-- per row cost a dozen decompressions; here the value is decompressed once (strip() copies it).
CREATE OR REPLACE FUNCTION vn_keys_score(keys tsvector, checks tsquery[], weights float8[]) RETURNS float8
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  k tsvector;
  total float8 := 0;
BEGIN
  IF keys IS NULL OR checks IS NULL THEN RETURN 0; END IF;
  k := strip(keys);
  FOR i IN 1 .. coalesce(array_length(checks, 1), 0) LOOP
    IF k @@ checks[i] THEN total := total + weights[i]; END IF;
  END LOOP;
  RETURN total;
END $$;
