import { describe, expect, it } from 'vitest';
import { collabPath, collabRedisUrl } from './port';

describe('where the collaboration server is reached', () => {
  it('runs alone without COLLAB_REDIS_URL, also when it is set but empty (a systemd env line left blank)', () => {
    expect(collabRedisUrl(undefined)).toBeUndefined();
    expect(collabRedisUrl('')).toBeUndefined();
  });

  it('takes a redis:// or rediss:// URL with a host, credentials and database as written', () => {
    expect(collabRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(collabRedisUrl('rediss://:mat-khau@cache.internal:6380/1')).toBe('rediss://:mat-khau@cache.internal:6380/1');
  });

  it('refuses anything else, saying what it must be', () => {
    for (const bad of ['127.0.0.1:6379', 'http://cache.internal:6379', 'redis://', 'không phải url', ' ']) {
      expect(() => collabRedisUrl(bad), bad).toThrow('COLLAB_REDIS_URL must be a redis:// or rediss:// URL with a host');
    }
  });

  it('puts the story in the websocket path (nginx hashes it to keep a story on one server)', () => {
    expect(collabPath('5b4c3d2e-0000-4000-8000-000000000001')).toBe('/collab/5b4c3d2e-0000-4000-8000-000000000001');
  });
});
