// Plain constants of the notifications inbox, importable by components (inbox.ts is server-only).
export const NOTIFICATIONS_PAGE_SIZE = 20;
/** Pages beyond this are not offered: 2,000 notifications back is plenty, and OFFSET stays cheap. */
export const NOTIFICATIONS_MAX_PAGE = 100;
/** The header badge counts up to this and then shows "99+": a bounded count on every page. */
export const BADGE_CAP = 99;
