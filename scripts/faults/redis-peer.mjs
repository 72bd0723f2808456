// A second process using the shared cache handler exactly as `next start` loads it (plain Node, no
// TypeScript): node scripts/faults/redis-peer.mjs get|set|revalidate KEY_OR_TAG [TAGS]. Prints JSON.
import RedisCacheHandler from '../../lib/cache/redis-cache-handler.mjs';

const [command, subject, tags = ''] = process.argv.slice(2);
const handler = new RedisCacheHandler({});
let out;
if (command === 'set') {
  await handler.set(subject, { kind: 'APP_PAGE', html: `<p>${process.pid}</p>`, rscData: Buffer.from([1, 2, 3]), segmentData: new Map([['/_tree', Buffer.from('t')]]), headers: { 'x-next-cache-tags': tags }, status: 200 }, { cacheControl: { revalidate: 60, expire: 600 } });
  out = { set: true };
} else if (command === 'get') {
  const entry = await handler.get(subject, { kind: 'APP_PAGE' });
  out = entry ? { hit: true, html: entry.value.html, rsc: [...entry.value.rscData], segment: entry.value.segmentData.get('/_tree').toString() } : { hit: false };
} else if (command === 'revalidate') {
  await handler.revalidateTag(subject);
  out = { revalidated: subject };
} else {
  out = { error: `unknown command ${command}` };
}
process.stdout.write(JSON.stringify(out) + '\n');
process.exit(0);
