// Every preparedStatement() of the app names its statement in PostgreSQL (db/client.ts): a name used
// twice for two texts would make pg refuse the second ("Prepared statements must be unique").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('prepared statement names', () => {
  it('are unique across the app', () => {
    const files = ['lib', 'app', 'db', 'components'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
        .map((f) => path.join(dir, f)),
    );
    const names: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/preparedStatement\(\s*'([^']+)'/g)) names.push(match[1]!);
    }
    expect(names.length).toBeGreaterThan(5);
    const twice = names.filter((name, i) => names.indexOf(name) !== i);
    expect(twice).toEqual([]);
  });
});
