-- vn_search_keys() runs for every story written (article_search and the newsroom's
-- article_working_search both store its result), about 7 ms for a story of the benchmark, so it
-- bounds how fast stories are written in bulk (the benchmark's 100,000 and 1,000,000-story corpora).
-- It folded each word twice (as the word and again as the next word's predecessor) and called
-- vn_tone_canonical(), whose pinned search_path (0021) PostgreSQL sets and restores on every call,
-- once per word. Now each word is folded once and vn_tone_canonical() has no pin: its body names only
-- pg_catalog's functions, which every search_path finds first (an empty one too, as pg_restore
-- runs). On 200 stories of the benchmark 1,315-1,500 ms before, 1,050-1,080 ms after, the same keys
-- for each of the 9,702 public stories of the 10,000-story corpus.
ALTER FUNCTION vn_tone_canonical(text) RESET search_path;--> statement-breakpoint
CREATE OR REPLACE FUNCTION vn_search_keys(head text, body text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  SET search_path = public, pg_catalog AS $$
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
        w := vn_tone_canonical(lower(w));
        f := vn_unaccent(w);
        IF f <> w THEN keys := keys || w; END IF;
        IF prev IS NOT NULL THEN
          keys := keys || (pf || '_' || f);
          IF cap AND prev_cap THEN keys := keys || ('^' || pf || '_' || f); END IF;
          IF in_head AND (pf <> prev OR f <> w) THEN keys := keys || (prev || '_' || w); END IF;
        END IF;
        prev := w;
        pf := f;
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
