'use server';

import { revalidatePath } from 'next/cache';
import { runAction, type ActionResult } from '@/lib/auth/action';
import { deleteMedia, updateMediaMetadata } from '@/lib/data/media-edit';
import type { MediaItem } from '@/lib/media/types';

// The library's actions. Each is a public POST endpoint: runAction() proves same origin and re-reads
// the viewer; lib/data asks the media policy and validates the input.

const asObject = (input: unknown): Record<string, unknown> => (input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {});

export async function updateMediaAction(input: { id: string; alt?: string; caption?: string; credit?: string; originalFilename?: string }): Promise<ActionResult<MediaItem>> {
  return runAction(async (viewer) => {
    const { id, ...patch } = asObject(input);
    const item = await updateMediaMetadata(viewer, String(id ?? ''), patch);
    revalidatePath('/toa-soan/thu-vien', 'layout');
    return item;
  });
}

export async function deleteMediaAction(input: { id: string }): Promise<ActionResult<undefined>> {
  return runAction(async (viewer) => {
    await deleteMedia(viewer, String(asObject(input).id ?? ''));
    revalidatePath('/toa-soan/thu-vien', 'layout');
    return undefined;
  });
}
