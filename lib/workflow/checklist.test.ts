import { describe, expect, it } from 'vitest';
import { checklistRefusal, runChecklist, type ChecklistInput } from './checklist';

const ready: ChecklistInput = {
  title: 'Hội nghị tổng kết',
  sapo: 'Sapo.',
  sectionId: 's1',
  kind: 'meeting_report',
  meeting: { startsAt: '2019-12-23T07:00:00Z' },
  body: { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: 'm', alt: 'Quang cảnh', caption: 'Quang cảnh buổi tổng kết' } }] },
};
const failing = (input: ChecklistInput, config = null as Parameters<typeof runChecklist>[1]) =>
  runChecklist(input, config).filter((i) => !i.ok).map((i) => i.rule);

describe('pre-submit checklist', () => {
  it('passes a complete meeting report', () => expect(failing(ready)).toEqual([]));
  it('names each missing part', () => {
    expect(failing({ ...ready, title: '(Chưa có tiêu đề)', sapo: ' ', sectionId: null, meeting: null })).toEqual(['title', 'sapo', 'section', 'meetingDate']);
    expect(failing({ ...ready, body: { type: 'doc', content: [{ type: 'figure', attrs: { alt: '', caption: '' } }] } })).toEqual(['figureAlt', 'figureCaption']);
  });
  it('does not ask news stories for a meeting date', () => expect(failing({ ...ready, kind: 'news', meeting: null })).toEqual([]));
  it('lets a section switch rules off', () => {
    expect(failing({ ...ready, sapo: '' }, { sapo: false })).toEqual([]);
    expect(runChecklist(ready, { sapo: false }).map((i) => i.rule)).not.toContain('sapo');
  });
  it('refuses naming only what is missing, said as missing', () => {
    expect(checklistRefusal(runChecklist({ ...ready, sapo: '', sectionId: null }))).toBe('Chưa gửi được: thiếu sapo; chưa chọn chuyên mục.');
    expect(checklistRefusal(runChecklist(ready))).toBeNull();
  });
});
