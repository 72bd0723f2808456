// The environment every launcher of the portal's long-running Node processes adds (npm start's
// server and co-editing server, the benchmark's server): settings that must be in place when the
// process starts, because nothing inside it can change them afterwards.

/**
 * glibc's malloc gives each thread that allocates its own arena, up to eight per core, and keeps
 * what each arena once held. A Node server allocates from its main thread, the libuv pool and V8's
 * garbage-collector threads, so under the benchmark's mixed reader load the server held about
 * 400 MB with the default and about 365 MB with two arenas, at the same request rate
 * (bench/README.md, "Memory and the soak"). glibc reads the variable once, when the process starts; other C
 * libraries (musl) ignore it. A value the operator set is kept.
 */
export const MALLOC_ARENAS = '2';

export function serverEnv<Env extends Record<string, string | undefined>>(env: Env): Env & { MALLOC_ARENA_MAX: string } {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX || MALLOC_ARENAS };
}
