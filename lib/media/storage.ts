// Where media bytes live. Local disk under .data/media by default; the interface is small so an
// S3-compatible store can stand behind it.
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Keys are chosen by the server: lowercase hex/uuid segments, a dot extension, nothing else. */
export const MEDIA_KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}(?:-[a-z0-9]+)*\.(?:jpg|webp|avif|png|gif|pdf)$/;

export interface MediaStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** null when the key does not exist. */
  open(key: string): Promise<{ stream: Readable; size: number } | null>;
  remove(key: string): Promise<void>;
}

function assertKey(key: string): void {
  if (!MEDIA_KEY.test(key)) throw new Error(`Invalid media key: ${key}`);
}

export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    assertKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  }

  async open(key: string): Promise<{ stream: Readable; size: number } | null> {
    if (!MEDIA_KEY.test(key)) return null;
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

let storage: MediaStorage | undefined;

export function mediaStorage(): MediaStorage {
  storage ??= new LocalDiskStorage(process.env.MEDIA_DIR ?? path.join(process.cwd(), '.data', 'media'));
  return storage;
}
