// PURE. Where and when a story appears, and who is credited: the part of a revision that is not
// text but that a reader sees or that decides when and where the story shows. It is saved in every
// revision beside the text and covered by the sign-off hash, so a leader approves all of it and a
// live story's section, tags or embargo change only through a new approved revision.

export type ArticleKind = 'news' | 'meeting_report';
export type ArticleLanguage = 'vi' | 'en';

export interface Placement {
  sectionId: string | null;
  /** Tag names as the writer typed them, without duplicates (same slug), in the order given. */
  tags: string[];
  /** Credited writers (user ids), in byline order. */
  authorIds: string[];
  slug: string;
  language: ArticleLanguage;
  kind: ArticleKind;
  /** ISO instants or null. */
  embargoUntil: string | null;
  scheduledUnpublishAt: string | null;
}

/** ISO form of a time, or null; one spelling so equal times hash equally. */
export function isoOrNull(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The fields of a revision a person can change, each with its Vietnamese label (diffs, timeline, refusals). */
export const FIELD_LABELS = {
  title: 'Tiêu đề',
  sapo: 'Sapo',
  body: 'Nội dung',
  byline: 'Bút danh / đơn vị',
  seoTitle: 'Tiêu đề SEO',
  seoDescription: 'Mô tả SEO',
  coverMediaId: 'Ảnh đại diện',
  meeting: 'Thông tin hội nghị',
  correction: 'Đính chính',
  sectionId: 'Chuyên mục',
  tags: 'Từ khóa',
  authorIds: 'Tác giả',
  slug: 'Đường dẫn (slug)',
  language: 'Ngôn ngữ bài viết',
  kind: 'Loại bài',
  embargoUntil: 'Cấm đăng trước',
  scheduledUnpublishAt: 'Tự động gỡ bài lúc',
} as const;

export type RevisionField = keyof typeof FIELD_LABELS;
export const REVISION_FIELDS = Object.keys(FIELD_LABELS) as RevisionField[];
export const isRevisionField = (name: string): name is RevisionField => Object.hasOwn(FIELD_LABELS, name);
/** Fields that are not the text itself: a change to them is shown in the timeline as such. */
export const PLACEMENT_FIELDS: readonly RevisionField[] = ['sectionId', 'tags', 'authorIds', 'slug', 'language', 'kind', 'embargoUntil', 'scheduledUnpublishAt'];

export interface RevisionFields {
  title: string;
  sapo: string;
  body: unknown;
  meta: { byline?: string; seoTitle?: string; seoDescription?: string; coverMediaId?: string; correction?: string };
  meeting: unknown;
  placement: Placement;
}

function valueOf(r: RevisionFields, field: RevisionField): unknown {
  switch (field) {
    case 'title':
    case 'sapo':
    case 'body':
    case 'meeting':
      return r[field] ?? null;
    case 'byline':
    case 'seoTitle':
    case 'seoDescription':
    case 'coverMediaId':
    case 'correction':
      return r.meta[field] || null;
    default:
      return r.placement[field];
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which fields differ between two versions of a story, in the order of FIELD_LABELS. */
export function changedFields(before: RevisionFields, after: RevisionFields): RevisionField[] {
  return REVISION_FIELDS.filter((f) => {
    if (f === 'body' || f === 'meeting') return !same(canonical(valueOf(before, f)), canonical(valueOf(after, f)));
    return !same(valueOf(before, f), valueOf(after, f));
  });
}

function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(canonical);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)]),
  );
}

/** "Tiêu đề, chuyên mục và từ khóa": the changed fields as a phrase for a message. */
export function describeFields(fields: readonly RevisionField[]): string {
  const names = fields.map((f, i) => (i === 0 ? FIELD_LABELS[f] : FIELD_LABELS[f].charAt(0).toLowerCase() + FIELD_LABELS[f].slice(1)));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
}
