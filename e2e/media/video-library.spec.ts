// A video in the library, in a real browser against the real server and its job worker: uploaded,
// processed into the web MP4 and poster while the page waits, captioned through the page, and
// then it plays in Chromium (served with byte ranges) with its Vietnamese captions loaded.
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { staffWithToken, testClip, upload, uploaded } from './helpers';

const run = crypto.randomUUID().slice(0, 6);

test('a video is processed, captioned and plays in Chromium with its captions', async ({ page }) => {
  test.setTimeout(180_000);
  const reporter = await staffWithToken(['reporter']);
  const item = await uploaded(await upload(page.request, reporter.auth, `hop-bao-${run}.mov`, await testClip(), 'video/quicktime', { caption: `Họp báo ${run}` }));
  expect(item.video?.status).toBe('processing');

  await signIn(page.request, reporter.user);
  await page.goto(`/toa-soan/thu-vien/${item.id}`);
  // The page refreshes itself while the job runs.
  await expect(page.getByTestId('video-panel')).toHaveAttribute('data-status', 'ready', { timeout: 150_000 });
  await expect(page.getByText('Thời lượng')).toBeVisible();

  // Captions: a wrong file is refused with what to fix, a WebVTT file is kept.
  const captions = page.getByLabel('Phụ đề tiếng Việt (tệp WebVTT .vtt, tối đa 512 KB)');
  await captions.setInputFiles({ name: 'phu-de.srt', mimeType: 'application/x-subrip', buffer: Buffer.from('1\n00:00:00,000 --> 00:00:02,000\nXin chào\n') });
  await expect(page.getByRole('alert').filter({ hasText: 'Đây là phụ đề SRT' })).toBeVisible();
  await captions.setInputFiles({ name: 'phu-de.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nKính chào quý vị.\n') });
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu phụ đề.' })).toBeVisible();
  await expect(page.getByText('Video đã có phụ đề. Chọn tệp mới để thay.')).toBeVisible();

  const video = page.locator('video');
  await expect(video).toHaveAttribute('poster', /-poster\.jpg$/);
  await expect(video.locator('track[kind="captions"][srclang="vi"]')).toHaveCount(1);
  // Muted, so Chromium lets a script start playback.
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.3);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.error?.code ?? 0)).toBe(0);
  // The captions track loaded its cue.
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => Array.from(v.textTracks[0]?.cues ?? []).map((c) => (c as VTTCue).text)), { timeout: 30_000 })
    .toEqual(['Kính chào quý vị.']);

  // The file is served in ranges, as a player asks for it.
  const src = await video.getAttribute('src');
  const part = await page.request.get(src!, { headers: { Range: 'bytes=0-99' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toMatch(/^bytes 0-99\/\d+$/);
  expect((await page.request.get(src!, { headers: { Range: 'bytes=999999999-' } })).status()).toBe(416);
});
