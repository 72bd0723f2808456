import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseAtDoor } from '@/lib/api/schemas';
import { DataError } from '@/lib/data/errors';
import { formMessage } from './form-message';

const door = z.strictObject({ startsAt: z.string(), endsAt: z.string().refine((v) => v > '2', 'Thời gian kết thúc phải sau thời gian bắt đầu.') });
const refusal = (input: unknown) => {
  try {
    parseAtDoor(door, input);
  } catch (error) {
    if (error instanceof DataError) return error;
  }
  throw new Error('accepted');
};

describe('formMessage (what a form shows for a refusal)', () => {
  it('drops the field code names a door puts before its Vietnamese messages', () => {
    const error = refusal({ startsAt: '1', endsAt: '1' });
    expect(error.userMessage).toMatch(/^endsAt: /);
    expect(formMessage(error)).toBe('Thời gian kết thúc phải sau thời gian bắt đầu.');
  });

  it('keeps the whole door message for unknown fields, and a plain DataError as it is', () => {
    const unknown = refusal({ startsAt: '1', endsAt: '3', section: 'x' });
    expect(formMessage(unknown)).toBe(unknown.userMessage);
    expect(formMessage(unknown)).toContain('section');
    expect(formMessage(new DataError('conflict', 'Đã có người lưu trước.'))).toBe('Đã có người lưu trước.');
  });
});
