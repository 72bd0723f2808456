// The same production build with MEDIA_STORAGE=s3 against a real S3-speaking server (s3rver, from
// npm, on 127.0.0.1): uploads land in the bucket, /media/… serves them from it, delete removes them.
// A second portal server (scripts/serve.mjs, as npm start runs it) is run here with the S3 settings; the main test server keeps the local disk.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { minimalPdf, photoJpeg } from '../../lib/media/testing/fixtures';
import { startTestS3, type TestS3 } from '../../lib/media/testing/s3-server';
import { filesUnder, mediaDir, staffWithToken, upload, uploaded, type Staff } from './helpers';

let s3: TestS3;
let server: ChildProcess | undefined;
let origin = '';
let reporter: Staff;
let output = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  s3 = await startTestS3('portal-media-e2e');
  reporter = await staffWithToken(['reporter']);
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = spawn(process.execPath, [path.join('scripts', 'serve.mjs'), '--port', String(port)], {
    env: {
      ...process.env,
      ...s3.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      MEDIA_DIR: '',
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-not-for-production-0123456789',
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; ; attempt++) {
    if (server.exitCode !== null) throw new Error(`the S3 test server exited: ${output.slice(-2000)}`);
    const ready = await fetch(`${origin}/robots.txt`).then((r) => r.ok, () => false);
    if (ready) break;
    if (attempt > 300) throw new Error(`the S3 test server did not start: ${output.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await s3?.stop();
});

test('with MEDIA_STORAGE=s3, uploads go to the bucket and /media serves them from it', async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: origin });
  try {
    const item = await uploaded(await upload(api, reporter.auth, 'anh-s3.jpg', await photoJpeg(1000, 700, 21), 'image/jpeg'));
    const inBucket = (await filesUnder(s3.directory)).filter((f) => f.includes(item.id));
    expect(inBucket.length, inBucket.join('\n')).toBeGreaterThanOrEqual(6); // 480 and 960 px x AVIF, WebP, JPEG (plus s3rver's metadata files)
    expect((await filesUnder(mediaDir())).filter((f) => f.includes(item.id))).toEqual([]);

    for (const url of [item.url, item.thumbnailUrl!, item.image!.srcSet.avif!.split(' ')[0]!]) {
      const response = await api.get(url);
      expect(response.status(), `${url}: ${output.slice(-500)}`).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\/(jpeg|avif)$/);
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      const body = await response.body();
      expect(body.length).toBeGreaterThan(100);
      expect(response.headers()['content-type'] === 'image/jpeg' ? body.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) : body.subarray(4, 8).toString() === 'ftyp').toBe(true);
    }

    const pdf = await uploaded(await upload(api, reporter.auth, 'Nghị quyết.pdf', minimalPdf(), 'application/pdf'));
    const served = await api.get(pdf.url);
    expect(served.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Nghị quyết.pdf')}`);
    expect((await served.body()).equals(minimalPdf())).toBe(true);

    const deleted = await api.delete(`/api/v1/media/${item.id}`, { headers: reporter.auth });
    expect(deleted.status()).toBe(200);
    expect((await api.get(item.url)).status()).toBe(404);
  } finally {
    await api.dispose();
  }
});
