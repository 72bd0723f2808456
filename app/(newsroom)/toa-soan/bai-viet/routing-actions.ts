'use server';

// Routing of one story: "Nhận bài", "Giao bài", "Theo dõi". Public POST endpoints like every server
// action: runAction() checks the origin and re-reads the viewer; lib/data asks lib/policy.
import { z } from 'zod';
import { idSchema } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction } from '@/lib/auth/action';
import { assignArticle, claimArticle, setFollowing } from '@/lib/data/routing/routing';

const followSchema = z.boolean('Theo dõi phải là đúng hoặc sai.');

export async function claimArticleAction(id: string) {
  return runAction((viewer) => claimArticle(viewer, parseAtDoor(idSchema, id)));
}

export async function assignArticleAction(id: string, assigneeId: string) {
  return runAction((viewer) => assignArticle(viewer, parseAtDoor(idSchema, id), parseAtDoor(z.uuid('Hãy chọn người nhận bài trong danh sách.'), assigneeId)));
}

export async function followArticleAction(id: string, follow: boolean) {
  return runAction((viewer) => setFollowing(viewer, parseAtDoor(idSchema, id), parseAtDoor(followSchema, follow)));
}
