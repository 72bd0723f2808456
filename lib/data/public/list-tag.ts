import 'server-only';
import { unstable_cache } from 'next/cache';
import { listTag } from './surfaces';

const present = async () => true;

/**
 * Puts the list's tag (listTag) on the page being rendered, so one revalidateTag() refreshes every
 * page of the list in both languages. Next.js 16 adds tags to an ISR page only through a cached
 * fetch or unstable_cache inside its render (cacheTag() needs cacheComponents, which this app does
 * not use), so this caches a constant under the tag: the data itself is not cached twice, and the
 * entry is a few bytes.
 */
export async function tagListPage(list: 'chuyen-muc' | 'tu-khoa' | 'nhan-vat' | 'don-vi' | 'luu-tru', slug: string): Promise<void> {
  const tag = listTag(list, slug);
  await unstable_cache(present, ['list-tag', tag], { tags: [tag] })();
}
