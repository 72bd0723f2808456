// One contract, two stores: local disk and an S3 bucket on a real S3-speaking server (s3rver).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStoredFile } from './serve';
import { DOCUMENT_KEY, documentStorageKey, LocalDiskStorage, MEDIA_KEY, S3Storage, storageFromEnv, VIDEO_SOURCE_KEY, videoSourceKey, type MediaStorage } from './storage';
import { startTestS3, type TestS3 } from './testing/s3-server';

const id = () => crypto.randomUUID();
const keyFor = (uuid: string, suffix = '-480.jpg') => `${uuid.slice(0, 2)}/${uuid}${suffix}`;

async function readAll(storage: MediaStorage, key: string): Promise<Buffer | null> {
  const file = await storage.open(key);
  if (!file) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream) chunks.push(Buffer.from(chunk as Buffer));
  const bytes = Buffer.concat(chunks);
  expect(file.size).toBe(bytes.length);
  return bytes;
}

/** Everything below `dir`, as relative paths. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

const HOSTILE_KEYS = ['../x.jpg', '../../x.jpg', 'ab/../../etc/passwd', '/etc/passwd', 'ab\\..\\x.jpg', 'AB/x.jpg', `ab/${'0'.repeat(36)}.svg`, `ab/${'0'.repeat(36)}.jpg/../../x.jpg`, ''];

let s3: TestS3;
let sandbox: string;

beforeAll(async () => {
  s3 = await startTestS3();
  sandbox = await mkdtemp(path.join(tmpdir(), 'media-contract-'));
});

afterAll(async () => {
  await s3?.stop();
  if (sandbox) await rm(sandbox, { recursive: true, force: true });
});

const stores: Array<[string, () => { storage: MediaStorage; root: string }]> = [
  ['LocalDiskStorage', () => ({ storage: new LocalDiskStorage(path.join(sandbox, 'store')), root: path.join(sandbox, 'store') })],
  ['S3Storage (s3rver)', () => ({ storage: new S3Storage(s3.settings), root: s3.directory })],
];

describe.each(stores)('%s', (_name, make) => {
  it('stores bytes under a key and gives them back with their size', async () => {
    const { storage } = make();
    const key = keyFor(id());
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3, 4, 5]);
    await storage.put(key, bytes);
    expect(await readAll(storage, key)).toEqual(bytes);
  });

  it('overwrites a key (a rerun of an interrupted upload) and removes it idempotently', async () => {
    const { storage } = make();
    const key = keyFor(id(), '.pdf');
    await storage.put(key, Buffer.from('%PDF-1 first'));
    await storage.put(key, Buffer.from('%PDF-1 second'));
    expect((await readAll(storage, key))?.toString()).toBe('%PDF-1 second');
    await storage.remove(key);
    expect(await storage.open(key)).toBeNull();
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it('answers null for a key that does not exist', async () => {
    expect(await make().storage.open(keyFor(id()))).toBeNull();
  });

  it('refuses keys the server would never choose, and writes nothing anywhere for them', async () => {
    const { storage, root } = make();
    const before = await filesUnder(sandbox).catch(() => []);
    const beforeRoot = await filesUnder(root).catch(() => []);
    for (const key of HOSTILE_KEYS) {
      expect(MEDIA_KEY.test(key), key).toBe(false);
      await expect(storage.put(key, Buffer.from('<script>alert(1)</script>')), key).rejects.toThrow(/Invalid media key/);
      expect(await storage.open(key), key).toBeNull();
      await expect(storage.remove(key), key).rejects.toThrow(/Invalid media key/);
    }
    expect(await filesUnder(sandbox).catch(() => [])).toEqual(before);
    expect(await filesUnder(root).catch(() => [])).toEqual(beforeRoot);
  });

  it('serves a stored file with its type, length, a year of immutable caching and nosniff', async () => {
    const { storage } = make();
    const uuid = id();
    await storage.put(keyFor(uuid, '-960.webp'), Buffer.from('RIFF....WEBP'));
    const image = await serveStoredFile(storage, keyFor(uuid, '-960.webp'));
    expect(image.status).toBe(200);
    expect(Object.fromEntries(image.headers)).toMatchObject({
      'content-type': 'image/webp',
      'content-length': '12',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    expect(await image.text()).toBe('RIFF....WEBP');

    await storage.put(keyFor(uuid, '.pdf'), Buffer.from('%PDF-1.4 …'));
    const pdf = await serveStoredFile(storage, keyFor(uuid, '.pdf'), { filename: 'Nghị quyết 01.pdf' });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`inline; filename="Nghi quyet 01.pdf"; filename*=UTF-8''${encodeURIComponent('Nghị quyết 01.pdf')}`);

    expect((await serveStoredFile(storage, keyFor(id()))).status).toBe(404);
    expect((await serveStoredFile(storage, '../../etc/passwd')).status).toBe(404);
  });

  it('answers byte ranges (206 + Content-Range), the whole file without one, and 416 past the end', async () => {
    const { storage } = make();
    const key = keyFor(id(), '-web.mp4');
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
    await storage.put(key, bytes);

    const whole = await serveStoredFile(storage, key);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(bytes);

    const cases: Array<[string, number, number]> = [
      ['bytes=0-99', 0, 99],
      ['bytes=900-', 900, 999],
      ['bytes=-10', 990, 999],
      ['bytes=995-5000', 995, 999],
    ];
    for (const [range, start, end] of cases) {
      const part = await serveStoredFile(storage, key, { range });
      expect(part.status, range).toBe(206);
      expect(part.headers.get('content-range'), range).toBe(`bytes ${start}-${end}/1000`);
      expect(part.headers.get('content-length'), range).toBe(String(end - start + 1));
      expect(part.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(await part.arrayBuffer()), range).toEqual(bytes.subarray(start, end + 1));
    }

    const past = await serveStoredFile(storage, key, { range: 'bytes=1000-' });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */1000');
    // Not understood (several ranges, bad syntax): ignored, the whole file.
    for (const range of ['bytes=0-1,5-9', 'bytes=9-2', 'pages=1-2']) expect((await serveStoredFile(storage, key, { range })).status, range).toBe(200);
    // A ranged request for a file that is not there is still a 404.
    expect((await serveStoredFile(storage, keyFor(id(), '-web.mp4'), { range: 'bytes=0-1' })).status).toBe(404);
  });

  it('keeps files of the documents registry out of /media/…: only a route that checked publication serves them', async () => {
    const { storage } = make();
    const key = documentStorageKey('pdf');
    expect(DOCUMENT_KEY.test(key)).toBe(true);
    // The pattern /media/[...key] checks (app/media/[...key]/route.ts) refuses it.
    expect(MEDIA_KEY.test(key)).toBe(false);
    await storage.put(key, Buffer.from('%PDF-1.4 draft'));
    expect((await serveStoredFile(storage, key)).status).toBe(404);
    const served = await serveStoredFile(storage, key, { kind: 'document' });
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('%PDF-1.4 draft');
    // And the document kind serves nothing but registry keys.
    const uuid = id();
    await storage.put(keyFor(uuid, '.pdf'), Buffer.from('%PDF-1.4 media'));
    expect((await serveStoredFile(storage, keyFor(uuid, '.pdf'), { kind: 'document' })).status).toBe(404);
    expect(documentStorageKey('docx')).not.toBe(documentStorageKey('docx'));
  });

  it('keeps uploaded video originals out of /media/…: only the processed MP4 is served', async () => {
    const { storage } = make();
    const key = videoSourceKey(id(), 'mov');
    expect(VIDEO_SOURCE_KEY.test(key)).toBe(true);
    expect(MEDIA_KEY.test(key)).toBe(false);
    await storage.put(key, Buffer.from('....ftypqt  '));
    expect(await storage.size(key)).toBe(12);
    expect((await serveStoredFile(storage, key)).status).toBe(404);
    expect((await serveStoredFile(storage, key, { range: 'bytes=0-3' })).status).toBe(404);
  });
});

describe('S3Storage against a real S3 protocol', () => {
  it('is refused with the wrong secret: requests really are signed and checked', async () => {
    const wrong = new S3Storage({ ...s3.settings, secretAccessKey: 'not-the-secret' });
    await expect(wrong.put(keyFor(id()), Buffer.from('x'))).rejects.toThrow();
  });

  it('stores objects with their content type and cache header, under an optional prefix', async () => {
    const storage = new S3Storage({ ...s3.settings, prefix: 'media/' });
    const uuid = id();
    await storage.put(keyFor(uuid, '-480.avif'), Buffer.from('avif'));
    const { S3Client, HeadObjectCommand } = await import('@aws-sdk/client-s3');
    const client = new S3Client({ region: 'us-east-1', endpoint: s3.settings.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.settings.bucket, Key: `media/${keyFor(uuid, '-480.avif')}` }));
    expect(head.ContentType).toBe('image/avif');
    expect(head.CacheControl).toBe('public, max-age=31536000, immutable');
    client.destroy();
  });
});

describe('storageFromEnv', () => {
  it('uses the local disk by default and an S3 bucket when MEDIA_STORAGE=s3', () => {
    expect(storageFromEnv({ MEDIA_DIR: sandbox })).toBeInstanceOf(LocalDiskStorage);
    expect(storageFromEnv(s3.env)).toBeInstanceOf(S3Storage);
    expect(() => storageFromEnv({ MEDIA_STORAGE: 's3' })).toThrow(/S3_BUCKET/);
  });
});
