'use client';

// The article editor: title, sapo, body (Tiptap), metadata and the meeting panel, with autosave,
// a local journal for recovery, the conflict view and the edit lease. The only place editor code
// lives; readers never load it.
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Meeting } from '@/lib/content/meeting';
import { cleanPastedHtml } from '@/lib/content/paste';
import { bodyToPlainText, readingMinutes, wordCount } from '@/lib/content/plain-text';
import type { JSONContent } from '@/lib/content/types';
import type { StaffArticle } from '@/lib/data/articles/read-article';
import type { RegistryPerson } from '@/lib/data/registry/people';
import { slugify } from '@/lib/slug/slugify';
import { PLACEHOLDER_TITLE, runChecklist } from '@/lib/workflow/checklist';
import { claimLeaseAction, loadArticleAction, releaseLeaseAction, saveArticleAction } from '@/app/(newsroom)/toa-soan/bai-viet/actions';
import { PreviewPanel } from '@/components/newsroom/preview-panel';
import { WorkflowActions } from '@/components/newsroom/workflow-actions';
import type { WorkflowEvent } from '@/lib/workflow/transition';
import { carryCommentAnchors, commentThreadIds } from '@/lib/content/comment-marks';
import { CommentHighlight } from './comment-highlight';
import { useCommentThreads, type EditorThreads } from './comment-threads';
import { ConflictView, type TheirVersion } from './conflict-view';
import { editorExtensions, liveEditorExtensions } from './editor-extensions';
import { colorFor, OFFLINE_MESSAGE, useLiveDocument, type LiveDocument } from './use-live-document';
import { SuggestChanges } from './suggest-extension';
import { SuggestPanel } from './suggest-panel';
import { CoverPicker, MediaButtons, uploadAndInsert } from './media-tools';
import { fromVietnamInput, MeetingPanel, toVietnamInput } from './meeting-panel';
import { filesFromClipboard } from '@/components/media/upload-client';
import { TagInput } from './tag-input';
import { Toolbar } from './toolbar';
import { readJournal, useAutosave, type Journal, type SaveStatus, type Snapshot } from './use-autosave';

export interface ArticleEditorProps {
  article: StaffArticle;
  canEdit: boolean;
  editBlockedReason: string | null;
  sections: Array<{ id: string; name: string }>;
  registry: RegistryPerson[];
  units: Array<{ id: string; name: string }>;
  lease: { userId: string; name: string } | null;
  viewerId: string;
  openMeetingPanel: boolean;
  /** Workflow events this viewer may fire now. */
  events: WorkflowEvent[];
  /** Whom a leader's return may go to (the review editor, the writers). */
  returnTargets?: Array<{ id: string; name: string; kind: 'editor' | 'writer' }>;
  /** Staff who may be credited as authors. */
  writers: Array<{ id: string; name: string }>;
  /** What a leader signs (server-rendered): full width above the columns on a desktop. */
  signOff?: ReactNode;
  /**
   * Editors and leaders act on the story more than they type in it: on a phone their workflow panel
   * and checklist come first (in the DOM too, so screen readers meet them first). The desktop
   * layout is the same either way: the panel at the top of the right-hand column.
   */
  panelFirst?: boolean;
  /** "Chế độ gợi ý" starts on (leaders: issue 23). */
  suggestingByDefault?: boolean;
  /** Comment threads on the text, whom a comment may mention, and whether this viewer settles any thread. */
  threads: EditorThreads;
  /** Live co-editing is on (site settings, issue #24): the viewer's name for their caret and presence. */
  coediting?: { name: string } | null;
}

const LEASE_RENEW_MS = 30_000;
const clock = (d: Date) => d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.at ? `Đã lưu lúc ${clock(status.at)}` : 'Đã lưu';
    case 'dirty':
      return 'Có thay đổi chưa lưu';
    case 'saving':
      return 'Đang lưu…';
    case 'error':
      return status.message.startsWith('Chưa lưu được') ? status.message : `Chưa lưu được: ${status.message}`;
    case 'conflict':
      return 'Chưa lưu: bài vừa được người khác thay đổi';
    case 'signin':
      return 'Chưa lưu: cần đăng nhập lại';
  }
}

function snapshotOf(article: StaffArticle): Snapshot {
  return {
    title: article.title === PLACEHOLDER_TITLE ? '' : article.title,
    sapo: article.sapo,
    body: article.body,
    byline: article.meta.byline ?? '',
    seoTitle: article.meta.seoTitle ?? '',
    seoDescription: article.meta.seoDescription ?? '',
    coverMediaId: article.meta.coverMediaId,
    correction: article.meta.correction ?? '',
    embargoUntil: article.embargoUntil ? new Date(article.embargoUntil).toISOString() : null,
    scheduledUnpublishAt: article.scheduledUnpublishAt ? new Date(article.scheduledUnpublishAt).toISOString() : null,
    sectionId: article.section?.id ?? null,
    language: article.language === 'en' ? 'en' : 'vi',
    tags: article.tags,
    authorIds: article.authors.map((a) => a.id),
    slug: article.slug,
    meeting: article.meeting,
  };
}

/** What the server save expects (empty optional fields omitted, an empty title kept as placeholder). */
function toSaveInput(s: Snapshot) {
  return {
    ...s,
    // ProseMirror builds attrs with Object.create(null); React would send such objects to a server
    // action as opaque references the server cannot read. Plain JSON goes through as data.
    body: JSON.parse(JSON.stringify(s.body ?? null)) as unknown,
    title: s.title.trim() || PLACEHOLDER_TITLE,
    seoTitle: s.seoTitle || undefined,
    seoDescription: s.seoDescription || undefined,
    correction: s.correction || undefined,
    meeting: s.meeting as Meeting | null,
  };
}

/** Says, in the conflict view, what "keep mine" does with anchors of threads opened in the other version. */
function anchorsNote(mine: JSONContent, theirs: JSONContent): string | undefined {
  const have = new Set(commentThreadIds(mine));
  const only = commentThreadIds(theirs).filter((id) => !have.has(id));
  if (only.length === 0) return undefined;
  const { lost } = carryCommentAnchors(mine, theirs);
  const kept = only.length - lost.length;
  return `Bản trên máy chủ có ${only.length} góp ý mới gắn vào văn bản. Nếu giữ bản của bạn, ${kept} góp ý được gắn lại vào đúng những chữ đó trong bản của bạn${lost.length ? `; ${lost.length} góp ý có chữ không còn trong bản của bạn sẽ hiện là “đoạn văn đã bị xóa” trong danh sách góp ý` : ''}.`;
}

/** Without the body: in co-editing the body is the live document's, never restored from the journal. */
const withoutBody = (s: Snapshot) => JSON.stringify({ ...toSaveInput(s), body: null });

/** What the save line says while co-editing: the connection first, then the fields' autosave and the body's checkpoints. */
function liveStatusText(live: LiveDocument, status: SaveStatus, body: BodyState): string {
  if (live.status.kind === 'refused') return `Không cùng soạn được: ${live.status.message}`;
  if (live.status.kind === 'offline') return OFFLINE_MESSAGE;
  if (status.kind !== 'saved' && status.kind !== 'dirty' && status.kind !== 'saving') return statusText(status);
  if (body.kind === 'error') return `Chưa lưu được: ${body.message}`;
  if (status.kind === 'saving' || body.kind === 'saving') return 'Đang lưu…';
  if (status.kind === 'dirty' || body.kind === 'dirty') return 'Có thay đổi chưa lưu';
  const at = [status.at, body.kind === 'saved' ? body.at : null].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0];
  return at ? `Đã lưu lúc ${clock(at)}` : 'Đã lưu';
}

type BodyState = { kind: 'saved'; at: Date | null } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'error'; message: string };

/** A pause in typing the body, as autosave's: then the collaboration server makes it a revision. */
const BODY_PAUSE_MS = 1200;

export function ArticleEditor(props: ArticleEditorProps) {
  const { article } = props;
  const resync = useRef<() => void>(() => {});
  const live = useLiveDocument(props.coediting && props.viewerId ? { articleId: article.id, userId: props.viewerId, name: props.coediting.name, onResync: resync } : null);
  const liveRef = useRef(live);
  useEffect(() => {
    liveRef.current = live;
  });
  const [bodyState, setBodyState] = useState<BodyState>({ kind: 'saved', at: null });
  const router = useRouter();
  const [fields, setFields] = useState<Snapshot>(() => snapshotOf(article));
  const fieldsRef = useRef(fields);
  const [theirs, setTheirs] = useState<TheirVersion | null>(null);
  // A journal that differs from what the server has: offer to recover it. (The editor renders in
  // the browser only, so localStorage can be read while initialising.)
  const [recovery, setRecovery] = useState<Journal | null>(() => {
    const journal = readJournal(article.id);
    if (!journal) return null;
    const differs = props.coediting ? withoutBody(journal.snapshot) !== withoutBody(snapshotOf(article)) : JSON.stringify(toSaveInput(journal.snapshot)) !== JSON.stringify(toSaveInput(snapshotOf(article)));
    return differs ? journal : null;
  });
  const [leaseHolder, setLeaseHolder] = useState(props.lease && props.lease.userId !== props.viewerId ? props.lease.name : null);
  const [showMeeting, setShowMeeting] = useState(props.openMeetingPanel || article.kind === 'meeting_report');
  // Until the writer edits it (or the story is published) the slug follows the title.
  const slugFollowsTitle = useRef(!article.publishedAt && (article.title === PLACEHOLDER_TITLE || article.slug === slugify(article.title)));
  // Co-editing: whoever the server lets write, once the document holds the story; no lease.
  const editable = live ? props.canEdit && live.canWrite && live.ready && live.status.kind !== 'refused' : props.canEdit && !leaseHolder;
  // The fields beside the body keep autosave while co-editing; only the body waits for the connection.
  const fieldsEditable = live ? props.canEdit && live.status.kind !== 'refused' : editable;

  const coediting = Boolean(live);
  /**
   * Co-editing: the version a sign-off or publication names (approve, publish, schedule). Versions
   * come to this editor from the collaboration server too, holding other people's writing (a
   * co-editor's checkpoint) or fields saved elsewhere (an API save of the tags) that this screen never
   * showed; following those for a sign-off would approve them unseen. So it starts at the version the
   * page was loaded with and moves only to a version that holds nothing but this person's own change
   * on top of it (the next version, written by this person alone); otherwise the step is refused as
   * stale, with the changes to read, as without co-editing.
   */
  const signVersion = useRef(article.version);
  const ownNext = useCallback((base: number, next: number | null) => {
    if (next !== null && base === signVersion.current && next === base + 1) signVersion.current = next;
  }, []);
  const save = useCallback(
    async (input: Snapshot & { baseVersion: number }) => {
      const result = await saveArticleAction(article.id, { ...toSaveInput(input), baseVersion: input.baseVersion, autosave: true, ...(coediting ? { liveBody: true } : {}) });
      if (result.ok) ownNext(input.baseVersion, result.data.version);
      return result;
    },
    [article.id, coediting, ownNext],
  );
  const autosave = useAutosave({ articleId: article.id, initialVersion: article.version, save, enabled: fieldsEditable });

  /** Co-editing: asks the server to make a revision of the live document now and follows its version. */
  const checkpointBody = useCallback(async (): Promise<boolean> => {
    const current = liveRef.current;
    if (!current) return true;
    setBodyState({ kind: 'saving' });
    const answer = await current.checkpoint();
    if (!answer.ok) {
      setBodyState({ kind: 'error', message: answer.message });
      return false;
    }
    if (answer.version !== null) {
      if (answer.writers?.length === 1 && answer.writers[0] === props.viewerId) ownNext(signVersion.current, answer.version);
      autosave.adopt(answer.version);
    }
    setBodyState((s) => (s.kind === 'dirty' ? s : { kind: 'saved', at: new Date() }));
    return true;
  }, [autosave, ownNext, props.viewerId]);
  const bodyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const bodyTyped = useCallback(() => {
    setBodyState({ kind: 'dirty' });
    if (bodyTimer.current) clearTimeout(bodyTimer.current);
    bodyTimer.current = setTimeout(() => {
      bodyTimer.current = null;
      void checkpointBody();
    }, BODY_PAUSE_MS);
  }, [checkpointBody]);
  // Back in touch with the server (a reconnection synchronised what was typed meanwhile): what could
  // not be saved then is saved now.
  const bodyUnsaved = bodyState.kind === 'error' || bodyState.kind === 'dirty';
  useEffect(() => {
    resync.current = () => {
      if (bodyUnsaved) bodyTyped();
    };
  }, [bodyUnsaved, bodyTyped]);

  /** Before a workflow step or a comment's anchor: the fields saved, then the body a revision. */
  const saveAllNow = useCallback(async (): Promise<boolean> => {
    if (bodyTimer.current) clearTimeout(bodyTimer.current);
    bodyTimer.current = null;
    return (await autosave.flush()) && (await checkpointBody());
  }, [autosave, checkpointBody]);

  const change = useCallback(
    (patch: Partial<Snapshot>) => {
      const next = { ...fieldsRef.current, ...patch };
      fieldsRef.current = next;
      setFields(next);
      autosave.update(next);
    },
    [autosave],
  );

  const [mediaMessage, setMediaMessage] = useState<string | null>(null);
  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
  const startCommentRef = useRef<() => void>(() => {});
  const editor = useEditor({
    extensions: live
      ? [
          ...liveEditorExtensions,
          SuggestChanges.configure({ userId: props.viewerId }),
          CommentHighlight,
          Collaboration.configure({ document: live.doc }),
          CollaborationCaret.configure({ provider: live.provider, user: { id: props.viewerId, name: props.coediting?.name ?? '', color: colorFor(props.viewerId) } }),
        ]
      : [...editorExtensions, SuggestChanges.configure({ userId: props.viewerId }), CommentHighlight],
    // Co-editing: the document comes from the live document (server or this browser), not the page.
    ...(live ? {} : { content: article.body as JSONContent }),
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: { class: 'article-body min-h-[24rem] px-4 py-3 focus:outline-none', 'aria-label': 'Nội dung bài viết', role: 'textbox', 'aria-multiline': 'true' },
      transformPastedHTML: (html) => cleanPastedHtml(html),
      transformPastedText: (text) => text.normalize('NFC'),
      // Ctrl+Alt+M: "Góp ý" on the selected words without leaving the keyboard.
      handleKeyDown: (_view, event) => {
        if (!(event.ctrlKey && event.altKey && event.key.toLowerCase() === 'm')) return false;
        startCommentRef.current();
        return true;
      },
      // Image files pasted or dropped into the body go to the media library and become figures.
      handlePaste: (_view, event) => {
        const files = filesFromClipboard(event);
        if (files.length === 0 || !editorRef.current) return false;
        void uploadAndInsert(editorRef.current, files, setMediaMessage);
        return true;
      },
      handleDrop: (_view, event) => {
        const files = [...(event.dataTransfer?.files ?? [])].filter((f) => f.type.startsWith('image/') || f.type === '');
        if (files.length === 0 || !editorRef.current) return false;
        event.preventDefault();
        void uploadAndInsert(editorRef.current, files, setMediaMessage);
        return true;
      },
    },
    onUpdate: ({ editor: e, transaction }) => {
      if (!liveRef.current) return change({ body: e.getJSON() });
      // Co-editing: the body is saved by the collaboration server; the screen's copy feeds the checklist and counts.
      const next = { ...fieldsRef.current, body: e.getJSON() };
      fieldsRef.current = next;
      setFields(next);
      const remote = (transaction.getMeta('y-sync$') as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
      if (!remote) bodyTyped();
    },
  });

  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  const comments = useCommentThreads({
    articleId: article.id,
    editor,
    initial: props.threads,
    viewerId: props.viewerId,
    body: fields.body,
    hold: live
      ? async () => {
          if (!(await autosave.hold())) return false;
          if (await checkpointBody()) return true;
          autosave.release(null, fieldsRef.current);
          return false;
        }
      : autosave.hold,
    release: (version) => {
      // A comment's anchor, saved by this person on the version autosave held.
      ownNext(autosave.currentVersion(), version);
      autosave.release(version, fieldsRef.current);
    },
    currentVersion: autosave.currentVersion,
    bodyChanged: (body) => {
      const next = { ...fieldsRef.current, body };
      fieldsRef.current = next;
      setFields(next);
    },
  });
  useEffect(() => {
    startCommentRef.current = comments.start;
  });

  useEffect(() => {
    editor?.setEditable(editable, false); // not an edit: must not trigger a save
  }, [editor, editable]);

  // The edit lease: claim, renew while open, release on leave.
  useEffect(() => {
    // Co-editing has presence instead of a lease.
    if (!props.canEdit || coediting) return;
    let stopped = false;
    const claim = async () => {
      const result = await claimLeaseAction(article.id).catch(() => null);
      if (stopped || !result?.ok) return;
      setLeaseHolder(result.data.held === 'other' ? result.data.name : null);
    };
    void claim();
    const timer = setInterval(claim, LEASE_RENEW_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      void releaseLeaseAction(article.id).catch(() => {});
    };
  }, [article.id, props.canEdit, coediting]);

  // Conflict: fetch the server's version for the side-by-side view.
  useEffect(() => {
    if (autosave.status.kind !== 'conflict' || theirs) return;
    void loadArticleAction(article.id).then((r) => {
      if (r.ok) setTheirs({ version: r.data.version, title: r.data.title, sapo: r.data.sapo, body: r.data.body, updatedAt: String(r.data.updatedAt) });
    });
  }, [autosave.status.kind, article.id, theirs]);

  const replaceAll = (snapshot: Snapshot) => {
    if (live) {
      // The body stays the live document's.
      const next = { ...snapshot, body: fieldsRef.current.body };
      fieldsRef.current = next;
      setFields(next);
      return;
    }
    fieldsRef.current = snapshot;
    setFields(snapshot);
    editor?.commands.setContent(snapshot.body as JSONContent, { emitUpdate: false });
  };

  const plain = useMemo(() => bodyToPlainText((fields.body ?? { type: 'doc' }) as JSONContent), [fields.body]);
  const checklist = runChecklist({
    title: fields.title,
    sapo: fields.sapo,
    sectionId: fields.sectionId,
    body: fields.body as JSONContent,
    kind: article.kind,
    meeting: fields.meeting as { startsAt?: string } | null,
  });
  const input = 'mt-1 w-full rounded border border-gray-300 px-2 py-1';

  // Desktop grid: [sign-off summary across both columns], then the story on the left spanning the
  // panel row and the metadata row on the right. The last row takes the slack so the panel row is
  // only as tall as the panel. Class names are spelled out whole for Tailwind's scanner.
  const hasSignOff = Boolean(props.signOff);
  const place = hasSignOff
    ? { grid: 'lg:grid-rows-[auto_auto_1fr]', main: 'lg:row-start-2 lg:row-end-4', panel: 'lg:row-start-2', rest: 'lg:row-start-3' }
    : { grid: 'lg:grid-rows-[auto_1fr]', main: 'lg:row-start-1 lg:row-end-3', panel: 'lg:row-start-1', rest: 'lg:row-start-2' };
  const panel = (
    <aside className={`grid content-start gap-3 lg:col-start-2 ${place.panel}`} aria-label="Quy trình và kiểm tra">
      <section className="rounded border border-gray-300 bg-white p-3">
        <h2 className="mb-2 font-bold">Quy trình</h2>
        {/* Pending edits are saved first, so the step applies to what is on screen. */}
        <WorkflowActions
          articleId={article.id}
          version={autosave.version}
          currentVersion={autosave.currentVersion}
          signVersion={live ? () => signVersion.current : undefined}
          events={props.events}
          beforeFire={() => (live ? saveAllNow() : autosave.flush())}
          returnTargets={props.returnTargets}
        />
      </section>
      <PreviewPanel articleId={article.id} />
      <section className="rounded border border-gray-300 bg-white p-3">
        <h2 className="font-bold">Kiểm tra trước khi gửi</h2>
        <ul className="mt-2 grid gap-1 text-sm" data-testid="danh-sach-kiem-tra">
          {checklist.map((item) => (
            <li key={item.rule} className={item.ok ? 'text-green-800' : 'text-red-800'}>
              <span aria-hidden="true">{item.ok ? '✓' : '✗'}</span> {item.label}
              <span className="sr-only">{item.ok ? ': đạt' : ': chưa đạt'}</span>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );

  return (
    <div className={`grid min-w-0 gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-y-3 ${place.grid}`}>
      {props.panelFirst ? panel : null}
      {hasSignOff ? <div className="min-w-0 lg:col-span-2 lg:row-start-1 lg:mb-3">{props.signOff}</div> : null}
      <div className={`grid min-w-0 content-start gap-3 lg:col-start-1 ${place.main}`}>
        <p role="status" aria-live="polite" data-testid="trang-thai-luu" className={`text-sm font-semibold ${autosave.status.kind === 'error' || autosave.status.kind === 'signin' || autosave.status.kind === 'conflict' ? 'text-red-800' : 'text-gray-700'}`}>
          {live ? liveStatusText(live, autosave.status, bodyState) : statusText(autosave.status)}
          {autosave.status.kind === 'error' || autosave.status.kind === 'signin' ? (
            <button type="button" className="ml-2 underline" onClick={() => void autosave.retryNow()}>
              Lưu lại
            </button>
          ) : null}
        </p>
        {autosave.status.kind === 'signin' ? (
          <p className="rounded bg-amber-50 p-3 text-sm">
            {autosave.status.message}{' '}
            <a href="/toa-soan/dang-nhap" target="_blank" rel="noopener" className="font-semibold underline">
              Đăng nhập lại (thẻ mới)
            </a>
          </p>
        ) : null}
        {!props.canEdit ? <p className="rounded bg-gray-100 p-3 text-sm">Chỉ xem: {props.editBlockedReason}</p> : null}
        {live ? <Presence live={live} viewerId={props.viewerId} /> : null}
        {leaseHolder && props.canEdit ? (
          <div role="alert" className="flex flex-wrap items-center gap-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
            <span>
              <strong>{leaseHolder}</strong> đang chỉnh sửa bài này.
            </span>
            <button
              type="button"
              className="rounded border border-amber-600 px-3 py-1 font-semibold"
              onClick={async () => {
                const r = await claimLeaseAction(article.id, true);
                if (r.ok && r.data.held === 'self') {
                  setLeaseHolder(null);
                  router.refresh();
                }
              }}
            >
              Giành quyền chỉnh sửa
            </button>
          </div>
        ) : null}
        {recovery ? (
          <div role="alert" className="flex flex-wrap items-center gap-3 rounded border border-blue-400 bg-blue-50 p-3 text-sm">
            <span>Có bản chưa lưu trên máy này (lúc {clock(new Date(recovery.at))}).</span>
            <button
              type="button"
              className="rounded bg-blue-800 px-3 py-1 font-semibold text-white"
              onClick={() => {
                replaceAll(recovery.snapshot);
                // Based on the version it was written against: if the server moved on, the conflict view opens.
                autosave.resume(recovery.baseVersion, recovery.snapshot);
                setRecovery(null);
              }}
            >
              Khôi phục
            </button>
            <button type="button" className="underline" onClick={() => setRecovery(null)}>
              Bỏ qua
            </button>
          </div>
        ) : null}
        {autosave.status.kind === 'conflict' && theirs ? (
          <ConflictView
            mine={fields}
            theirs={theirs}
            threadNote={anchorsNote(fields.body as JSONContent, theirs.body)}
            onKeepMine={() => {
              setTheirs(null);
              // Anchors of threads opened meanwhile (only in their version) go onto the same words in mine.
              const carried = carryCommentAnchors(fieldsRef.current.body as JSONContent, theirs.body);
              if (carried.body !== fieldsRef.current.body) replaceAll({ ...fieldsRef.current, body: carried.body });
              autosave.resume(theirs.version, fieldsRef.current);
              void comments.refresh();
            }}
            onTakeTheirs={() => {
              setTheirs(null);
              autosave.resume(theirs.version, null);
              router.refresh();
              void loadArticleAction(article.id).then((r) => r.ok && replaceAll(snapshotOf(r.data)));
              void comments.refresh();
            }}
          />
        ) : null}

        <label className="block font-semibold">
          Tiêu đề
          <input className={`${input} text-2xl font-bold`} value={fields.title} readOnly={!fieldsEditable} onChange={(e) => change({ title: e.target.value, ...(slugFollowsTitle.current ? { slug: slugify(e.target.value) } : {}) })} placeholder="Nhập tiêu đề bài viết" />
        </label>
        <label className="block font-semibold">
          Sapo
          <textarea className={`${input} font-bold`} rows={3} value={fields.sapo} readOnly={!fieldsEditable} onChange={(e) => change({ sapo: e.target.value })} />
        </label>
        <div className="rounded border border-gray-300 bg-white">
          {editor ? (
            <Toolbar
              editor={editor}
              extra={
                <>
                  {editable ? <MediaButtons editor={editor} /> : null}
                  {comments.button}
                </>
              }
            />
          ) : null}
          {comments.composer}
          {mediaMessage ? (
            <p role="status" className="border-b border-gray-200 px-3 py-1 text-sm">
              {mediaMessage}
            </p>
          ) : null}
          <EditorContent editor={editor} />
        </div>
        {editor ? <SuggestPanel editor={editor} body={(fields.body ?? article.body) as JSONContent} articleId={article.id} viewerId={props.viewerId} editable={editable} defaultOn={!!props.suggestingByDefault} /> : null}
        <p className="text-sm text-gray-700">
          {wordCount(plain).toLocaleString('vi-VN')} từ · khoảng {readingMinutes(plain)} phút đọc
        </p>
        {showMeeting && fields.meeting ? (
          <MeetingPanel meeting={fields.meeting as Meeting} onChange={(meeting) => change({ meeting })} registry={props.registry} units={props.units} readOnly={!fieldsEditable} />
        ) : editable ? (
          <button
            type="button"
            className="justify-self-start text-sm font-semibold text-blue-800 underline"
            onClick={() => {
              setShowMeeting(true);
              if (!fields.meeting) change({ meeting: { startsAt: new Date().toISOString(), location: '', organiserName: '', people: [], participants: '', conclusions: '' } });
            }}
          >
            + Thêm thông tin hội nghị
          </button>
        ) : null}
      </div>

      {props.panelFirst ? null : panel}
      <div className={`grid min-w-0 content-start gap-3 lg:col-start-2 ${place.rest}`}>
      {comments.panel}
      <aside className="grid min-w-0 content-start gap-3" aria-label="Thông tin bài viết">
        {article.publishedAt ? (
          // Only a story readers have seen can be corrected in the open; the note goes through the
          // same sign-off as the rest of the update and is shown, dated, at the top of the story.
          <fieldset className="grid gap-2 rounded border border-amber-600 bg-amber-50 p-3 text-sm" disabled={!fieldsEditable}>
            <legend className="px-1 font-bold">Đính chính</legend>
            <label className="font-semibold" htmlFor="dinh-chinh">
              Điều được sửa so với bản bạn đọc đã xem
            </label>
            <textarea
              id="dinh-chinh"
              className={input}
              rows={3}
              maxLength={2000}
              value={fields.correction}
              aria-describedby="dinh-chinh-goi-y"
              onChange={(e) => change({ correction: e.target.value })}
            />
            <p id="dinh-chinh-goi-y" className="text-gray-700">
              Ví dụ: “Bản trước ghi nhầm tên đơn vị chủ trì; đã sửa thành Vụ Kinh tế ngành.” Khi bản này được duyệt và đăng, đính chính hiện có ghi ngày ở đầu bài và ở trang Đính chính. Để nguyên khi chỉ cập nhật bình thường.
            </p>
          </fieldset>
        ) : null}
        <fieldset className="grid gap-2 rounded border border-gray-300 bg-white p-3 text-sm" disabled={!fieldsEditable}>
          <legend className="px-1 font-bold">Phân loại và hiển thị</legend>
          <label className="font-semibold">
            Chuyên mục
            <select className={input} value={fields.sectionId ?? ''} onChange={(e) => change({ sectionId: e.target.value || null })}>
              <option value="">— Chọn chuyên mục —</option>
              {props.sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="font-semibold">
            Ngôn ngữ bài viết
            <select className={input} value={fields.language} onChange={(e) => change({ language: e.target.value === 'en' ? 'en' : 'vi' })}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">Tiếng Anh (English)</option>
            </select>
          </label>
          <TagInput tags={fields.tags} disabled={!fieldsEditable} onChange={(tags) => change({ tags })} />
          <fieldset>
            <legend className="font-semibold">Tác giả</legend>
            <div className="mt-1 max-h-32 overflow-auto rounded border border-gray-300 p-2">
              {[...props.writers, ...article.authors.filter((a) => !props.writers.some((w) => w.id === a.id))].map((w) => (
                <label key={w.id} className="flex items-center gap-2 font-normal">
                  <input
                    type="checkbox"
                    checked={fields.authorIds.includes(w.id)}
                    disabled={fields.authorIds.length === 1 && fields.authorIds.includes(w.id)}
                    onChange={(e) => change({ authorIds: e.target.checked ? [...fields.authorIds, w.id] : fields.authorIds.filter((x) => x !== w.id) })}
                  />
                  {w.name}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="font-semibold">
            Bút danh / đơn vị
            <input className={input} list="but-danh" value={fields.byline} onChange={(e) => change({ byline: e.target.value })} />
            <datalist id="but-danh">
              <option value="TTTTPT&DBKT" />
            </datalist>
          </label>
          <label className="font-semibold">
            Đường dẫn (slug)
            <input className={input} value={fields.slug} readOnly={Boolean(article.publishedAt)} onChange={(e) => {
                slugFollowsTitle.current = false;
                change({ slug: e.target.value });
              }} aria-describedby="slug-note" />
            <span id="slug-note" className="text-xs font-normal text-gray-600">
              {article.publishedAt ? 'Không đổi được sau khi đã xuất bản.' : 'Để trống để tạo từ tiêu đề.'}
            </span>
          </label>
          <label className="font-semibold">
            Cấm đăng trước (giờ Việt Nam)
            <input
              type="datetime-local"
              className={input}
              value={fields.embargoUntil ? toVietnamInput(fields.embargoUntil) : ''}
              onChange={(e) => change({ embargoUntil: e.target.value ? fromVietnamInput(e.target.value) : null })}
              aria-describedby="cam-dang-ghi-chu"
            />
            <span id="cam-dang-ghi-chu" className="text-xs font-normal text-gray-600">
              Trước thời điểm này bài không xuất hiện ở bất kỳ đâu trên cổng, kể cả khi đã xuất bản.
            </span>
          </label>
          <label className="font-semibold">
            Tự động gỡ bài lúc (giờ Việt Nam)
            <input
              type="datetime-local"
              className={input}
              value={fields.scheduledUnpublishAt ? toVietnamInput(fields.scheduledUnpublishAt) : ''}
              onChange={(e) => change({ scheduledUnpublishAt: e.target.value ? fromVietnamInput(e.target.value) : null })}
            />
          </label>
          <CoverPicker value={fields.coverMediaId} disabled={!fieldsEditable} onChange={(coverMediaId) => change({ coverMediaId })} />
          <label className="font-semibold">
            Tiêu đề SEO
            <input className={input} value={fields.seoTitle} maxLength={200} onChange={(e) => change({ seoTitle: e.target.value })} />
          </label>
          <label className="font-semibold">
            Mô tả SEO
            <textarea className={input} rows={2} value={fields.seoDescription} maxLength={500} onChange={(e) => change({ seoDescription: e.target.value })} />
          </label>
        </fieldset>
      </aside>
      </div>
    </div>
  );
}

/** Who has the story open now, one entry per person however many tabs, in their caret colour. */
function Presence({ live, viewerId }: { live: LiveDocument; viewerId: string }) {
  const others = live.people.filter((p) => p.id !== viewerId);
  return (
    <div className="grid gap-1 text-sm" data-testid="cung-soan">
      {live.notice ? (
        <p role="alert" className="rounded border border-amber-400 bg-amber-50 p-2">
          {live.notice}
        </p>
      ) : null}
      {live.status.kind === 'refused' ? (
        <p role="alert" className="rounded border border-red-400 bg-red-50 p-2">
          Không cùng soạn được bài này: {live.status.message}
        </p>
      ) : null}
      {live.status.kind !== 'refused' && live.ready && !live.canWrite && live.status.kind === 'online' ? <p className="rounded bg-gray-100 p-2">Bạn đang xem bài; người khác sửa sẽ hiện ngay tại đây.</p> : null}
      <p aria-live="polite">
        {others.length === 0 ? (
          'Chỉ có bạn đang mở bài này.'
        ) : (
          <>
            Đang cùng mở bài:{' '}
            {others.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? ', ' : null}
                <span className="font-semibold" style={{ color: p.color }} data-testid="nguoi-cung-soan">
                  {p.name}
                </span>
              </span>
            ))}
          </>
        )}
      </p>
    </div>
  );
}
