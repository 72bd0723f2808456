'use client';

// Autosave that never loses a word and never lets an older save land after a newer one:
//  - every change is written at once to a local journal (localStorage), so a crash, a closed tab
//    or a failed save can be recovered;
//  - saves run strictly one at a time, each based on the version the previous one returned; edits
//    made during a save are sent by the next one;
//  - a save refused because someone else saved meanwhile stops autosaving and opens the conflict
//    view; a save refused for an expired session keeps the text and asks to sign in again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import type { SaveResult } from '@/lib/data/articles/save-article';

export interface Snapshot {
  title: string;
  sapo: string;
  body: unknown;
  byline: string;
  seoTitle: string;
  seoDescription: string;
  coverMediaId?: string;
  /** "Đính chính" of this version (only for a story that was published). */
  correction: string;
  /** ISO instants or null. */
  embargoUntil: string | null;
  scheduledUnpublishAt: string | null;
  sectionId: string | null;
  /** The story's language ('vi' or 'en'); readers see it in this language in either interface. */
  language: 'vi' | 'en';
  tags: string[];
  authorIds: string[];
  slug: string;
  meeting: unknown;
}

export type SaveStatus =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'signin'; message: string };

export interface Journal {
  snapshot: Snapshot;
  baseVersion: number;
  at: string;
}

const DEBOUNCE_MS = 1200;
const RETRY_MS = [2000, 5000, 15000, 30000];
export const journalKey = (articleId: string) => `toa-soan:nhap:${articleId}`;

export function readJournal(articleId: string): Journal | null {
  try {
    const raw = window.localStorage.getItem(journalKey(articleId));
    return raw ? (JSON.parse(raw) as Journal) : null;
  } catch {
    return null;
  }
}

function writeJournal(articleId: string, journal: Journal | null): void {
  try {
    if (journal) window.localStorage.setItem(journalKey(articleId), JSON.stringify(journal));
    else window.localStorage.removeItem(journalKey(articleId));
  } catch {
    // storage full or disabled: the server save is still attempted
  }
}

type SaveFn = (input: Snapshot & { baseVersion: number }) => Promise<ActionResult<SaveResult>>;

export function useAutosave(options: { articleId: string; initialVersion: number; save: SaveFn; enabled: boolean }) {
  const { articleId, save, enabled } = options;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: null });
  const [version, setVersion] = useState(options.initialVersion);
  const versionRef = useRef(options.initialVersion);
  const latest = useRef<Snapshot | null>(null);
  const sentRef = useRef<Snapshot | null>(null);
  const inFlight = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retries = useRef(0);
  const flushRef = useRef<() => Promise<boolean>>(async () => false);

  /** Sends pending edits, one save at a time, until nothing is pending. True when all is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // A save is under way: it sends whatever is pending when it returns.
    if (inFlight.current) return false;
    while (latest.current && !stopped.current) {
      const snapshot = latest.current;
      inFlight.current = true;
      sentRef.current = snapshot;
      setStatus({ kind: 'saving' });
      let result: ActionResult<SaveResult>;
      try {
        result = await save({ ...snapshot, baseVersion: versionRef.current });
      } catch {
        result = { ok: false, code: 'internal', message: 'Mất kết nối tới máy chủ.' };
      }
      inFlight.current = false;
      if (!result.ok) {
        if (result.code === 'conflict') {
          stopped.current = true;
          setStatus({ kind: 'conflict', message: result.message });
        } else if (result.code === 'unauthenticated' || result.code === 'cross_origin') {
          stopped.current = true;
          setStatus({ kind: 'signin', message: 'Phiên đăng nhập đã hết. Nội dung vẫn được giữ trên máy này: hãy đăng nhập lại ở thẻ mới rồi bấm “Lưu lại”.' });
        } else if (result.code === 'invalid' || result.code === 'forbidden') {
          setStatus({ kind: 'error', message: result.message });
        } else if (result.code === 'unavailable') {
          // The database is down: say so plainly, keep the text (journal) and keep retrying.
          const delay = RETRY_MS[Math.min(retries.current, RETRY_MS.length - 1)]!;
          retries.current++;
          setStatus({ kind: 'error', message: `Chưa lưu được: ${result.message}` });
          timer.current = setTimeout(() => void flushRef.current(), delay);
        } else {
          const delay = RETRY_MS[Math.min(retries.current, RETRY_MS.length - 1)]!;
          retries.current++;
          setStatus({ kind: 'error', message: `Chưa lưu được: thử lại sau ${Math.round(delay / 1000)} giây.` });
          timer.current = setTimeout(() => void flushRef.current(), delay);
        }
        return false;
      }
      retries.current = 0;
      versionRef.current = result.data.version;
      setVersion(result.data.version);
      if (latest.current === snapshot) {
        latest.current = null;
        writeJournal(articleId, null);
        setStatus({ kind: 'saved', at: new Date() });
      } else {
        // Edits made during the save: journal them against the new version and go round again.
        writeJournal(articleId, { snapshot: latest.current!, baseVersion: versionRef.current, at: new Date().toISOString() });
      }
    }
    return !latest.current;
  }, [articleId, save]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Call on every change. */
  const update = useCallback(
    (snapshot: Snapshot) => {
      latest.current = snapshot;
      writeJournal(articleId, { snapshot, baseVersion: versionRef.current, at: new Date().toISOString() });
      if (stopped.current || !enabled) return;
      setStatus((s) => (s.kind === 'saving' ? s : { kind: 'dirty' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushRef.current(), DEBOUNCE_MS);
    },
    [articleId, enabled],
  );

  /** After the conflict or sign-in problem is resolved: continue from this version. */
  const resume = useCallback(
    (newVersion: number, pending: Snapshot | null) => {
      stopped.current = false;
      retries.current = 0;
      versionRef.current = newVersion;
      setVersion(newVersion);
      latest.current = pending;
      if (pending) void flush();
      else {
        writeJournal(articleId, null);
        setStatus({ kind: 'saved', at: new Date() });
      }
    },
    [articleId, flush],
  );

  const retryNow = useCallback(() => {
    stopped.current = false;
    if (!latest.current && sentRef.current) latest.current = sentRef.current;
    return flush();
  }, [flush]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current || inFlight.current) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  /**
   * For a change the server makes to the working copy on the editor's behalf (a comment thread's
   * anchor): saves everything pending, then holds autosave so no save based on the old version goes
   * out meanwhile. False when the edits could not be saved (the status says why). Always release().
   */
  const hold = useCallback(async (): Promise<boolean> => {
    for (let waited = 0; inFlight.current && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    if (stopped.current || !(await flush())) return false;
    stopped.current = true;
    return true;
  }, [flush]);

  /** Ends hold(): continue from the version the server answered (null: unchanged); edits made meanwhile, as `pending` now reads, are saved on it. */
  const release = useCallback(
    (newVersion: number | null, pending: Snapshot) => {
      stopped.current = false;
      if (newVersion !== null) {
        versionRef.current = newVersion;
        setVersion(newVersion);
      }
      if (latest.current) {
        latest.current = pending;
        writeJournal(articleId, { snapshot: pending, baseVersion: versionRef.current, at: new Date().toISOString() });
        void flush();
      }
    },
    [articleId, flush],
  );

  /** A version reached without this hook's saves (a co-editing checkpoint): later saves are based on it. */
  const adopt = useCallback((newVersion: number) => {
    if (newVersion <= versionRef.current) return;
    versionRef.current = newVersion;
    setVersion(newVersion);
  }, []);

  /** The version the last save returned, read at the moment (after a flush, the state may lag). */
  const currentVersion = useCallback(() => versionRef.current, []);

  return { status, version, currentVersion, update, flush, resume, retryNow, hold, release, adopt };
}
