import 'server-only';
import type { FigureMedia } from '@/lib/content/render';
import { bodyMediaIds } from '@/lib/content/render';
import type { JSONContent } from '@/lib/content/types';
import { figureMediaMap } from '../media/views';
import { getSiteSettings, type SiteSettings } from '../site/site';

export interface AgencyPage {
  settings: SiteSettings;
  /** Stored Tiptap JSON of the page, or null when the settings have none yet. */
  body: JSONContent | null;
  media: Map<string, FigureMedia>;
}

function asDoc(value: unknown): JSONContent | null {
  return value && typeof value === 'object' && (value as JSONContent).type === 'doc' ? (value as JSONContent) : null;
}

/** The agency pages of Decree 42/2022/NĐ-CP, all from site settings (renaming the agency is a settings change). */
export async function publicAgencyPage(page: 'about' | 'organisation' | 'contacts'): Promise<AgencyPage> {
  const settings = await getSiteSettings();
  const body = page === 'about' ? asDoc(settings.aboutPage) : page === 'organisation' ? asDoc(settings.organisationPage) : null;
  return { settings, body, media: body ? await figureMediaMap(bodyMediaIds(body)) : new Map() };
}
