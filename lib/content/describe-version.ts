// PURE. A version of a story as a person reads it on the sign-off screen and in the revision diff:
// every field that is not the body text, in Vietnamese, with names instead of ids.
import { formatArticleTime } from '@/lib/time/format';
import { FIELD_LABELS, type RevisionField, type RevisionFields } from './placement';

export interface VersionNames {
  sections: Record<string, string>;
  users: Record<string, string>;
  units: Record<string, string>;
  media: Record<string, string>;
}

export interface DescribedField {
  field: RevisionField;
  label: string;
  /** What a person reads; '' means not set (shown as "—"). */
  value: string;
}

interface MeetingLike {
  startsAt?: string;
  location?: string;
  organiserUnitId?: string;
  organiserName?: string;
  people?: Array<{ name: string; title?: string; role: string }>;
  participants?: string;
  conclusions?: string;
}

const ROLE_LABELS: Record<string, string> = { chair: 'Chủ trì', presenter: 'Trình bày', attending: 'Dự họp' };
const time = (iso: string | null | undefined) => (iso ? formatArticleTime(new Date(iso)) : '');

function describeMeeting(meeting: MeetingLike | null, names: VersionNames): string {
  if (!meeting) return '';
  const lines: string[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value?.trim()) lines.push(`${label}: ${value.trim()}`);
  };
  add('Thời gian', time(meeting.startsAt));
  add('Địa điểm', meeting.location);
  add('Đơn vị tổ chức', (meeting.organiserUnitId && names.units[meeting.organiserUnitId]) || meeting.organiserName);
  for (const role of ['chair', 'presenter', 'attending']) {
    const people = (meeting.people ?? []).filter((p) => p.role === role).map((p) => (p.title ? `${p.name} (${p.title})` : p.name));
    add(ROLE_LABELS[role]!, people.join('; '));
  }
  add('Thành phần', meeting.participants);
  add('Kết luận', meeting.conclusions);
  return lines.join('\n');
}

/** Every field but the body, in the order of FIELD_LABELS. */
export function describeVersion(version: RevisionFields, names: VersionNames): DescribedField[] {
  const { placement, meta } = version;
  const values: Record<Exclude<RevisionField, 'body'>, string> = {
    title: version.title,
    sapo: version.sapo,
    byline: meta.byline ?? '',
    seoTitle: meta.seoTitle ?? '',
    seoDescription: meta.seoDescription ?? '',
    correction: meta.correction ?? '',
    coverMediaId: meta.coverMediaId ? (names.media[meta.coverMediaId] ?? 'Ảnh trong thư viện') : '',
    meeting: describeMeeting(version.meeting as MeetingLike | null, names),
    sectionId: placement.sectionId ? (names.sections[placement.sectionId] ?? 'Chuyên mục đã xóa') : '',
    tags: placement.tags.join(', '),
    authorIds: placement.authorIds.map((id) => names.users[id] ?? 'Tài khoản đã xóa').join(', '),
    slug: placement.slug,
    language: placement.language === 'en' ? 'Tiếng Anh' : 'Tiếng Việt',
    kind: placement.kind === 'meeting_report' ? 'Báo cáo hội nghị' : 'Tin bài',
    embargoUntil: time(placement.embargoUntil),
    scheduledUnpublishAt: time(placement.scheduledUnpublishAt),
  };
  return (Object.keys(values) as Array<keyof typeof values>).map((field) => ({ field, label: FIELD_LABELS[field], value: values[field] }));
}

/** The ids a version names, so the data layer can look their names up in one go. */
export function idsNamedBy(version: RevisionFields): { sections: string[]; users: string[]; units: string[]; media: string[] } {
  const meeting = version.meeting as MeetingLike | null;
  return {
    sections: version.placement.sectionId ? [version.placement.sectionId] : [],
    users: version.placement.authorIds,
    units: meeting?.organiserUnitId ? [meeting.organiserUnitId] : [],
    media: version.meta.coverMediaId ? [version.meta.coverMediaId] : [],
  };
}
