import { describe, expect, it } from 'vitest';
import { can, hasRole, PERMISSIONS, type Action } from './can';
import { ANONYMOUS, ROLES, systemViewer, type Role } from './roles';

const user = (roles: Role[], id = 'u1') => ({ kind: 'user' as const, id, roles });
const ACTIONS = Object.keys(PERMISSIONS) as Action[];

describe('policy', () => {
  it('denies anonymous viewers every action', () => {
    for (const action of ACTIONS) expect(can(ANONYMOUS, action)).toBe(false);
  });

  it('allows exactly the roles in the table', () => {
    for (const action of ACTIONS) {
      for (const role of ROLES) {
        expect(can(user([role]), action), `${role} ${action}`).toBe((PERMISSIONS[action] as readonly Role[]).includes(role));
      }
    }
  });

  it('denies a signed-in user who holds no role everything', () => {
    for (const action of ACTIONS) expect(can(user([]), action), action).toBe(false);
  });

  it('combines roles: a user holding several roles gets the union', () => {
    const both = user(['reporter', 'admin']);
    expect(can(both, 'user.manage')).toBe(true);
    expect(can(both, 'newsroom.enter')).toBe(true);
  });

  it('lets only admins manage and view users, sections and settings', () => {
    for (const action of ['user.manage', 'user.view', 'section.manage', 'settings.manage'] as const) {
      expect(can(user(['admin']), action)).toBe(true);
      expect(can(user(['editor', 'leader', 'reporter']), action)).toBe(false);
    }
  });

  it('lets users manage only their own tokens and account, admins included', () => {
    for (const action of ['token.manage_own', 'account.manage_own'] as const) {
      expect(can(user(['reporter'], 'a'), action, { userId: 'a' })).toBe(true);
      expect(can(user(['admin'], 'a'), action, { userId: 'b' })).toBe(false);
    }
  });

  it('trusts the system viewer (CLI, jobs)', () => {
    expect(can(systemViewer('test'), 'user.manage')).toBe(true);
  });

  it('hasRole reads roles of users only', () => {
    expect(hasRole(user(['leader']), 'leader')).toBe(true);
    expect(hasRole(user(['leader']), 'admin')).toBe(false);
    expect(hasRole(ANONYMOUS, 'admin')).toBe(false);
  });
});
