import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBody } from '@/lib/content/validate';
import { slugify } from '@/lib/slug/slugify';
import { buildBody } from './build-body';
import { loadDemoArticles, loadDemoPeople } from './demo-content';
import { seedStoryArticle, seedStoryPeople } from './seed-story';

const story = seedStoryArticle(readFileSync(path.join(import.meta.dirname, 'content', 'seed-article.vi.txt'), 'utf8'));
const demoArticles = loadDemoArticles();
const all = [story, ...demoArticles];
const registry = [...seedStoryPeople, ...loadDemoPeople()];
const MEDIA = '0b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';

describe('demo content', () => {
  it('has at least 12 further articles across at least 4 sections, some with figures', () => {
    expect(demoArticles.length).toBeGreaterThanOrEqual(12);
    expect(new Set(demoArticles.map((a) => a.section)).size).toBeGreaterThanOrEqual(4);
    expect(demoArticles.filter((a) => a.blocks.some((b) => b.type === 'figure')).length).toBeGreaterThanOrEqual(5);
    expect(demoArticles.filter((a) => a.kind === 'meeting_report').length).toBeGreaterThanOrEqual(3);
  });

  it('has unique slugs derived from the titles', () => {
    expect(new Set(all.map((a) => a.slug)).size).toBe(all.length);
    for (const a of all) expect(a.slug).toBe(slugify(a.title));
  });

  it('registers each person once', () => {
    expect(new Set(registry.map((p) => p.slug)).size).toBe(registry.length);
  });

  it('gives meeting people the title they held on the meeting date', () => {
    for (const a of all) {
      for (const person of a.meeting?.people ?? []) {
        const entry = registry.find((p) => p.name === person.name);
        if (!entry) continue; // typed in, not from the registry
        const day = a.meeting!.startsAt.slice(0, 10);
        const held = entry.positions.filter((p) => p.from <= day && (!p.to || day <= p.to));
        expect(held.map((p) => p.title), `${person.name} on ${day} in ${a.slug}`).toEqual([person.title]);
      }
    }
  });

  it('builds bodies that pass the server validation, alt text included', () => {
    for (const a of all) {
      const result = validateBody(buildBody(a.blocks, () => MEDIA), { requireAlt: true });
      expect(result.ok, a.slug).toBe(true);
    }
  });
});
