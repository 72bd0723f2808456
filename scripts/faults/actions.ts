// A signed-in browser tab, reduced to what the fault tests need: the session cookie from the real
// sign-in endpoint, and server actions posted the way React's client posts them (action ids from
// the build's manifest, read by e2e/fixtures/flight.ts as the e2e tests do).
import { actionResult, readBuiltActions } from '../../e2e/fixtures/flight';
import { check, http, type HttpResult } from './harness';

export function actionId(distDir: string, file: string, name: string): string {
  const found = readBuiltActions(distDir).find((a) => a.file === file && a.name === name);
  check(found, `server action ${file}#${name} is not in the build`);
  return found.id;
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
