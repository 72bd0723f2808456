import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { latestPublicArticles, publicArticleBySlug } from '../public/articles';

// A story with no chosen cover stands for itself with its first figure, as the editor promises
// ("dùng ảnh đầu tiên trong bài"): page (og:image, JSON-LD read article.cover) and cards alike.
const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

const tag = crypto.randomUUID().slice(0, 8);

async function photo(name: string) {
  const key = `test/${tag}/${name}`;
  const [row] = await db
    .insert(s.media)
    .values({
      storageKey: `${key}.jpg`,
      mimeType: 'image/jpeg',
      byteSize: 1000,
      width: 1200,
      height: 800,
      sha256: crypto.randomUUID(),
      variants: [{ width: 960, height: 640, format: 'jpeg', key: `${key}-960.jpg`, bytes: 900 }],
    })
    .returning({ id: s.media.id });
  return row!.id;
}

async function story(body: unknown, coverMediaId?: string) {
  const slug = `anh-bia-${tag}-${crypto.randomUUID().slice(0, 6)}`;
  const [row] = await db.insert(s.articles).values({ slug, status: 'published' }).returning();
  const [rev] = await db
    .insert(s.revisions)
    .values({ articleId: row!.id, number: 1, title: `Ảnh bìa ${slug}`, body, meta: { byline: '', ...(coverMediaId ? { coverMediaId } : {}) }, contentHash: 'h' })
    .returning();
  await db.update(s.articles).set({ currentRevisionId: rev!.id, liveRevisionId: rev!.id, publishedAt: new Date() }).where(eq(s.articles.id, row!.id));
  return { id: row!.id, slug };
}

const figure = (mediaId: string | null) => ({ type: 'figure', attrs: { mediaId, alt: 'Ảnh', caption: 'Chú thích', credit: '' } });
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('cover of a story without a chosen cover', () => {
  it('is the first figure of the body, on the page and on its card; a chosen cover wins', async () => {
    const [first, second, chosen] = [await photo('a'), await photo('b'), await photo('c')];
    const nested = await story({ type: 'doc', content: [para('Mở đầu'), { type: 'blockquote', content: [figure(null), figure(first)] }, figure(second)] });
    const picked = await story({ type: 'doc', content: [figure(first)] }, chosen);
    const none = await story({ type: 'doc', content: [para('Không ảnh')] });

    const page = await publicArticleBySlug(nested.slug);
    expect(page.found === 'article' && page.article.cover?.src).toContain(`test/${tag}/a-960.jpg`);
    const pickedPage = await publicArticleBySlug(picked.slug);
    expect(pickedPage.found === 'article' && pickedPage.article.cover?.src).toContain(`test/${tag}/c-960.jpg`);
    const nonePage = await publicArticleBySlug(none.slug);
    expect(nonePage.found === 'article' && nonePage.article.cover).toBeNull();

    const cards = new Map((await latestPublicArticles(50)).map((c) => [c.id, c]));
    expect(cards.get(nested.id)?.cover?.src).toContain(`test/${tag}/a-960.jpg`);
    expect(cards.get(picked.id)?.cover?.src).toContain(`test/${tag}/c-960.jpg`);
    expect(cards.get(none.id)?.cover).toBeNull();
  });
});
