// The collaboration server's local port: COLLAB_PORT, default 3400 (clear of the app's 3000, the
// deploy profile's 3001/3002 and the e2e ports 3100-3199). Read by next.config.ts (the rewrite of
// /collab, fixed at build time), scripts/start.ts and scripts/collab-server.ts.
export const DEFAULT_COLLAB_PORT = 3400;

export function collabPort(value = process.env.COLLAB_PORT): number {
  if (value === undefined || value === '') return DEFAULT_COLLAB_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`COLLAB_PORT must be a whole number from 1 to 65535, not "${value}".`);
  return port;
}
