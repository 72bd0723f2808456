'use server';

import { revalidatePath } from 'next/cache';
import { mediaIdInput, updateMediaInput } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction, type ActionResult } from '@/lib/auth/action';
import { deleteMedia, updateMediaMetadata } from '@/lib/data/media/edit';
import type { MediaItem } from '@/lib/media/types';

// The library's actions. Each is a public POST endpoint: runAction() proves same origin and re-reads
// the viewer; lib/data asks the media policy and validates the input.

export async function updateMediaAction(input: { id: string; alt?: string; caption?: string; credit?: string; originalFilename?: string }): Promise<ActionResult<MediaItem>> {
  return runAction(async (viewer) => {
    const { id, ...patch } = parseAtDoor(updateMediaInput, input);
    const item = await updateMediaMetadata(viewer, id, patch);
    revalidatePath('/toa-soan/thu-vien', 'layout');
    return item;
  });
}

export async function deleteMediaAction(input: { id: string }): Promise<ActionResult<undefined>> {
  return runAction(async (viewer) => {
    await deleteMedia(viewer, parseAtDoor(mediaIdInput, input).id);
    revalidatePath('/toa-soan/thu-vien', 'layout');
    return undefined;
  });
}
