// Publish-to-visible: how long from the newsroom's publish call (POST /api/v1/articles/{id}/transitions
// with an API token) until a reader request, through the cache when there is one, shows the story.
// Two cases: a new story (its page and the home page), and a new version of a story whose page the
// cache already holds. The steps before publishing (write, submit, forward, sign-off) go through
// lib/data as the staff users, exactly as the newsroom does; only the publish is timed.
import type { Viewer } from '@/lib/policy/roles';
import type { PurgeLog } from './purge';

export interface PublishContext {
  appOrigin: string;
  /** nginx when it runs, else the app. */
  readerOrigin: string;
  via: 'nginx' | 'app';
  token: string;
  staff: { reporter: string; editor: string; leader: string };
  sectionId: string;
  photoId: string;
  /** A published story to revise (its page is warmed into the cache first). */
  update: { id: string; slug: string };
  purge: PurgeLog;
  timeoutMs: number;
}

export interface PublishResult {
  via: 'nginx' | 'app';
  newStory: { apiMs: number; articleVisibleMs: number | null; homeVisibleMs: number | null };
  update: { apiMs: number; visibleMs: number | null; cacheBefore: string | null };
  /** Purge requests the app sent to PUBLIC_PURGE_URL during the two publishes. */
  purgeRequests: number;
  /** Cached copies the benchmark's receiver removed from nginx for them. */
  purgedCopies: number;
  timeoutSeconds: number;
}

const user = (id: string, role: 'reporter' | 'editor' | 'leader'): Viewer => ({ kind: 'user', id, roles: [role] });

/** Polls until the page's HTML contains `needle`; ms since `t0`, or null at the deadline. */
async function visibleAfter(url: string, needle: string, t0: number, timeoutMs: number): Promise<number | null> {
  while (performance.now() - t0 < timeoutMs) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000), cache: 'no-store' });
      const html = await response.text();
      if (response.ok && html.includes(needle)) return performance.now() - t0;
    } catch {
      /* a failed poll is a poll that did not see it yet */
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

async function publishThroughApi(ctx: PublishContext, id: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${ctx.readerOrigin}/api/v1/articles/${id}/transitions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ctx.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ event: 'publish' }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`publish answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return performance.now() - started;
}

export async function measurePublishToVisible(ctx: PublishContext): Promise<PublishResult> {
  const { createArticle } = await import('@/lib/data/articles/create-article');
  const { saveArticle } = await import('@/lib/data/articles/save-article');
  const { transitionArticle } = await import('@/lib/data/articles/transition-article');
  const { getStaffArticle } = await import('@/lib/data/articles/read-article');
  const reporter = user(ctx.staff.reporter, 'reporter');
  const editor = user(ctx.staff.editor, 'editor');
  const leader = user(ctx.staff.leader, 'leader');
  const stamp = `mã đo ${Date.now().toString(36)}`;
  const purgesBefore = ctx.purge.received.length;

  // A new story.
  const title = `Công bố số liệu kinh tế - xã hội quý mới (${stamp})`;
  const created = await createArticle(reporter, {
    title,
    sapo: 'Bài viết do công cụ đo hiệu năng tạo để đo thời gian từ lúc đăng đến lúc bạn đọc thấy.',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Nội dung bài đo hiệu năng, đăng qua API như tòa soạn vẫn làm.' }] },
        { type: 'figure', attrs: { mediaId: ctx.photoId, alt: 'Ảnh minh họa hội nghị', caption: 'Quang cảnh hội nghị', credit: 'TTTTPT&DBKT' } },
      ],
    },
    byline: 'TTTTPT&DBKT',
    coverMediaId: ctx.photoId,
    sectionId: ctx.sectionId,
    tags: ['Chính sách'],
  });
  await transitionArticle(reporter, created.id, { event: 'submit' });
  await transitionArticle(editor, created.id, { event: 'forward_for_approval' });
  await transitionArticle(leader, created.id, { event: 'approve' });
  let t0 = performance.now();
  const newApiMs = await publishThroughApi(ctx, created.id);
  const [articleVisibleMs, homeVisibleMs] = await Promise.all([
    visibleAfter(`${ctx.readerOrigin}/bai-viet/${created.slug}`, stamp, t0, ctx.timeoutMs),
    visibleAfter(`${ctx.readerOrigin}/`, stamp, t0, ctx.timeoutMs),
  ]);

  // A new version of a story readers already have in the cache.
  const page = `${ctx.readerOrigin}/bai-viet/${ctx.update.slug}`;
  await (await fetch(page, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
  const warmed = await fetch(page, { signal: AbortSignal.timeout(30_000) });
  await warmed.arrayBuffer();
  const current = await getStaffArticle(editor, ctx.update.id);
  const newTitle = `${current.title} (cập nhật, ${stamp})`;
  await saveArticle(editor, ctx.update.id, {
    title: newTitle,
    sapo: current.sapo,
    body: current.body,
    byline: current.meta.byline,
    coverMediaId: current.meta.coverMediaId,
    meeting: current.meeting,
    baseVersion: current.version,
  });
  await transitionArticle(editor, ctx.update.id, { event: 'forward_for_approval' });
  await transitionArticle(leader, ctx.update.id, { event: 'approve' });
  t0 = performance.now();
  const updateApiMs = await publishThroughApi(ctx, ctx.update.id);
  const updateVisibleMs = await visibleAfter(page, stamp, t0, ctx.timeoutMs);

  return {
    via: ctx.via,
    newStory: { apiMs: newApiMs, articleVisibleMs, homeVisibleMs },
    update: { apiMs: updateApiMs, visibleMs: updateVisibleMs, cacheBefore: warmed.headers.get('x-cache-status') },
    purgeRequests: ctx.purge.received.length - purgesBefore,
    purgedCopies: ctx.purge.received.slice(purgesBefore).reduce((sum, p) => sum + p.removed, 0),
    timeoutSeconds: ctx.timeoutMs / 1000,
  };
}
