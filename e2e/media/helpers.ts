// Helpers for the media e2e tests: staff with API tokens, one-file multipart uploads, and a look at
// the media store the test server writes to (E2E_MEDIA_DIR).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { MediaItem } from '../../lib/media/types';
import type { Role } from '../../lib/policy/roles';
import { runFfmpeg } from '../../lib/media/video/ffmpeg';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';

export interface Staff {
  user: TestUser;
  auth: { Authorization: string };
}

export async function staffWithToken(roles: Role[]): Promise<Staff> {
  const user = await createTestUser({ roles });
  return { user, auth: { Authorization: `Bearer ${await createTestApiToken(user.id)}` } };
}

/** POST /api/v1/media with one file, as a browser form would send it. */
export function upload(request: APIRequestContext, headers: Record<string, string>, name: string, bytes: Buffer, mimeType = 'application/octet-stream', fields: Record<string, string> = {}): Promise<APIResponse> {
  return request.post('/api/v1/media', { headers, multipart: { file: { name, mimeType, buffer: bytes }, ...fields } });
}

export async function uploaded(response: APIResponse): Promise<MediaItem> {
  if (response.status() !== 201) throw new Error(`upload refused: ${response.status()} ${await response.text()}`);
  return (await response.json()) as MediaItem;
}

/** A multipart body built by hand, for callers that can only send raw data (the access matrix). */
export function multipartBody(name: string, bytes: Buffer): { body: Buffer; contentType: string } {
  const boundary = `----e2e-media-${crypto.randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { body: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function mediaDir(): string {
  const dir = process.env.E2E_MEDIA_DIR;
  if (!dir) throw new Error('E2E_MEDIA_DIR is not set: run the e2e tests through `npm test`.');
  return dir;
}

/** Every file below `dir`, relative, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Two seconds of test pattern and tone, as a phone would send it (MOV, MPEG-4 video + AAC). */
export async function testClip(): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'e2e-video-'));
  try {
    const out = path.join(dir, 'clip.mov');
    // prettier-ignore
    const made = await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25:duration=2', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:v', 'mpeg4', '-c:a', 'aac', '-shortest', '-f', 'mov', out], 60_000);
    expect(made.code, made.stderr.slice(-400)).toBe(0);
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
