// PURE. Who may be credited as a story's author: an active account with a writing role, not an
// administrator's (they run the site, they do not sign stories) and not a test account (addresses
// under the reserved test domains). The author picker (lib/data/users/writers.ts) offers exactly
// these, and saving a story (lib/data/articles/placement.ts) refuses any other newly added author.
import type { Role } from './roles';
import { isTestAddress } from './test-accounts';
import { CREATE_ROLES } from './workflow';

/** Roles that write: an author has at least one. */
export const AUTHOR_ROLES: readonly Role[] = CREATE_ROLES;
/** Roles whose accounts are never credited, whatever other role they also hold. */
export const NON_AUTHOR_ROLES: readonly Role[] = ['admin'];

export type AuthorRefusal = 'not_writer' | 'admin' | 'test_account';

/** Why an account cannot be newly credited as an author, or null when it can. */
export function authorRefusal(account: { roles: readonly Role[]; isActive: boolean; email: string }): AuthorRefusal | null {
  if (!account.isActive || !account.roles.some((r) => AUTHOR_ROLES.includes(r))) return 'not_writer';
  if (account.roles.some((r) => NON_AUTHOR_ROLES.includes(r))) return 'admin';
  if (isTestAddress(account.email)) return 'test_account';
  return null;
}
