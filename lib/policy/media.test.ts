import { describe, expect, it } from 'vitest';
import { canMedia, MEDIA_ROLES, type MediaAction } from './media';
import { ANONYMOUS, ROLES, systemViewer, type Role } from './roles';

const user = (roles: Role[], id = 'u1') => ({ kind: 'user' as const, id, roles });
const ACTIONS = Object.keys(MEDIA_ROLES) as MediaAction[];

describe('media policy', () => {
  it('denies anonymous visitors and users without a role everything', () => {
    for (const action of ACTIONS) {
      expect(canMedia(ANONYMOUS, action).allowed, action).toBe(false);
      expect(canMedia(user([]), action, { uploadedBy: 'u1' }).allowed, action).toBe(false);
    }
  });

  it('follows the table for every role when the viewer did not upload the item', () => {
    for (const action of ACTIONS) {
      for (const role of ROLES) {
        expect(canMedia(user([role]), action, { uploadedBy: 'someone-else' }).allowed, `${role} ${action}`).toBe(MEDIA_ROLES[action].includes(role));
      }
    }
  });

  it('lets reporters, editors and leaders upload and edit metadata, but not admins by role alone', () => {
    for (const role of ['reporter', 'editor', 'leader'] as const) {
      expect(canMedia(user([role]), 'media.upload').allowed).toBe(true);
      expect(canMedia(user([role]), 'media.edit').allowed).toBe(true);
    }
    expect(canMedia(user(['admin']), 'media.upload')).toEqual({ allowed: false, message: expect.stringMatching(/không được tải/) });
  });

  it('lets the uploader delete their own item, and only editors and admins delete anyone else’s', () => {
    expect(canMedia(user(['reporter'], 'me'), 'media.delete', { uploadedBy: 'me' }).allowed).toBe(true);
    expect(canMedia(user(['leader'], 'me'), 'media.delete', { uploadedBy: 'me' }).allowed).toBe(true);
    expect(canMedia(user(['reporter'], 'me'), 'media.delete', { uploadedBy: 'other' })).toEqual({ allowed: false, message: expect.stringMatching(/người đã tải lên/) });
    expect(canMedia(user(['reporter'], 'me'), 'media.delete', { uploadedBy: null }).allowed).toBe(false);
    expect(canMedia(user(['editor']), 'media.delete', { uploadedBy: 'other' }).allowed).toBe(true);
    expect(canMedia(user(['admin']), 'media.delete', { uploadedBy: null }).allowed).toBe(true);
  });

  it('lets any staff role browse the library', () => {
    for (const role of ROLES) expect(canMedia(user([role]), 'media.view').allowed).toBe(true);
  });

  it('allows operators at the command line', () => {
    for (const action of ACTIONS) expect(canMedia(systemViewer('cli'), action).allowed).toBe(true);
  });
});
