// The floor: a bare node:http server answering every request with the same bytes (an article page
// as the portal rendered it). Runs as its own process so its CPU time is measured like the app's.
//   node scripts/bench/baseline-server.ts <port> <file> [content-type]
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port, file, type = 'text/html; charset=utf-8'] = process.argv.slice(2);
const body = readFileSync(file!);
const headers = { 'Content-Type': type, 'Content-Length': String(body.length) };

const server = http.createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
