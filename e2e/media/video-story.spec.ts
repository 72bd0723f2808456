// A library video in a story (issue #22, step 2): a reporter inserts a processed video with the
// editor's “Chèn video” button, the story goes through the workflow (e2e/fixtures/workflow.ts) to
// publication, and the reader's page has a playing <video> with its Vietnamese captions track and
// a VideoObject beside the NewsArticle in its JSON-LD.
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { MediaItem } from '../../lib/media/types';
import { BASE_URL, signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { createTestApiToken, createTestUser } from '../fixtures/users';
import { createWorkflowStaff, fireTransition, storyDoc } from '../fixtures/workflow';
import { testClip, upload, uploaded } from './helpers';

const run = crypto.randomUUID().slice(0, 6);

async function mediaItem(request: APIRequestContext, auth: { Authorization: string }, id: string): Promise<MediaItem> {
  const response = await request.get(`/api/v1/media/${id}`, { headers: auth });
  expect(response.status()).toBe(200);
  return (await response.json()) as MediaItem;
}

test('a reporter inserts a processed video into a story; the published page plays it with captions and describes it as a VideoObject', async ({ page, browser, request }) => {
  test.setTimeout(300_000);
  const staff = await createWorkflowStaff();
  // The writer works in the browser, so this reporter has a password as well as a token.
  const writer = await createTestUser({ roles: ['reporter'] });
  staff.reporter = { Authorization: `Bearer ${await createTestApiToken(writer.id)}` };

  // A processed, captioned library video.
  const item = await uploaded(await upload(request, staff.reporter, `khai-mac-${run}.mov`, await testClip(), 'video/quicktime', { caption: `Phát biểu khai mạc ${run}`, credit: 'Truyền hình Ban' }));
  await expect.poll(async () => (await mediaItem(request, staff.reporter, item.id)).video?.status, { timeout: 150_000 }).toBe('ready');
  const captions = await request.put(`/api/v1/media/${item.id}/captions`, {
    headers: { ...staff.reporter, 'Content-Type': 'text/vtt' },
    data: Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nKính chào quý vị.\n'),
  });
  expect(captions.status(), await captions.text()).toBeLessThan(300);

  // The story, and the video inserted with the editor's button.
  const created = await request.post('/api/v1/articles', {
    headers: staff.reporter,
    data: { title: `Khai mạc hội nghị ${run}`, sapo: 'Toàn cảnh phiên khai mạc.', sectionId: await demoSectionId(), body: storyDoc('Phát biểu khai mạc hội nghị:') },
  });
  expect(created.status(), await created.text()).toBe(201);
  const article = (await created.json()) as { id: string };
  await signIn(page.request, writer);
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Chèn video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chèn video từ thư viện' });
  await dialog.getByLabel('Tìm video theo chú thích, nguồn hoặc tên tệp').fill(`Phát biểu khai mạc ${run}`);
  await expect(dialog.getByRole('status')).toHaveText('1 video đã sẵn sàng.');
  await dialog.getByRole('button', { name: new RegExp(`Phát biểu khai mạc ${run}`) }).click();
  await expect(dialog).toBeHidden();
  await expect(body.getByLabel('Chú thích video')).toHaveValue(`Phát biểu khai mạc ${run}`);
  await body.getByLabel('Nguồn video').fill('Truyền hình Ban Kinh tế');
  await expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc/, { timeout: 15_000 });

  // Through the workflow to publication.
  expect((await fireTransition(request, staff.reporter, article.id, { event: 'submit' })).status()).toBe(200);
  expect((await fireTransition(request, staff.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);
  const etag = (await request.get(`/api/v1/articles/${article.id}`, { headers: staff.leader })).headers()['etag']!;
  expect((await fireTransition(request, staff.leader, article.id, { event: 'approve' }, etag)).status()).toBe(200);
  const published = await fireTransition(request, staff.editor, article.id, { event: 'publish' });
  expect(published.status(), await published.text()).toBe(200);
  const slug = ((await (await request.get(`/api/v1/articles/${article.id}`, { headers: staff.editor })).json()) as { slug: string }).slug;

  // The reader's page: the player with poster, MP4 and captions, and it plays.
  const readerContext = await browser.newContext({ baseURL: BASE_URL });
  const reader = await readerContext.newPage();
  await reader.goto(`/bai-viet/${slug}`);
  const figure = reader.locator('figure.article-video');
  await expect(figure.locator('figcaption')).toHaveText(`Phát biểu khai mạc ${run} — Truyền hình Ban Kinh tế`);
  const video = figure.locator('video');
  await expect(video).toHaveAttribute('poster', /-poster\.jpg$/);
  await expect(video).toHaveAttribute('preload', 'metadata');
  await expect(video.locator('source[type="video/mp4"]')).toHaveCount(1);
  await expect(video.locator('track[kind="captions"][srclang="vi"][label="Tiếng Việt"]')).toHaveCount(1);
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true; // so Chromium lets a script start playback
    await v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.3);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.error?.code ?? 0)).toBe(0);
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => Array.from(v.textTracks[0]?.cues ?? []).map((c) => (c as VTTCue).text)), { timeout: 30_000 })
    .toEqual(['Kính chào quý vị.']);

  // JSON-LD: the NewsArticle and a VideoObject for the video.
  const graphs = await reader.locator('script[type="application/ld+json"]').allTextContents();
  const nodes = graphs.flatMap((text) => ((JSON.parse(text) as { '@graph'?: Array<Record<string, unknown>> })['@graph'] ?? []));
  expect(nodes.map((n) => n['@type'])).toEqual(expect.arrayContaining(['NewsArticle', 'VideoObject']));
  const videoObject = nodes.find((n) => n['@type'] === 'VideoObject')!;
  expect(videoObject).toMatchObject({ name: `Phát biểu khai mạc ${run}`, duration: 'PT2S' });
  expect(String(videoObject.contentUrl)).toMatch(/^https?:\/\/.+\.mp4$/);
  expect((videoObject.thumbnailUrl as string[])[0]).toMatch(/-poster\.jpg$/);
  expect(Date.parse(String(videoObject.uploadDate))).not.toBeNaN();
  await readerContext.close();
});
