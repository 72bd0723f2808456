// Zod's default messages are English ("Invalid input: expected string, received undefined"). A
// person at a Vietnamese newsroom must read what to fix, so every door's schema falls back to these
// Vietnamese messages where the schema gave none. Imported for its effect by the door schemas.
import { z } from 'zod';

const KIND: Record<string, string> = {
  string: 'văn bản',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'đúng hoặc sai (true/false)',
  object: 'một đối tượng JSON',
  array: 'một danh sách',
  date: 'một thời điểm',
  bigint: 'một số nguyên',
};

const UNIT: Record<string, string> = { string: 'ký tự', array: 'mục', number: '', set: 'mục', file: 'byte' };

function vietnamese(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = KIND[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `Thiếu trường bắt buộc (cần ${expected}).` : `Giá trị phải là ${expected}.`;
    }
    case 'too_big': {
      const unit = UNIT[issue.origin] ?? '';
      return issue.origin === 'number' ? `Giá trị lớn nhất là ${issue.maximum}.` : `Dài quá ${Number(issue.maximum).toLocaleString('vi-VN')} ${unit}.`.replace(/\s+\./, '.');
    }
    case 'too_small': {
      const unit = UNIT[issue.origin] ?? '';
      if (issue.origin === 'number') return `Giá trị nhỏ nhất là ${issue.minimum}.`;
      return Number(issue.minimum) === 1 ? 'Không được để trống.' : `Cần ít nhất ${issue.minimum} ${unit}.`.replace(/\s+\./, '.');
    }
    case 'invalid_format':
      return issue.format === 'uuid' ? 'Mã không hợp lệ.' : issue.format === 'datetime' ? 'Thời điểm không hợp lệ (ISO 8601, ví dụ 2026-12-01T08:00:00+07:00).' : `Định dạng không hợp lệ (${issue.format}).`;
    case 'invalid_value':
      return `Giá trị phải là một trong: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_union':
      return 'Giá trị không đúng dạng nào được chấp nhận.';
    case 'not_multiple_of':
      return `Giá trị phải là bội số của ${issue.divisor}.`;
    default:
      return undefined;
  }
}

// Ours first (they say what to fix without type jargon); zod's own Vietnamese locale for the rest.
z.config(z.locales.vi());
z.config({ customError: vietnamese });
