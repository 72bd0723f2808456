import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AssignmentFields } from './assignment-fields';

// "Giao viết bài" (a new assignment) and "Sửa" (an existing one) fill the same three fields, so one
// component draws them: the same labels (what people and tests find them by), the same notes bound
// as the data layer (2,000 characters), the same narrow-screen fit of the date field.
const staff = [
  { id: 'a', name: 'Nguyễn Văn An' },
  { id: 'b', name: 'Trần Thị Bình' },
];
const html = (props: Partial<Parameters<typeof AssignmentFields>[0]>) =>
  renderToStaticMarkup(<AssignmentFields values={{ assigneeId: '', dueAt: '2026-12-10T09:00', notes: '' }} onChange={() => {}} staff={staff} {...props} />);

describe('assignment fields', () => {
  it('labels the writer, the due time in Vietnam and the notes, with the notes bounded as the server bounds them', () => {
    const page = html({});
    for (const label of ['Người viết', 'Hạn nộp (giờ Việt Nam)', 'Ghi chú cho người viết']) expect(page).toContain(label);
    expect(page).toContain('maxLength="2000"');
    expect(page).toMatch(/type="datetime-local"[^>]*class="[^"]*min-w-0/);
    expect(page).toContain('value="2026-12-10T09:00"');
  });

  it('offers "choose a writer" only for a new assignment, and locks the writer once the story is started', () => {
    expect(html({ placeholder: '— Chọn người viết —' })).toContain('<option value="" selected="">— Chọn người viết —</option>');
    expect(html({ values: { assigneeId: 'a', dueAt: '', notes: '' } })).not.toContain('<option value="">');
    expect(html({ values: { assigneeId: 'a', dueAt: '', notes: '' }, assigneeLocked: true })).toMatch(/<select[^>]*disabled=""/);
    expect(html({})).not.toMatch(/<select[^>]*disabled=""/);
  });

  it('keeps a writer the list no longer offers (a deactivated account) selectable as they are', () => {
    const page = html({ values: { assigneeId: 'gone', dueAt: '', notes: '' }, current: { id: 'gone', name: 'Lê Văn Cũ' } });
    expect(page).toContain('<option value="gone" selected="">Lê Văn Cũ</option>');
    expect(html({ values: { assigneeId: 'a', dueAt: '', notes: '' }, current: { id: 'a', name: 'Nguyễn Văn An' } }).match(/Nguyễn Văn An/g)).toHaveLength(1);
  });
});
