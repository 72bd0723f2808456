// The co-editing server under the same supervision as in `npm start` (restarted when it dies), for
// the e2e tests' webServer: a test kills the server itself with -9 and sees the editors carry on.
// Needs DATABASE_URL, AUTH_SECRET and COLLAB_PORT like scripts/collab-server.ts.
import { superviseCollabServer } from './lib/collab-supervisor';

let stopping = false;
const collab = superviseCollabServer(process.env, () => stopping);
const stop = (signal: NodeJS.Signals) => {
  stopping = true;
  collab.stop(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
void collab.exited().then(() => process.exit(0));
