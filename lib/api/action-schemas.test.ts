import { describe, expect, it } from 'vitest';
import { DataError } from '@/lib/data/errors';
import { changeRolesInput, clearLockInput, formInput, updateMediaInput } from './action-schemas';
import { articleSaveActionSchema, parseAtDoor, transitionActionSchema } from './schemas';

const refused = (run: () => unknown): DataError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a refusal');
};

describe('server action doors', () => {
  it('refuse fields an action does not take, naming them, and server-owned ones as such', () => {
    const unknown = refused(() => parseAtDoor(changeRolesInput, { userId: crypto.randomUUID(), roles: ['editor'], isActive: true }));
    expect(unknown.code).toBe('invalid');
    expect(unknown.userMessage).toMatch(/Trường không được hỗ trợ: isActive/);
    const owned = refused(() => parseAtDoor(transitionActionSchema, { event: 'publish', expectedVersion: 3, late: true }));
    expect(owned.userMessage).toMatch(/do máy chủ quyết định.*late/);
    const origin = refused(() => parseAtDoor(articleSaveActionSchema, { title: 'x', baseVersion: 1, origin: 'import' }));
    expect(origin.userMessage).toMatch(/origin/);
  });

  it('refuse wrong types, malformed ids and oversized text with a Vietnamese message', () => {
    expect(refused(() => parseAtDoor(changeRolesInput, { userId: 'not-an-id', roles: ['editor'] })).userMessage).toMatch(/Mã không hợp lệ/);
    expect(refused(() => parseAtDoor(changeRolesInput, { userId: crypto.randomUUID(), roles: ['god'] })).userMessage).toMatch(/Vai trò phải là một trong/);
    expect(refused(() => parseAtDoor(updateMediaInput, { id: crypto.randomUUID(), caption: 'x'.repeat(2001) })).userMessage).toMatch(/Chú thích dài quá 2\.000 ký tự/);
    expect(refused(() => parseAtDoor(updateMediaInput, { id: crypto.randomUUID(), caption: { $ne: 1 } })).userMessage).toMatch(/Chú thích phải là văn bản/);
    expect(refused(() => parseAtDoor(clearLockInput, { email: 'a@b.vn', ip: '1.2.3.4' })).userMessage).toMatch(/email hoặc ip/);
    expect(refused(() => parseAtDoor(articleSaveActionSchema, { title: 'x', baseVersion: 1, body: null })).userMessage).toMatch(/body không được là null/);
  });

  it('refuse a workflow step the data layer no longer re-checks: unknown event, long note, a time that is not ISO 8601', () => {
    expect(refused(() => parseAtDoor(transitionActionSchema, { event: 'fly', expectedVersion: 1 })).userMessage).toMatch(/event phải là một trong: submit, /);
    expect(refused(() => parseAtDoor(transitionActionSchema, { event: 'return', note: 'x'.repeat(5001), expectedVersion: 1 })).userMessage).toMatch(/Ghi chú dài quá 5\.000 ký tự/);
    expect(refused(() => parseAtDoor(transitionActionSchema, { event: 'schedule', at: 'ngày mai', expectedVersion: 1 })).userMessage).toMatch(/ISO 8601/);
    expect(refused(() => parseAtDoor(transitionActionSchema, { event: 'schedule', at: '2026-12-01T08:00:00', expectedVersion: 1 })).userMessage).toMatch(/ISO 8601/);
    expect(parseAtDoor(transitionActionSchema, { event: 'return', note: 'x'.repeat(5000), expectedVersion: 1 }).note).toHaveLength(5000);
  });

  it('read the named text fields of a form, refusing files and over-long values', () => {
    const form = new FormData();
    form.set('name', 'Vụ Kinh tế');
    form.set('$ACTION_ID_abc', '');
    expect(formInput(form, ['name', 'shortName'])).toEqual({ name: 'Vụ Kinh tế', shortName: '' });
    form.set('shortName', new Blob(['x']));
    expect(refused(() => formInput(form, ['name', 'shortName'])).userMessage).toMatch(/shortName phải là văn bản/);
    form.set('shortName', 'x'.repeat(5001));
    expect(refused(() => formInput(form, ['name', 'shortName'])).userMessage).toMatch(/shortName dài quá/);
  });
});
