// What the scenarios share: the main database and its people, the two app instances A and B (same
// build, same secrets, same Redis), and how to restart one of them.
import { type Instance, startInstance } from './harness';
import type { World } from './world';

export interface FaultContext {
  world: World;
  distDir: string;
  runDir: string;
  logDir: string;
  mediaDir: string;
  /** Environment shared by every instance (secrets, build dir, Redis); DATABASE_URL is per instance. */
  baseEnv: NodeJS.ProcessEnv;
  redis: { url: string; prefix: string } | null;
  nginx: string | null;
  instances: { a: Instance; b: Instance };
}

export function instanceEnv(ctx: Pick<FaultContext, 'baseEnv'>, databaseUrl: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...ctx.baseEnv, DATABASE_URL: databaseUrl, ...extra };
}

/** Starts an instance again on the same port with the same environment (after a crash). */
export async function restart(ctx: FaultContext, which: 'a' | 'b'): Promise<Instance> {
  const old = ctx.instances[which];
  const fresh = await startInstance({ name: old.name, port: old.port, env: old.env, logDir: ctx.logDir });
  ctx.instances[which] = fresh;
  return fresh;
}
