import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import net from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';

const url = process.env.DATABASE_URL!;
const { db, pool } = connect(url, { max: 2 });
afterAll(() => pool.end());

function run(script: string, args: string[], env: Record<string, string | undefined> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', script, ...args], { env: { ...process.env, DATABASE_URL: url, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('user:create and token:create', () => {
  const email = `Admin.${crypto.randomUUID().slice(0, 6)}@Example.gov.vn`;

  it('creates a user with an argon2id hash and prints a token that is stored only as a hash', async () => {
    const created = await run('scripts/user-create.ts', ['--email', email, '--name', 'Quản trị thử', '--roles', 'admin,editor', '--password', 'mat-khau-du-dai']);
    expect(created.code, created.stderr).toBe(0);
    const [user] = await db.select().from(s.users).where(eq(sql`lower(${s.users.email})`, email.toLowerCase()));
    expect(user).toMatchObject({ email: email.toLowerCase(), roles: ['editor', 'admin'], isActive: true }); // stored in canonical order
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);

    const token = await run('scripts/token-create.ts', ['--email', email.toUpperCase(), '--name', 'ci']);
    expect(token.code, token.stderr).toBe(0);
    const printed = token.stdout.trim();
    expect(printed).toMatch(/^ktw_[A-Za-z0-9_-]{43}$/);
    const rows = await db.select().from(s.apiTokens).where(eq(s.apiTokens.userId, user!.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash('sha256').update(printed).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(printed);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, rows[0]!.id));
    expect(audit.map((a) => a.action)).toEqual(['token.created']);
  });

  it('refuses bad input with one clear line and no stack trace', async () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['scripts/user-create.ts', [], /Usage: npm run user:create/],
      ['scripts/user-create.ts', ['--email', 'khong-phai-email', '--name', 'X'], /Email không đúng định dạng/],
      ['scripts/user-create.ts', ['--email', 'аdmin@example.vn', '--name', 'X'], /chữ cái Latin/], // Cyrillic "а"
      ['scripts/user-create.ts', ['--email', email, '--name', 'X', '--password', 'mat-khau-du-dai'], /Đã có tài khoản/],
      ['scripts/user-create.ts', ['--email', 'a@b.vn', '--name', 'X', '--password', 'ngan'], /ít nhất 10 ký tự/],
      ['scripts/user-create.ts', ['--email', 'a@b.vn', '--name', 'X', '--password', 'x'.repeat(2000)], /1024 byte/],
      ['scripts/user-create.ts', ['--email', 'a@b.vn', '--name', 'X', '--roles', 'boss', '--password', 'mat-khau-du-dai'], /Error/],
      ['scripts/token-create.ts', ['--email', 'khong-co@example.vn', '--name', 'x'], /No user with email/],
      ['scripts/token-create.ts', ['--email', email, '--name', ' '], /Hãy đặt tên cho token/],
    ];
    for (const [script, args, message] of cases) {
      const result = await run(script, args);
      expect(result.code, `${script} ${args.join(' ')}`).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      noStackTrace(result.stderr);
    }
  });
});

describe('database and port problems', () => {
  it('names the host and what to check when DATABASE_URL is unreachable', async () => {
    const result = await run('scripts/db-migrate.ts', [], { DATABASE_URL: 'postgres://postgres:x@127.0.0.1:1/portal' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot connect to PostgreSQL at 127\.0\.0\.1:1: connection refused\. Check that the server is running/);
    noStackTrace(result.stderr);
  });

  it('names the database when it does not exist', async () => {
    const missing = new URL(url);
    missing.pathname = '/khong_ton_tai_db';
    const result = await run('scripts/db-migrate.ts', [], { DATABASE_URL: missing.toString() });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/has no database "khong_ton_tai_db"/);
  });

  it('says when the port is taken and how to choose another', async () => {
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, () => r()));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const result = await run('scripts/start.ts', [], { PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already in use`);
      expect(result.stderr).toContain(`PORT=${port + 1} npm start`);
      noStackTrace(result.stderr);
    } finally {
      server.close();
    }
  });
});
