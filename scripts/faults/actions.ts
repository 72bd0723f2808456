// A signed-in browser tab, reduced to what the fault tests need: the session cookie from the real
// sign-in endpoint, and server actions posted the way React's client posts them (action ids from
// the build's manifest, as e2e/fixtures/server-actions.ts does).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, http, type HttpResult } from './harness';

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

export function actionId(distDir: string, file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(([, e]) => e.filename === file && e.exportedName === name);
  check(found, `server action ${file}#${name} is not in the build`);
  return found[0];
}

/** The action's return value from an RSC (flight) response: row 0 points at it. */
export function actionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split('\n')) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1]!, m[2]!);
  }
  try {
    const root = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
    if (root && typeof root.a === 'string' && root.a.startsWith('$@')) {
      const row = rows.get(root.a.slice(2));
      return row === undefined ? undefined : JSON.parse(row);
    }
    return root?.a;
  } catch {
    return undefined;
  }
}

export class BrowserTab {
  private cookies = new Map<string, string>();

  constructor(private base: string) {}

  /** Same cookies, another instance (a load balancer sending the next request elsewhere). */
  via(base: string): BrowserTab {
    const tab = new BrowserTab(base);
    tab.cookies = new Map(this.cookies);
    return tab;
  }

  private remember(res: HttpResult): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      if (eq > 0) this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async signIn(email: string, password: string): Promise<void> {
    // A unique address per sign-in, so the rate limit of one test never meets another's.
    const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const res = await http(`${this.base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: this.base, 'X-Forwarded-For': ip },
      body: JSON.stringify({ email, password }),
    });
    check(res.status === 200, `sign-in as ${email}: HTTP ${res.status} ${res.text.slice(0, 200)}`);
    this.remember(res);
    check(this.cookies.size > 0, 'sign-in set no cookie');
  }

  /** POSTs a server action to `page`; returns the HTTP status and the action's return value. */
  async action(id: string, page: string, args: unknown[], timeoutMs = 15_000): Promise<{ status: number; result: unknown; body: string }> {
    const res = await http(`${this.base}${page}`, {
      method: 'POST',
      timeoutMs,
      headers: { 'Next-Action': id, Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8', Origin: this.base, Cookie: this.cookieHeader() },
      body: JSON.stringify(args),
    });
    return { status: res.status, result: actionResult(res.text), body: res.text };
  }
}
