import { describe, expect, it } from 'vitest';
import { isTestAddress } from './test-accounts';

describe('test accounts', () => {
  it('are addresses under the reserved test domains', () => {
    for (const email of ['bientap-1@e2e.test', 'a@test', 'x@foo.invalid', 'y@EXAMPLE.com', 'z@mail.example.org', 'q@localhost']) expect(isTestAddress(email), email).toBe(true);
  });
  it('are not real staff addresses', () => {
    for (const email of ['phongvien@demo.local', 'ha.lt@ktw.gov.vn', 'test@ktw.gov.vn', 'a@testing.vn', 'b@example.com.vn']) expect(isTestAddress(email), email).toBe(false);
  });
});
