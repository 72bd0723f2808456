// Where media bytes live, behind one small interface: local disk under .data/media by default, or
// an S3-compatible bucket (MEDIA_STORAGE=s3). Keys are always chosen by the server and checked
// against MEDIA_KEY or DOCUMENT_KEY by every store, so no name from outside can reach a path or an object key.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { contentTypeOfKey } from './content-types';

/**
 * Keys of public media (served by /media/… with a year of caching): lowercase hex/uuid segments, a
 * dot extension, nothing else. Chosen by the server.
 */
export const MEDIA_KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}(?:-[a-z0-9]+)*\.(?:jpg|webp|avif|png|gif|pdf|docx|mp4|vtt)$/;

/**
 * Keys of files of the documents registry: under doc/, which MEDIA_KEY refuses, so /media/… never
 * serves them; only /van-ban/tep/<id>, which checks that the document is published, does. The uuid
 * is random and is not the file's public id.
 */
export const DOCUMENT_KEY = /^doc\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:pdf|docx)$/;

/** A new storage key for a file of the documents registry. */
export const documentStorageKey = (format: 'pdf' | 'docx'): string => `doc/${randomUUID()}.${format}`;

/**
 * Keys of uploaded video originals: under vsrc/, which MEDIA_KEY refuses, so they are never served;
 * the video job reads them and readers get the processed MP4 (a MEDIA_KEY).
 */
export const VIDEO_SOURCE_KEY = /^vsrc\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:mp4|mov|webm)$/;

/** The storage key of a video's original upload. */
export const videoSourceKey = (mediaId: string, format: 'mp4' | 'mov' | 'webm'): string => `vsrc/${mediaId}.${format}`;

/** Every key a store accepts: public media, registry documents and video originals. */
export const isStoredKey = (key: string): boolean => MEDIA_KEY.test(key) || DOCUMENT_KEY.test(key) || VIDEO_SOURCE_KEY.test(key);

/** Inclusive byte positions, as in an HTTP Range (start <= end < size). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface MediaStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /**
   * null when the key does not exist. `size` is always the whole file's size; with a range, the
   * stream carries only those bytes.
   */
  open(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | null>;
  /** The file's size without reading it; null when the key does not exist. */
  size(key: string): Promise<number | null>;
  /** Idempotent: removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

export function assertKey(key: string): void {
  if (!isStoredKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key).slice(0, 80)}`);
}

export class LocalDiskStorage implements MediaStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private file(key: string): string {
    assertKey(key);
    const target = path.resolve(this.root, key);
    // The key pattern already rules out "..", absolute paths and backslashes; this is the belt to its braces.
    if (!target.startsWith(this.root + path.sep)) throw new Error('Media key escapes the media directory');
    return target;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async open(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | null> {
    if (!isStoredKey(key)) return null;
    const target = this.file(key);
    try {
      const info = await stat(target);
      if (!info.isFile()) return null;
      return { stream: createReadStream(target, range ? { start: range.start, end: range.end } : undefined), size: info.size };
    } catch {
      return null;
    }
  }

  async size(key: string): Promise<number | null> {
    if (!isStoredKey(key)) return null;
    try {
      const info = await stat(this.file(key));
      return info.isFile() ? info.size : null;
    } catch {
      return null;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

export interface S3Settings {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Optional folder inside the bucket, e.g. "media/". */
  prefix?: string;
}

/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph, a provider's object storage). Objects are private;
 * the portal serves them through /media/… like local files, so one URL scheme and one set of
 * cache headers hold whichever store is configured. The SDK is loaded only when this store is used.
 */
export class S3Storage implements MediaStorage {
  private client?: Promise<{ client: S3Client; sdk: typeof import('@aws-sdk/client-s3') }>;

  constructor(private readonly settings: S3Settings) {}

  private connect() {
    this.client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: this.settings.region,
        endpoint: this.settings.endpoint,
        forcePathStyle: this.settings.forcePathStyle,
        credentials:
          this.settings.accessKeyId && this.settings.secretAccessKey
            ? { accessKeyId: this.settings.accessKeyId, secretAccessKey: this.settings.secretAccessKey }
            : undefined,
      }),
    }));
    return this.client;
  }

  private objectKey(key: string): string {
    assertKey(key);
    return `${this.settings.prefix ?? ''}${key}`;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const Key = this.objectKey(key);
    const { client, sdk } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.settings.bucket,
        Key,
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: contentTypeOfKey(key),
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  }

  async open(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | null> {
    if (!isStoredKey(key)) return null;
    const { client, sdk } = await this.connect();
    try {
      const out = await client.send(
        new sdk.GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      if (!out.Body) return null;
      const body = out.Body as unknown;
      const stream = body instanceof Readable ? body : Readable.fromWeb((out.Body as { transformToWebStream(): ReadableStream }).transformToWebStream() as never);
      // A ranged answer's ContentLength is the part's; the whole size is after the slash of Content-Range.
      const total = range ? Number(/\/(\d+)$/.exec(out.ContentRange ?? '')?.[1]) : Number(out.ContentLength ?? 0);
      if (range && !Number.isFinite(total)) {
        stream.destroy();
        throw new Error(`S3 answered a ranged read of ${key} without a usable Content-Range`);
      }
      return { stream, size: total };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async size(key: string): Promise<number | null> {
    if (!isStoredKey(key)) return null;
    const { client, sdk } = await this.connect();
    try {
      const out = await client.send(new sdk.HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
      return Number(out.ContentLength ?? 0);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    const Key = this.objectKey(key);
    const { client, sdk } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.settings.bucket, Key }));
  }
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}

type Env = Record<string, string | undefined>;

/** The store the environment asks for. MEDIA_STORAGE=s3 needs S3_BUCKET; everything else has a default. */
export function storageFromEnv(env: Env = process.env): MediaStorage {
  if ((env.MEDIA_STORAGE ?? 'local').toLowerCase() === 's3') {
    if (!env.S3_BUCKET) throw new Error('MEDIA_STORAGE=s3 needs S3_BUCKET (and usually S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY).');
    return new S3Storage({
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT || undefined,
      region: env.S3_REGION || 'us-east-1',
      accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
      forcePathStyle: ['1', 'true', 'yes'].includes((env.S3_FORCE_PATH_STYLE ?? '').toLowerCase()),
      prefix: env.S3_PREFIX ? env.S3_PREFIX.replace(/^\/+/, '').replace(/\/*$/, '/') : undefined,
    });
  }
  return new LocalDiskStorage(env.MEDIA_DIR || path.join(process.cwd(), '.data', 'media'));
}

let storage: MediaStorage | undefined;

export function mediaStorage(): MediaStorage {
  storage ??= storageFromEnv();
  return storage;
}
