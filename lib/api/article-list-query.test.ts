import { describe, expect, it } from 'vitest';
import { DataError } from '@/lib/data/errors';
import { articleListQuerySchema, parseAtDoor } from './schemas';

const refusal = (input: Record<string, string>): string => {
  try {
    parseAtDoor(articleListQuerySchema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).code).toBe('invalid');
    return (error as DataError).userMessage;
  }
  throw new Error('expected a refusal');
};

describe('GET /api/v1/articles query', () => {
  it('takes every filter, sort and page', () => {
    expect(
      parseAtDoor(articleListQuerySchema, {
        q: 'Đà Nẵng',
        author: 'a@b.vn',
        section: 'kinh-te',
        status: 'draft,in_review',
        from: '2026-01-01',
        to: '2026-01-31',
        dateField: 'created',
        kind: 'meeting_report',
        sort: 'title',
        page: '2',
        pageSize: '50',
      }),
    ).toMatchObject({ page: 2, pageSize: 50, sort: 'title', kind: 'meeting_report' });
  });

  it('refuses bad values in Vietnamese, naming the parameter', () => {
    expect(refusal({ sort: 'popular' })).toMatch(/^sort: .*relevance, newest, oldest, title/);
    expect(refusal({ kind: 'opinion' })).toMatch(/^kind: .*news, meeting_report/);
    expect(refusal({ dateField: 'deleted' })).toMatch(/^dateField: .*updated, created, published/);
    expect(refusal({ from: '2024-02-30' })).toMatch(/^from: Cần một ngày có thật dạng năm-tháng-ngày/);
    expect(refusal({ to: 'hôm qua' })).toMatch(/^to: /);
    expect(refusal({ from: '2026-02-01', to: '2026-01-01' })).toMatch(/^to: Ngày kết thúc phải bằng hoặc sau ngày bắt đầu/);
    expect(refusal({ status: 'draft,lost' })).toMatch(/^status: Trạng thái không hợp lệ/);
    expect(refusal({ q: 'a'.repeat(201) })).toMatch(/^q: Từ khóa dài quá 200 ký tự/);
    expect(refusal({ pageSize: '101' })).toMatch(/^pageSize: Giá trị lớn nhất là 100/);
    expect(refusal({ page: '0' })).toMatch(/^page: /);
    expect(refusal({ stauts: 'draft' })).toMatch(/Trường không được hỗ trợ: stauts/);
  });
});
