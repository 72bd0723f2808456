import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, type Action } from './can';
import { ANONYMOUS, ROLES, systemViewer, type Role } from './roles';

const user = (roles: Role[], id = 'u1') => ({ kind: 'user' as const, id, roles });

describe('policy', () => {
  it('denies anonymous viewers every action', () => {
    for (const action of Object.keys(PERMISSIONS) as Action[]) expect(can(ANONYMOUS, action)).toBe(false);
  });
  it('allows exactly the roles in the table', () => {
    for (const action of Object.keys(PERMISSIONS) as Action[]) {
      for (const role of ROLES) {
        expect(can(user([role]), action), `${role} ${action}`).toBe((PERMISSIONS[action] as readonly Role[]).includes(role));
      }
    }
  });
  it('lets only admins manage users', () => {
    expect(can(user(['admin']), 'user.manage')).toBe(true);
    expect(can(user(['editor', 'leader', 'reporter']), 'user.manage')).toBe(false);
  });
  it('lets users manage only their own tokens', () => {
    expect(can(user(['reporter'], 'a'), 'token.manage_own', { userId: 'a' })).toBe(true);
    expect(can(user(['admin'], 'a'), 'token.manage_own', { userId: 'b' })).toBe(false);
  });
  it('trusts the system viewer (CLI, jobs)', () => {
    expect(can(systemViewer('test'), 'user.manage')).toBe(true);
  });
});
