// A small pool of placeholder photos for the generated stories' figures: drawn locally with sharp,
// encoded into the same responsive variants an upload gets (lib/media/variants), and written to the
// benchmark's media folder. Kept between runs (a manifest next to the files), since AVIF encoding is
// the slowest part of generation and the pixels do not matter.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { placeholderPhoto } from '../../db/seed/placeholder-photo';
import { LocalDiskStorage } from '@/lib/media/storage';
import { EXTENSION, encodeVariants } from '@/lib/media/variants';

export interface PoolPhoto {
  id: string;
  storageKey: string;
  byteSize: number;
  width: number;
  height: number;
  sha256: string;
  variants: Array<{ width: number; height: number; format: 'avif' | 'webp' | 'jpeg'; key: string; bytes: number }>;
}

function stableUuid(name: string): string {
  const h = createHash('sha256').update(`bench:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function photoPool(mediaDir: string, count: number, log: (line: string) => void): Promise<PoolPhoto[]> {
  const manifest = path.join(mediaDir, 'bench-photos.json');
  if (existsSync(manifest)) {
    const saved = JSON.parse(readFileSync(manifest, 'utf8')) as PoolPhoto[];
    if (saved.length >= count && saved.slice(0, count).every((p) => p.variants.every((v) => existsSync(path.join(mediaDir, v.key))))) {
      return saved.slice(0, count);
    }
  }
  log(`Drawing ${count} placeholder photos (kept for later runs)...`);
  const storage = new LocalDiskStorage(mediaDir);
  const pool: PoolPhoto[] = [];
  for (let i = 0; i < count; i++) {
    const id = stableUuid(`photo-${i}`);
    const original = await placeholderPhoto(i);
    const { width, height, variants } = await encodeVariants(original);
    const stored: PoolPhoto['variants'] = [];
    for (const v of variants) {
      const key = `${id.slice(0, 2)}/${id}-${v.width}.${EXTENSION[v.format]}`;
      await storage.put(key, v.bytes);
      stored.push({ width: v.width, height: v.height, format: v.format, key, bytes: v.bytes.length });
    }
    const largest = stored.filter((v) => v.format === 'jpeg').at(-1)!;
    pool.push({ id, storageKey: largest.key, byteSize: largest.bytes, width, height, sha256: createHash('sha256').update(original).digest('hex'), variants: stored });
  }
  writeFileSync(manifest, JSON.stringify(pool, null, 1));
  return pool;
}
