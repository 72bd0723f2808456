import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { articleSurfaces, revalidateArticleSurfaces } from '../public/revalidate';
import { createSection, createStory, uniqueWord } from './public-fixtures';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

describe('what a story touches', () => {
  it('lists its slugs (old ones too), section, tags, people and organising unit', async () => {
    const w = uniqueWord();
    const section = await createSection(db);
    const [tag] = await db.insert(s.tags).values({ slug: `tu-khoa-${w}`, name: `Từ khóa ${w}` }).returning();
    const [person] = await db.insert(s.people).values({ slug: `nguoi-${w}`, fullName: `Người ${w}` }).returning();
    const [unit] = await db.insert(s.units).values({ slug: `don-vi-${w}`, name: `Đơn vị ${w}` }).returning();
    const story = await createStory(db, {
      title: `Hội nghị ${w}`,
      kind: 'meeting_report',
      sectionId: section.id,
      tagIds: [tag!.id],
      people: [
        { personId: person!.id, role: 'chair' },
        { personId: person!.id, role: 'presenter' },
      ],
      meeting: { startsAt: new Date().toISOString(), location: 'Hà Nội', organiserUnitId: unit!.id, organiserName: unit!.name, people: [], participants: '', conclusions: '' },
    });
    await db.insert(s.articleSlugs).values({ slug: `cu-${story.slug}`, articleId: story.id });

    const surfaces = await articleSurfaces(story.id);
    expect(surfaces).toEqual({
      slugs: [story.slug, `cu-${story.slug}`],
      sectionSlugs: [section.slug],
      tagSlugs: [tag!.slug],
      personSlugs: [person!.slug],
      unitSlugs: [unit!.slug],
      publishedAt: [expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/)],
    });
    // Inside a transaction too (one query at a time: scripts/lib/no-queued-queries.ts fails the file otherwise).
    await db.transaction(async (tx) => expect(await articleSurfaces(story.id, tx)).toEqual(surfaces));
    expect(await articleSurfaces(crypto.randomUUID())).toEqual({ slugs: [], sectionSlugs: [], tagSlugs: [], personSlugs: [], unitSlugs: [] });
  });

  it('outside a Next.js request still purges the shared cache with every path, and never throws', async () => {
    const received: unknown[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    process.env.PUBLIC_PURGE_URL = `http://127.0.0.1:${port}/purge`;
    process.env.PUBLIC_PURGE_TOKEN = 'bi-mat';
    try {
      const result = await revalidateArticleSurfaces({ slugs: ['tin-a'], sectionSlugs: ['cm'], tagSlugs: [], personSlugs: [], unitSlugs: [] });
      expect(result.revalidated).toBe(false);
      expect(result.purged).toBe(true);
      expect(result.paths).toContain('/bai-viet/tin-a');
      expect(received).toEqual([{ auth: 'Bearer bi-mat', body: { paths: result.paths } }]);

      process.env.PUBLIC_PURGE_URL = 'http://127.0.0.1:1/khong-co';
      await expect(revalidateArticleSurfaces({ slugs: ['tin-a'], sectionSlugs: [], tagSlugs: [], personSlugs: [], unitSlugs: [] })).resolves.toMatchObject({ purged: false });
    } finally {
      delete process.env.PUBLIC_PURGE_URL;
      delete process.env.PUBLIC_PURGE_TOKEN;
      server.close();
    }
  });
});
