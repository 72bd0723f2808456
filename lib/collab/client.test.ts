import { describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { keepPresence } from './client';

/** Counts the updates of this person's own presence (what the provider would send). */
function watch(awareness: Awareness) {
  const sent: number[] = [];
  awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
    if ([...added, ...updated].includes(awareness.clientID)) sent.push(sent.length);
  });
  return sent;
}

// Before the imports run: y-protocols stamps presences with lib0's clock, which keeps the Date.now it
// finds when it is first imported.
vi.hoisted(() => vi.useFakeTimers());

describe('presence of a co-editing connection', () => {
  it('alone on a story, sends nothing while idle; with someone else there, renews every 15 s and greets whoever arrives', () => {
    const me = new Awareness(new Y.Doc());
    me.setLocalState({ user: { id: 'a', name: 'An' } });
    const stop = keepPresence(me);
    const sent = watch(me);
    vi.advanceTimersByTime(10 * 60_000);
    expect(sent).toHaveLength(0);

    // Someone opens the story: this person's presence goes out at once, then every 15 s or so.
    const other = new Awareness(new Y.Doc());
    other.setLocalState({ user: { id: 'b', name: 'Bình' } });
    applyAwarenessUpdate(me, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
    expect(sent).toHaveLength(1);
    // Their presence is renewed too (as their own timer would), so they stay.
    for (let s = 0; s < 60; s += 15) {
      vi.advanceTimersByTime(15_000);
      other.setLocalState(other.getLocalState());
      applyAwarenessUpdate(me, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
    }
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(sent.length).toBeLessThanOrEqual(6);

    // They leave without a word: forgotten after 30 s, and the renewals stop.
    vi.advanceTimersByTime(35_000);
    expect(me.getStates().has(other.clientID)).toBe(false);
    const count = sent.length;
    vi.advanceTimersByTime(10 * 60_000);
    expect(sent.length).toBeLessThanOrEqual(count + 1);
    stop();
    me.destroy();
    other.destroy();
  });
});
