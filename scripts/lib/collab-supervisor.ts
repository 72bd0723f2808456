// Runs the co-editing server (scripts/collab-server.ts) under supervision: npm start (scripts/start.ts)
// and the e2e tests' server (scripts/collab-supervised.ts, so a test can kill it with -9 and see it
// come back as in production).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = process.cwd();

/**
 * Runs the co-editing server (scripts/collab-server.ts) and starts it again when it dies: a crash
 * is logged and retried after 1 s, doubling up to 30 s while it keeps crashing within a minute.
 * Editors' providers reconnect by themselves and nothing typed is lost (it is in their Y.Doc).
 */
export function superviseCollabServer(env: NodeJS.ProcessEnv, stopping: () => boolean): { stop: (signal: NodeJS.Signals) => void; exited: () => Promise<void> } {
  const script = path.join(root, 'scripts', 'collab-server.ts');
  let current: ChildProcess | null = null;
  let delay = 1_000;
  let timer: NodeJS.Timeout | null = null;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const launch = () => {
    const startedAt = Date.now();
    const proc = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', script], { stdio: 'inherit', env });
    current = proc;
    proc.on('exit', (code, signal) => {
      current = null;
      if (stopping()) return done();
      if (Date.now() - startedAt > 60_000) delay = 1_000;
      console.error(`Máy chủ cùng soạn dừng bất thường (${signal ?? `mã ${code}`}); khởi động lại sau ${delay / 1000} giây.`);
      timer = setTimeout(launch, delay);
      delay = Math.min(delay * 2, 30_000);
    });
  };
  launch();
  return {
    stop: (signal) => {
      if (timer) clearTimeout(timer);
      if (current) current.kill(signal);
      else done();
    },
    exited: () => finished,
  };
}
