'use server';

import { parseAtDoor } from '@/lib/api/schemas';
import { runAction } from '@/lib/auth/action';
import { homePicksInputSchema, saveHomePicks, searchPickable } from '@/lib/data/home/home-picks';
import { z } from 'zod';

export async function searchPickableAction(query: string) {
  return runAction((viewer) => searchPickable(viewer, parseAtDoor(z.string('Từ khóa phải là văn bản.').max(200, 'Từ khóa dài quá 200 ký tự.'), query)));
}

export async function saveHomePicksAction(input: z.input<typeof homePicksInputSchema>) {
  return runAction((viewer) => {
    parseAtDoor(homePicksInputSchema, input);
    return saveHomePicks(viewer, input);
  });
}
