import 'server-only';
import { unstable_cache } from 'next/cache';
import { mostReadRanking, type MostReadRanking } from '../views/most-read';
import { publicCardsOf, toCards, type ArticleCard } from './cards';

/** Stories in each list ("24 giờ", "7 ngày"). */
export const MOST_READ_SIZE = 5;
/** Ids kept beyond the size, so a story taken down since the ranking leaves a full list. */
const SPARE = 5;

/**
 * How stale the lists may get (MOST_READ_REFRESH_SECONDS, default 5 minutes). The pages that show
 * them stay ISR pages served from the cache; this only makes Next.js render them again in the
 * background once they are older than that, on their next request (stale-while-revalidate).
 */
export function mostReadRefreshSeconds(): number {
  const n = Number(process.env.MOST_READ_REFRESH_SECONDS);
  return Number.isInteger(n) && n >= 30 && n <= 3600 ? n : 300;
}

export interface MostRead {
  day: ArticleCard[];
  week: ArticleCard[];
}

/**
 * The most-read lists for a reader page. The ranking (ids only: it goes through JSON) is computed at
 * most once per refresh period for the whole site; the cards are read with the page, through the
 * public filter, so a page rendered after a takedown (the takedown re-renders the home, section and
 * story pages) no longer lists the story even while the ranking is older.
 */
export async function publicMostRead(): Promise<MostRead> {
  const ranking = await unstable_cache(() => mostReadRanking(MOST_READ_SIZE + SPARE), ['most-read'], { revalidate: mostReadRefreshSeconds() })();
  return mostReadCards(ranking);
}

export async function mostReadCards(ranking: MostReadRanking): Promise<MostRead> {
  const rows = await publicCardsOf([...new Set([...ranking.day, ...ranking.week])]);
  const cards = new Map((await toCards(rows)).map((c) => [c.id, c]));
  const pick = (ids: string[]) => ids.flatMap((id) => cards.get(id) ?? []).slice(0, MOST_READ_SIZE);
  return { day: pick(ranking.day), week: pick(ranking.week) };
}
