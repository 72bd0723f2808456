import 'server-only';
import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
// Reader queries tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { readerDb as db } from '@/db/client';
import { people, positions } from '@/db/schema';
import { personIsPublic } from '@/lib/data/public/taxonomy';
import { foldedWords, foldVietnamese } from '@/lib/search/fold';
import { vietnamDay } from '@/lib/time/format';

/** Names suggested at most; a box that lists more is not a suggestion. */
export const PEOPLE_SUGGEST_LIMIT = 8;
/** Words of the typed text used at most ("nguyen van a b c d" stops at the fifth). */
export const PEOPLE_SUGGEST_WORDS = 5;

export interface PersonSuggestion {
  slug: string;
  name: string;
  /** Their position today, if any. */
  title: string | null;
}

/**
 * People of the registry whose name holds every typed word as the start of one of its words,
 * diacritics ignored both ways ("hung" and "Hùng" find "Nguyễn Văn Hùng"), only those public by the
 * person pages' rule (personIsPublic). Names that begin with the first word come first.
 */
export async function suggestPeople(text: string, limit = PEOPLE_SUGGEST_LIMIT): Promise<PersonSuggestion[]> {
  const words = foldedWords(foldVietnamese(text))
    .map((w) => w.word)
    .slice(0, PEOPLE_SUGGEST_WORDS);
  if (words.length === 0) return [];
  const today = vietnamDay(new Date());
  const name = sql`(' ' || vn_unaccent(${people.fullName}))`;
  // Words are runs of letters and digits (foldedWords), so they hold no LIKE wildcard; still bound.
  const matches = words.map((w) => sql`${name} like ${`% ${w}%`}`);
  const current = db
    .select({ title: positions.title })
    .from(positions)
    .where(and(eq(positions.personId, people.id), lte(positions.startsOn, today), or(isNull(positions.endsOn), gte(positions.endsOn, today))))
    .orderBy(sql`${positions.startsOn} desc`)
    .limit(1);
  const rows = await db
    .select({ slug: people.slug, name: people.fullName, title: sql<string | null>`(${current})` })
    .from(people)
    .where(and(...matches, personIsPublic(today)))
    .orderBy(sql`vn_unaccent(${people.fullName}) like ${`${words[0]}%`} desc`, asc(people.fullName))
    .limit(Math.min(limit, PEOPLE_SUGGEST_LIMIT));
  return rows;
}
