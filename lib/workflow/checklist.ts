// PURE. What a story needs before it is sent for review. Enforced on the server at submit; the
// editor shows the same list while writing. Sections may switch rules off (sections.checklist).
import type { JSONContent } from '@/lib/content/types';

export const CHECKLIST_RULES = {
  title: 'Có tiêu đề',
  sapo: 'Có sapo (đoạn mở đầu in đậm)',
  section: 'Đã chọn chuyên mục',
  figureAlt: 'Mọi ảnh có mô tả thay thế (alt)',
  figureCaption: 'Mọi ảnh có chú thích',
  meetingDate: 'Báo cáo hội nghị có thời gian họp',
} as const;

export type ChecklistRule = keyof typeof CHECKLIST_RULES;

/** What to say when a rule fails: the list above reads as done, a refusal must name what is missing. */
export const CHECKLIST_MISSING: Record<ChecklistRule, string> = {
  title: 'thiếu tiêu đề',
  sapo: 'thiếu sapo',
  section: 'chưa chọn chuyên mục',
  figureAlt: 'có ảnh thiếu mô tả thay thế (alt)',
  figureCaption: 'có ảnh thiếu chú thích',
  meetingDate: 'báo cáo hội nghị thiếu thời gian họp',
};
export type ChecklistConfig = Partial<Record<ChecklistRule, boolean>>;

export interface ChecklistInput {
  title: string;
  sapo: string;
  sectionId: string | null;
  body: JSONContent;
  kind: 'news' | 'meeting_report';
  meeting: { startsAt?: string } | null;
}

export interface ChecklistItem {
  rule: ChecklistRule;
  label: string;
  ok: boolean;
}

const PLACEHOLDER_TITLE = '(Chưa có tiêu đề)';

function figures(doc: JSONContent): Array<{ alt?: string; caption?: string }> {
  const out: Array<{ alt?: string; caption?: string }> = [];
  const walk = (n: JSONContent) => {
    if (n.type === 'figure') out.push((n.attrs ?? {}) as { alt?: string; caption?: string });
    n.content?.forEach(walk);
  };
  walk(doc);
  return out;
}

export function runChecklist(input: ChecklistInput, config: ChecklistConfig | null = null): ChecklistItem[] {
  const enabled = (rule: ChecklistRule) => config?.[rule] !== false;
  const figs = figures(input.body);
  const checks: Record<ChecklistRule, boolean> = {
    title: input.title.trim() !== '' && input.title.trim() !== PLACEHOLDER_TITLE,
    sapo: input.sapo.trim() !== '',
    section: Boolean(input.sectionId),
    figureAlt: figs.every((f) => (f.alt ?? '').trim() !== ''),
    figureCaption: figs.every((f) => (f.caption ?? '').trim() !== ''),
    meetingDate: input.kind !== 'meeting_report' || Boolean(input.meeting?.startsAt),
  };
  return (Object.keys(CHECKLIST_RULES) as ChecklistRule[]).filter(enabled).map((rule) => ({ rule, label: CHECKLIST_RULES[rule], ok: checks[rule] }));
}

/** The pre-submit refusal: only the failed rules, each said as what is missing; null when nothing is. */
export function checklistRefusal(items: readonly ChecklistItem[]): string | null {
  const missing = items.filter((i) => !i.ok);
  return missing.length === 0 ? null : `Chưa gửi được: ${missing.map((i) => CHECKLIST_MISSING[i.rule]).join('; ')}.`;
}

export { PLACEHOLDER_TITLE };
