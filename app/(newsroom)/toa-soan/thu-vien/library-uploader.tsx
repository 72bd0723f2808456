'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { UploadQueue } from '@/components/media/upload-queue';

/** The library's drop zone: files pasted anywhere on the page count too; the grid refreshes as files land. */
export function LibraryUploader({ maxBytes, maxVideoBytes, maxMegapixels }: { maxBytes: number; maxVideoBytes: number; maxMegapixels: number }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <UploadQueue
      capturePaste
      maxBytes={maxBytes}
      maxVideoBytes={maxVideoBytes}
      maxMegapixels={maxMegapixels}
      onUploaded={() => {
        // One refresh after a burst of uploads, not one per photo.
        clearTimeout(timer.current);
        timer.current = setTimeout(() => router.refresh(), 600);
      }}
    />
  );
}
