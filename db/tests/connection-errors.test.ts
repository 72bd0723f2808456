import { describe, expect, it } from 'vitest';
import { explainConnectionError } from '../setup';

const url = 'postgres://portal:secret@db.example.vn:6543/portal';

describe('explainConnectionError', () => {
  it.each([
    ['28P01', /refused the login of user "portal"\. Check the user name and password/],
    ['ENOTFOUND', /host name is unknown/],
    ['ETIMEDOUT', /no answer in time/],
    ['3D000', /has no database "portal"/],
  ])('%s', (code, message) => {
    const text = explainConnectionError(url, { code, message: 'x' });
    expect(text).toMatch(message);
    expect(text).toContain('db.example.vn:6543');
    expect(text).not.toContain('secret');
  });
  it('says when the URL itself is broken', () => {
    expect(explainConnectionError('not a url', {})).toMatch(/not a valid URL/);
  });
});
