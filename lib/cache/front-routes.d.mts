// Types for front-routes.mjs (plain JavaScript, loaded by scripts/serve.mjs without a TypeScript step).
import type { IncomingMessage, ServerResponse } from 'node:http';

export type FrontRouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export function registerFrontRoute(method: string, path: string, handler: FrontRouteHandler): void;
export function frontRoute(req: IncomingMessage): FrontRouteHandler | undefined;
