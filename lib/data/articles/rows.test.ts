// The sign-off hash (versionHash) is what a leader's approval is bound to: every attribute of a
// gallery and of a document card that readers see must be in it, so changing one after sign-off
// needs a new sign-off (lib/data/articles/tests/sign-off.int.test.ts checks the same end to end).
import { describe, expect, it } from 'vitest';
import type { Placement } from '@/lib/content/placement';
import type { JSONContent } from '@/lib/content/types';
import { validateBody } from '@/lib/content/validate';
import { versionHash, type RevisionContent } from './rows';

const A = '0b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
const B = '1c9eede7-8c2e-454d-b723-2a99df95de1c';
const C = '2daffef8-9d3f-465e-8834-3baae0a6ef2d';
const DOC = '5b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
const OTHER_DOC = '6c9eede7-8c2e-454d-b723-2a99df95de1c';

const placement: Placement = { sectionId: null, tags: [], authorIds: [], slug: 'bai', language: 'vi', kind: 'news', embargoUntil: null, scheduledUnpublishAt: null };
const photo = (mediaId: string, extra: Record<string, string> = {}) => ({ mediaId, alt: 'Mô tả', caption: 'Chú thích', credit: 'TTXVN', ...extra });

function body(items: unknown[], documentId = DOC): JSONContent {
  const checked = validateBody({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Nội dung' }] },
      { type: 'gallery', attrs: { items } },
      { type: 'documentCard', attrs: { documentId } },
    ],
  });
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join(' '));
  return checked.json;
}

const hash = (b: JSONContent) => versionHash({ title: 'Tiêu đề', sapo: 'Sapo', body: b, meta: { byline: '' }, meeting: null } satisfies RevisionContent, placement);
const signed = hash(body([photo(A), photo(B)]));

describe('the sign-off hash covers galleries and document cards', () => {
  it('is stable for the same content', () => {
    expect(hash(body([photo(A), photo(B)]))).toBe(signed);
  });

  it.each<[string, JSONContent]>([
    ['a caption', body([photo(A, { caption: 'Chú thích khác' }), photo(B)])],
    ['a credit', body([photo(A), photo(B, { credit: 'Ảnh: Văn Điệp' })])],
    ['alt text', body([photo(A, { alt: 'Mô tả khác' }), photo(B)])],
    ['the order of the photos', body([photo(B), photo(A)])],
    ['a photo swapped for another', body([photo(A), photo(C)])],
    ['a photo added', body([photo(A), photo(B), photo(C)])],
    ['a photo removed', body([photo(A)])],
    ['the document a card shows', body([photo(A), photo(B)], OTHER_DOC)],
  ])('changes when %s changes', (_what, changed) => {
    expect(hash(changed)).not.toBe(signed);
  });
});
