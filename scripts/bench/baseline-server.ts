// The floor: a bare node:http server answering every request with the same bytes (an article page
// as the portal rendered it), or with another page's bytes on the paths given, so each nginx row is
// compared with a bare server sending that same page. Runs as its own process so its CPU time is
// measured like the app's.
//   node scripts/bench/baseline-server.ts <port> <file> [<path>=<file> ...]
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port, file, ...routes] = process.argv.slice(2);
const type = 'text/html; charset=utf-8';
const answer = (path: string) => {
  const body = readFileSync(path);
  return { body, headers: { 'Content-Type': type, 'Content-Length': String(body.length) } };
};
const fallback = answer(file!);
const byPath = new Map(
  routes.map((route) => {
    const at = route.indexOf('=');
    return [route.slice(0, at), answer(route.slice(at + 1))] as const;
  }),
);

const server = http.createServer((request, response) => {
  const { body, headers } = byPath.get(request.url ?? '/') ?? fallback;
  response.writeHead(200, headers);
  response.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
