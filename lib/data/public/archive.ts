import 'server-only';
import { buffer } from 'node:stream/consumers';
import type { FigureMedia } from '@/lib/content/render';
import { mediaStorage } from '@/lib/media/storage';
import { publicArticleBySlug, type ArticleLookup } from './articles';

/** Larger photos are not worth the size of a saved page; the fallback JPEG is about 960 pixels wide. */
const MAX_INLINE_BYTES = 1_500_000;

/**
 * The story for "Lưu bài": the same public lookup as the page, with every figure's image turned into
 * a data: URI so the saved file is complete offline. An image that cannot be read is left out.
 */
export async function publicArticleArchive(slug: string): Promise<ArticleLookup> {
  const lookup = await publicArticleBySlug(slug);
  if (lookup.found !== 'article') return lookup;
  const inlined = new Map<string, FigureMedia>();
  await Promise.all(
    [...lookup.article.media].map(async ([id, media]) => {
      const key = media.src.replace(/^\/media\//, '');
      const file = await mediaStorage().open(key);
      if (!file || file.size > MAX_INLINE_BYTES) {
        file?.stream.destroy();
        return;
      }
      const bytes = await buffer(file.stream);
      inlined.set(id, { src: `data:image/jpeg;base64,${bytes.toString('base64')}`, width: media.width, height: media.height, srcSet: {} });
    }),
  );
  return { found: 'article', article: { ...lookup.article, media: inlined, cover: null } };
}
