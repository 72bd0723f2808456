import { describe, expect, it, vi } from 'vitest';
import { batchedCardLoader, type EditorCard } from './card-batch';

const [a, b, c, d] = ['1c9eede7-8c2e-454d-b723-2a99df95de1c', '2daffef8-9d3f-465e-8834-3baae0a6ef2d', '3ebf0f09-ae40-4760-9945-4cbbf1b7f03e', '4fc0a01a-bf51-4871-aa56-5dc0c2c8a14f'];
const card = (id: string, published = true): EditorCard => ({ id, numberSymbol: `${id}/QĐ`, typeName: 'Quyết định', issuedOn: '2025-03-07', summary: 'Quy chế', published });

describe("the editor's document card look-ups", () => {
  it('asks once for every card that renders together, each id once, and answers each card', async () => {
    const fetchMany = vi.fn(async (ids: string[]) => ({ ok: true as const, data: ids.filter((id) => id !== c).map((id) => card(id, id !== b)) }));
    const load = batchedCardLoader(fetchMany, 50);
    const answers = await Promise.all([a, b, a, c].map(load));
    expect(fetchMany).toHaveBeenCalledTimes(1);
    expect(fetchMany).toHaveBeenCalledWith([a, b, c]);
    expect(answers).toEqual([
      { ok: true, data: card(a) },
      { ok: true, data: card(b, false) },
      { ok: true, data: card(a) },
      { ok: true, data: null },
    ]);
  });

  it('splits a batch larger than the server takes, and a later card asks again', async () => {
    const fetchMany = vi.fn(async (ids: string[]) => ({ ok: true as const, data: ids.map((id) => card(id)) }));
    const load = batchedCardLoader(fetchMany, 2);
    await Promise.all([a, b, c].map(load));
    expect(fetchMany.mock.calls).toEqual([[[a, b]], [[c]]]);
    await load(d);
    expect(fetchMany).toHaveBeenCalledTimes(3);
  });

  it('answers a malformed id itself (not found), so one bad card does not make the server refuse the others', async () => {
    const A = '0b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
    const fetchMany = vi.fn(async (ids: string[]) => ({ ok: true as const, data: ids.map((id) => card(id)) }));
    const load = batchedCardLoader(fetchMany, 50);
    const answers = await Promise.all(['', 'javascript:alert(1)', A.toUpperCase()].map(load));
    expect(fetchMany.mock.calls).toEqual([[[A]]]);
    expect(answers).toEqual([{ ok: true, data: null }, { ok: true, data: null }, { ok: true, data: card(A) }]);
  });

  it("passes the server's refusal to each card, and says so in Vietnamese when the request fails", async () => {
    const refused = batchedCardLoader(async () => ({ ok: false as const, message: 'Chỉ người viết và biên tập mới dùng được tra cứu này.' }), 50);
    expect(await refused(a)).toEqual({ ok: false, message: 'Chỉ người viết và biên tập mới dùng được tra cứu này.' });
    const offline = batchedCardLoader(async () => Promise.reject(new Error('offline')), 50);
    expect(await offline(a)).toEqual({ ok: false, message: 'Chưa tải được thẻ văn bản: mất kết nối. Hãy tải lại trang.' });
  });
});
