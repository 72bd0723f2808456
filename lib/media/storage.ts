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
export const MEDIA_KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}(?:-[a-z0-9]+)*\.(?:jpg|webp|avif|png|gif|pdf|docx)$/;

/**
 * Keys of files of the documents registry: under doc/, which MEDIA_KEY refuses, so /media/… never
 * serves them; only /van-ban/tep/<id>, which checks that the document is published, does. The uuid
 * is random and is not the file's public id.
 */
export const DOCUMENT_KEY = /^doc\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:pdf|docx)$/;

/** A new storage key for a file of the documents registry. */
export const documentStorageKey = (format: 'pdf' | 'docx'): string => `doc/${randomUUID()}.${format}`;

/** Every key a store accepts: public media and registry documents. */
export const isStoredKey = (key: string): boolean => MEDIA_KEY.test(key) || DOCUMENT_KEY.test(key);

export interface MediaStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** null when the key does not exist. */
  open(key: string): Promise<{ stream: Readable; size: number } | null>;
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

  async open(key: string): Promise<{ stream: Readable; size: number } | null> {
    if (!isStoredKey(key)) return null;
    const target = this.file(key);
    try {
      const info = await stat(target);
      if (!info.isFile()) return null;
      return { stream: createReadStream(target), size: info.size };
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

  async open(key: string): Promise<{ stream: Readable; size: number } | null> {
    if (!isStoredKey(key)) return null;
    const { client, sdk } = await this.connect();
    try {
      const out = await client.send(new sdk.GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
      if (!out.Body) return null;
      const body = out.Body as unknown;
      const stream = body instanceof Readable ? body : Readable.fromWeb((out.Body as { transformToWebStream(): ReadableStream }).transformToWebStream() as never);
      return { stream, size: Number(out.ContentLength ?? 0) };
    } catch (error) {
      const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
      if (e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    const Key = this.objectKey(key);
    const { client, sdk } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.settings.bucket, Key }));
  }
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
