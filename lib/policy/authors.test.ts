import { describe, expect, it } from 'vitest';
import { authorRefusal } from './authors';

describe('authorRefusal', () => {
  it('accepts active writers and refuses non-writers, administrators and test accounts', () => {
    expect(authorRefusal({ roles: ['reporter'], isActive: true, email: 'pv@ktw.gov.vn' })).toBeNull();
    expect(authorRefusal({ roles: ['leader'], isActive: false, email: 'ld@ktw.gov.vn' })).toBe('not_writer');
    expect(authorRefusal({ roles: ['admin'], isActive: true, email: 'qt@ktw.gov.vn' })).toBe('not_writer');
    expect(authorRefusal({ roles: ['admin', 'editor'], isActive: true, email: 'qt@ktw.gov.vn' })).toBe('admin');
    expect(authorRefusal({ roles: ['reporter'], isActive: true, email: 'pv-1@e2e.test' })).toBe('test_account');
  });
});
