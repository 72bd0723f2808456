import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentSchema } from './schema';
import type { JSONContent } from './types';
import { applyContentToYDoc, changeFromBase, contentFromYDoc, yStateFromContent } from './ydoc';

const doc = (...texts: string[]): JSONContent => ({ type: 'doc', content: texts.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })) });
const norm = (body: JSONContent) => contentSchema.nodeFromJSON(body).toJSON();
const live = (state: Uint8Array) => {
  const d = new Y.Doc();
  Y.applyUpdate(d, state);
  return d;
};

describe('Yjs document of a story', () => {
  it('takes a new body by changing only what differs', () => {
    const d = live(yStateFromContent(doc('Một.', 'Hai.', 'Ba.')));
    const before = Y.encodeStateVector(d);
    applyContentToYDoc(d, doc('Một.', 'Hai đã sửa.', 'Ba.'));
    expect(norm(contentFromYDoc(d))).toEqual(norm(doc('Một.', 'Hai đã sửa.', 'Ba.')));
    // The paragraphs that did not change are not rewritten: the change is far smaller than the document.
    const change = Y.encodeStateAsUpdate(d, before);
    applyContentToYDoc(d, doc('Một.', 'Hai đã sửa.', 'Ba.'));
    expect(Y.encodeStateAsUpdate(d, Y.encodeStateVector(d)).byteLength).toBeLessThan(10);
    expect(change.byteLength).toBeLessThan(200);
  });

  it('merges a change made outside (the API) with what was typed meanwhile in the live document', () => {
    const base = yStateFromContent(doc('Khai mạc hội nghị.', 'Báo cáo tổng kết.', 'Bế mạc.'));
    const d = live(base);
    // Someone types in the first paragraph after base.
    const first = d.getXmlFragment('default').get(0) as Y.XmlElement;
    (first.get(0) as Y.XmlText).insert(0, 'Sáng nay, ');
    // Meanwhile an API client, who read base, rewrites the last paragraph.
    const { update, state } = changeFromBase(base, doc('Khai mạc hội nghị.', 'Báo cáo tổng kết.', 'Bế mạc lúc 11 giờ.'));
    Y.applyUpdate(d, update);
    expect(norm(contentFromYDoc(d))).toEqual(norm(doc('Sáng nay, Khai mạc hội nghị.', 'Báo cáo tổng kết.', 'Bế mạc lúc 11 giờ.')));
    // The new base holds the API's version, so a second change from it is not applied twice.
    expect(norm(contentFromYDoc(live(state)))).toEqual(norm(doc('Khai mạc hội nghị.', 'Báo cáo tổng kết.', 'Bế mạc lúc 11 giờ.')));
    Y.applyUpdate(d, changeFromBase(state, doc('Khai mạc hội nghị.', 'Báo cáo tổng kết.', 'Bế mạc lúc 11 giờ.')).update);
    expect(norm(contentFromYDoc(d))).toEqual(norm(doc('Sáng nay, Khai mạc hội nghị.', 'Báo cáo tổng kết.', 'Bế mạc lúc 11 giờ.')));
  });

  it('removes what does not fit the schema (a client writing nodes the editor does not have)', () => {
    const d = live(yStateFromContent(doc('Nội dung.')));
    d.getXmlFragment('default').insert(1, [new Y.XmlElement('script')]);
    expect(JSON.stringify(contentFromYDoc(d))).toContain('script');
    applyContentToYDoc(d, doc('Nội dung.'));
    expect(norm(contentFromYDoc(d))).toEqual(norm(doc('Nội dung.')));
  });
});
