// PURE. The story editor shows each document card of a body by asking the server about its
// document; a body holds up to MAX_DOCUMENT_CARDS cards. Cards that render together (a story being
// opened) are answered by one request with all their ids, not one request and query per card.

/** What the editor shows of a card's document (lib/data/documents/cards.ts documentCardsForEditor). */
export interface EditorCard {
  id: string;
  numberSymbol: string;
  typeName: string;
  issuedOn: string;
  summary: string;
  /** false: a draft or withdrawn document, which readers do not see. */
  published: boolean;
}

export type CardAnswer = { ok: true; data: EditorCard | null } | { ok: false; message: string };
type ManyAnswer = { ok: true; data: EditorCard[] } | { ok: false; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OFFLINE = 'Chưa tải được thẻ văn bản: mất kết nối. Hãy tải lại trang.';

/**
 * A `load(id)` whose calls in the same turn of the event loop are gathered into requests of at most
 * `maxPerRequest` distinct ids each. A card whose document is unknown (or whose id is malformed) gets `data: null`.
 */
export function batchedCardLoader(fetchMany: (ids: string[]) => Promise<ManyAnswer>, maxPerRequest: number): (id: string) => Promise<CardAnswer> {
  let waiting: Map<string, Array<(answer: CardAnswer) => void>> | null = null;

  const send = async (batch: Map<string, Array<(answer: CardAnswer) => void>>) => {
    const ids = [...batch.keys()];
    for (let start = 0; start < ids.length; start += maxPerRequest) {
      const chunk = ids.slice(start, start + maxPerRequest);
      const result = await fetchMany(chunk).catch((): ManyAnswer => ({ ok: false, message: OFFLINE }));
      for (const id of chunk) {
        const answer: CardAnswer = result.ok ? { ok: true, data: result.data.find((c) => c.id.toLowerCase() === id) ?? null } : { ok: false, message: result.message };
        for (const resolve of batch.get(id)!) resolve(answer);
      }
    }
  };

  return (rawId) =>
    new Promise<CardAnswer>((resolve) => {
      // A malformed id (a pasted card) names no document: answered here, so the server, which
      // refuses a list holding one, still answers the others.
      if (!UUID.test(rawId)) {
        resolve({ ok: true, data: null });
        return;
      }
      const id = rawId.toLowerCase();
      if (!waiting) {
        const batch = new Map<string, Array<(answer: CardAnswer) => void>>();
        waiting = batch;
        setTimeout(() => {
          waiting = null;
          void send(batch);
        }, 0);
      }
      const list = waiting.get(id) ?? [];
      list.push(resolve);
      waiting.set(id, list);
    });
}
