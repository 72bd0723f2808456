import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskSecrets, requestLogger } from './logger';
import { isAcceptableRequestId, REQUEST_ID_HEADER, requestIdFrom } from './request-id';

function capture(level = 'debug') {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(stream as never, level), lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>), raw: () => lines.join('\n') };
}

describe('logger', () => {
  it('writes one JSON object per line with a level label, time, service and message', () => {
    const { logger, lines } = capture();
    logger.info({ articleId: 'a1' }, 'published');
    const [line] = lines();
    expect(line).toMatchObject({ level: 'info', service: 'portal', articleId: 'a1', msg: 'published' });
    expect(new Date(String(line!.time)).toISOString()).toBe(line!.time);
  });

  it('never writes passwords, tokens, cookies or Authorization, at any depth', () => {
    const { logger, raw } = capture();
    logger.warn(
      {
        password: 'pw-top-1',
        user: { email: 'a@b.vn', passwordHash: '$argon2id$hash-2', token: 'tok-3' },
        request: { headers: { authorization: 'Bearer tok-4', cookie: 'authjs.session-token=ck-5', 'set-cookie': 'x=ck-6' } },
        input: { deep: { secret: 'sec-7' } },
        env: { DATABASE_URL: 'postgres://portal:pw-8@db/portal', AUTH_SECRET: 'auth-9' },
      },
      'sign-in failed',
    );
    const text = raw();
    for (const secret of ['pw-top-1', 'hash-2', 'tok-3', 'tok-4', 'ck-5', 'ck-6', 'sec-7', 'pw-8', 'auth-9']) expect(text).not.toContain(secret);
    expect(text).toContain('a@b.vn');
    expect(text).toContain('[redacted]');
  });

  it('masks credentials inside messages and error text', () => {
    const { logger, raw } = capture();
    logger.error({ err: new Error('connect ECONNREFUSED postgres://portal:pw-10@10.0.0.5:5432/portal') }, 'token ktw_AbC123xyz sent as Bearer tok-11');
    logger.info('redis at redis://:pw-12@cache:6379');
    const text = raw();
    for (const secret of ['pw-10', 'AbC123xyz', 'tok-11', 'pw-12']) expect(text).not.toContain(secret);
    expect(text).toContain('ECONNREFUSED');
    expect(text).toContain('10.0.0.5:5432');
  });

  it('masks the private calendar feed token', () => {
    const { logger, raw } = capture();
    logger.info({ url: 'https://cong.example.vn/api/lich/lich_Feed-13_x' }, 'feed lich_Feed-14_y read');
    logger.info('GET /api/lich/Other-15 404');
    const text = raw();
    for (const secret of ['Feed-13', 'Feed-14', 'Other-15']) expect(text).not.toContain(secret);
  });

  it('respects the level', () => {
    const { logger, lines } = capture('warn');
    logger.info('not written');
    logger.warn('written');
    expect(lines().map((l) => l.msg)).toEqual(['written']);
  });

  it('gives a plain child logger outside a request', async () => {
    const child = await requestLogger({ job: 'sweep' });
    expect(child.bindings()).toMatchObject({ job: 'sweep' });
    expect(child.bindings()).not.toHaveProperty('reqId');
  });

  it('maskSecrets masks every kind of secret, whatever the case of its keyword', () => {
    const samples = ['postgres://u:Pw1-x@db:5432/p', 'BEARER Tok2x', 'basic Tok3x', 'id ktw_Tok4x', 'lich_Tok5x.ics', '__Secure-authjs.session-token=Tok6x', '/x?Token=Tok7x', '/xem-truoc/Tok8x', '/api/lich/Tok9x'];
    for (const sample of samples) expect(maskSecrets(sample), sample).not.toMatch(/Tok\dx|Pw1-x/);
  });

  it('maskSecrets leaves ordinary text alone', () => {
    expect(maskSecrets('Bài "Hội nghị" đã xuất bản lúc 08:00 tại https://cong.example.vn/bai-viet/hoi-nghi')).toBe(
      'Bài "Hội nghị" đã xuất bản lúc 08:00 tại https://cong.example.vn/bai-viet/hoi-nghi',
    );
  });
});

describe('request id', () => {
  it('keeps a well-formed incoming id (nginx $request_id) and replaces anything else', () => {
    const nginx = '3f2b9c0e5d7a41c8b6e2f1a0d9c8b7a6';
    expect(requestIdFrom(new Headers({ [REQUEST_ID_HEADER]: nginx }))).toBe(nginx);
    for (const bad of ['', 'short', 'has space inside it', 'x'.repeat(200), 'line\nbreak-injected', '{"level":"fatal"}']) {
      expect(isAcceptableRequestId(bad)).toBe(false);
      const id = requestIdFrom(new Headers(bad.includes('\n') ? {} : { [REQUEST_ID_HEADER]: bad }));
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
