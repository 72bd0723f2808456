import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../lib/cli';
import { connectionFor, findTools, missingToolNote, pickTool, usableTool } from '../lib/pg-tools';

describe('PostgreSQL client programs for db:backup / db:restore', () => {
  it('keeps the password out of the command line', () => {
    const { dbname, env } = connectionFor('postgres://portal:s%40cret@db.example.vn:5432/portal?sslmode=require');
    expect(dbname).toBe('postgres://portal@db.example.vn:5432/portal?sslmode=require');
    expect(env.PGPASSWORD).toBe('s@cret');
  });

  it('says which version is missing and how to get it when no program is new enough', () => {
    let error: unknown;
    try {
      pickTool('pg_dump', 99);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/pg_dump 99 or newer is needed/);
    expect((error as Error).message).toMatch(/postgresql-client-99/);
    expect((error as Error).message).toMatch(/PG_BIN_DIR/);
  });

  it('finds programs in PG_BIN_DIR and prefers the newest one at least as new as the server', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-bin-'));
    const fake = path.join(dir, 'pg_restore');
    writeFileSync(fake, '#!/bin/sh\necho "pg_restore (PostgreSQL) 97.2"\n', { mode: 0o755 });
    const saved = process.env.PG_BIN_DIR;
    process.env.PG_BIN_DIR = dir;
    try {
      expect(findTools('pg_restore').map((t) => t.path)).toContain(fake);
      expect(pickTool('pg_restore', 96)).toMatchObject({ path: fake, major: 97 });
      expect(() => pickTool('pg_restore', 98)).toThrow(/pg_restore 98 or newer is needed/);
      // db:backup's automatic choice: a usable program, or none (then COPY) with the reason.
      expect(usableTool('pg_restore', 97)).toMatchObject({ path: fake });
      expect(usableTool('pg_restore', 98)).toBeNull();
      expect(missingToolNote('pg_restore', 98)).toContain(`${fake}, 97`);
    } finally {
      if (saved === undefined) delete process.env.PG_BIN_DIR;
      else process.env.PG_BIN_DIR = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
