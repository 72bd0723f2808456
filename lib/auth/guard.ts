// The door for newsroom pages. A page loads its data through pageData(), which re-reads the viewer,
// sends the anonymous to the sign-in page, and turns the data layer's refusals into 403 / 404.
// Layouts and the proxy decide nothing: each page asks for itself, because layouts and pages
// render independently and a page can be requested on its own (RSC, prefetch).
import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { DataError } from '@/lib/data/errors';
import type { Viewer } from '@/lib/policy/roles';
import { safeNextPath } from './http';
import { getViewer } from './viewer';

export function signInPath(next: string): string {
  return `/toa-soan/dang-nhap?tiep=${encodeURIComponent(safeNextPath(next))}`;
}

/**
 * Loads a newsroom page's data for the current viewer. `path` is where to come back to after
 * signing in. The loader must call lib/data (which asks lib/policy); this function only maps its
 * answers: unauthenticated -> redirect to sign-in, forbidden -> 403, not_found -> 404.
 */
export async function pageData<T>(path: string, load: (viewer: Viewer) => Promise<T>): Promise<T> {
  const viewer = await getViewer();
  if (viewer.kind === 'anonymous') redirect(signInPath(path));
  try {
    return await load(viewer);
  } catch (error) {
    if (error instanceof DataError) {
      if (error.code === 'unauthenticated') redirect(signInPath(path));
      if (error.code === 'forbidden') forbidden();
      if (error.code === 'not_found') notFound();
    }
    throw error;
  }
}
