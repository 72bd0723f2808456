import 'server-only';
import { unstable_cache } from 'next/cache';

/** A feed or sitemap as it is served: kept as text, so nothing in it depends on JSON round trips. */
export interface PublicBody {
  status: number;
  body: string;
  contentType: string;
}

/**
 * Feeds and sitemaps are route handlers, which Next.js cannot keep as ISR pages here (the build has
 * no database to prerender them from), so their finished text is kept in the same Next.js cache as
 * the reader pages (memory, or Redis shared by every instance). A cached read runs the handler but
 * does no database work. The entry carries the request's implicit tags (`_N_T_/rss.xml`, the layout
 * tags), so the revalidatePath() calls of lib/data/public/revalidate.ts (a publish touches
 * /rss.xml, /sitemap.xml, /news-sitemap.xml and the section's feed; a settings change touches every
 * layout) expire it exactly like a page.
 *
 * `refreshSeconds` bounds how stale a time-windowed body may get on its own (the news sitemap lists
 * the last 48 hours, so a story must fall out of it without any publish happening).
 */
export async function cachedPublicBody(path: string, build: () => Promise<PublicBody>, refreshSeconds: number | false = false): Promise<Response> {
  const entry = await cachedPublicValue(path, build, refreshSeconds);
  return new Response(entry.body, { status: entry.status, headers: { 'Content-Type': entry.contentType } });
}

/**
 * The same cache for a value that is not yet text (the sitemap hands Next.js an array). The value
 * goes through JSON, so dates must be kept as ISO text.
 */
export function cachedPublicValue<T>(path: string, build: () => Promise<T>, refreshSeconds: number | false = false): Promise<T> {
  return unstable_cache(build, ['public-body', path], { revalidate: refreshSeconds })();
}
