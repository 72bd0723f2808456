-- The accented keys of vn_search_keys() ("đà", "đà_nẵng") wrote the tone where the story wrote it, so a
-- reader who typed "hoà bình" (new spelling) got no accent preference for stories spelling it "hòa
-- bình" (old spelling), as if they were other words that fold to "hoa". Where the tone sits on a final
-- "oa", "oe", "uy" is only spelling style; the keys now write it on the second vowel, and so does the
-- query side (lib/search/fold.ts toneCanonical()). Only the tone's place moves: "hóa" stays apart from "hoa".
CREATE OR REPLACE FUNCTION vn_tone_canonical(w text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  SET search_path = public, pg_catalog AS $$
DECLARE
  n int := char_length(w);
  toned text;
  last text;
  i int;
BEGIN
  IF n < 2 THEN RETURN w; END IF;
  toned := substr(w, n - 1, 1);
  last := substr(w, n, 1);
  i := strpos('òóỏõọ', toned);
  IF i > 0 AND last IN ('a', 'e') THEN
    RETURN left(w, n - 2) || 'o' || substr(CASE last WHEN 'a' THEN 'àáảãạ' ELSE 'èéẻẽẹ' END, i, 1);
  END IF;
  i := strpos('ùúủũụ', toned);
  IF i > 0 AND last = 'y' THEN
    RETURN left(w, n - 2) || 'u' || substr('ỳýỷỹỵ', i, 1);
  END IF;
  RETURN w;
END $$;
--> statement-breakpoint
-- Unchanged from migration search_keys apart from vn_tone_canonical() on every word.
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
-- The keys are stored generated columns: rewriting a row's title computes them again. Only rows whose
-- text holds a toned "o" before "a"/"e" or a toned "u" before "y" can have other keys (a superset of the
-- syllables vn_tone_canonical() moves), so the others are left alone: on a large archive this is a
-- fraction of the rows, each of which costs a vn_search_keys() run and a rewritten tsvector.
UPDATE article_search SET title = title
  WHERE title || ' ' || sapo || ' ' || body_text ~ '[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]';--> statement-breakpoint
UPDATE article_working_search SET title = title
  WHERE title || ' ' || sapo || ' ' || body_text ~ '[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]';
