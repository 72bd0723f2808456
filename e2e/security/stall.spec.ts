// No input stalls the server (issue #16): while the heaviest request a staff member can make runs at
// the largest input the portal accepts, the health probe and a public story still answer within a
// second. Each test fires the heavy request without awaiting it, then keeps timing the two cheap
// requests until the heavy one has answered.
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { sampleDocx } from '../../lib/data/articles/tests/docx-fixture';
import { MAX_HTML_BYTES, MAX_HTML_ELEMENTS } from '../../lib/content/from-html';
import { MAX_BODY_CHARACTERS } from '../../lib/content/validate';
import { BASE_URL, signIn } from '../fixtures/auth';
import { callAction, findAction } from '../fixtures/server-actions';
import { createTestApiToken, createTestUser } from '../fixtures/users';

const SEED_SLUG = 'vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019';
const LIMIT_MS = 1000;

test.describe.configure({ timeout: 240_000 });

let staff: APIRequestContext;
let token: string;
test.beforeAll(async ({ playwright }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  staff = await playwright.request.newContext({ baseURL: BASE_URL });
  await signIn(staff, reporter);
  token = await createTestApiToken(reporter.id);
});
test.afterAll(async () => staff?.dispose());

const api = () => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

/**
 * Runs `heavy` without awaiting it and, until it settles (at least `minWatchMs`), times /api/health
 * and a public story one after another. Returns the heavy response and the slowest cheap answer.
 */
async function whileRunning(request: APIRequestContext, heavy: () => Promise<APIResponse>, minWatchMs = 3000) {
  let settled = false;
  const started = Date.now();
  const pending = heavy().finally(() => (settled = true));
  pending.catch(() => {});
  const samples: Array<{ path: string; ms: number; status: number }> = [];
  await new Promise((r) => setTimeout(r, 150)); // let the heavy request reach the server first
  while (!settled || Date.now() - started < minWatchMs) {
    for (const path of ['/api/health', `/bai-viet/${SEED_SLUG}`]) {
      const t0 = Date.now();
      const status = await request
        .get(path, { timeout: 15_000, maxRedirects: 0 })
        .then((r) => r.status())
        .catch(() => 0);
      samples.push({ path, ms: Date.now() - t0, status });
    }
    if (Date.now() - started > 200_000) break;
  }
  const response = await pending;
  const slowest = samples.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { response, samples, slowest, heavyMs: Date.now() - started };
}

function report(label: string, run: { samples: Array<{ ms: number }>; slowest: { path: string; ms: number }; heavyMs: number }) {
  console.log(`[stall] ${label}: heavy request ${run.heavyMs} ms, ${run.samples.length} probes, slowest ${run.slowest.ms} ms (${run.slowest.path})`);
}

/** A long body of made-up Vietnamese words; different seeds give texts with next to nothing in common. */
function longBody(seed: number, characters: number) {
  const syllables = ['kinh', 'tế', 'vùng', 'phát', 'triển', 'hội', 'nghị', 'chính', 'sách', 'đầu', 'tư', 'hạ', 'tầng', 'nông', 'nghiệp', 'công', 'thương', 'địa', 'phương', 'tăng', 'trưởng', 'bền', 'vững', 'đổi', 'mới', 'sáng', 'tạo', 'quy', 'hoạch', 'liên', 'kết'];
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  const paragraphs: unknown[] = [];
  let length = 0;
  while (length < characters - 400) {
    const words: string[] = [];
    for (let i = 0; i < 40; i++) words.push(`${syllables[next() % syllables.length]}${next() % 97}`);
    const text = words.join(' ') + '.';
    length += text.length;
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  }
  return { type: 'doc', content: paragraphs };
}

test('comparing two revisions of the longest draft keeps the site answering', async () => {
  // The API takes at most 256 KB of JSON; the editor's save (a server action) takes the longest body.
  const created = await staff.post('/api/v1/articles', { headers: api(), data: { title: 'Bài rất dài để thử so sánh' } });
  expect(created.status(), await created.text()).toBe(201);
  const article = (await created.json()) as { id: string; version: number };
  const save = findAction('app/(newsroom)/toa-soan/bai-viet/actions.ts', 'saveArticleAction');
  let version = article.version;
  for (const seed of [1, 2]) {
    const call = await callAction(staff, save, [article.id, { title: 'Bài rất dài để thử so sánh', body: longBody(seed, MAX_BODY_CHARACTERS), baseVersion: version }], { params: { id: article.id } });
    const result = call.result as { ok: boolean; data?: { version: number }; message?: string };
    expect(result.ok, result.message ?? call.body.slice(0, 300)).toBe(true);
    version = result.data!.version;
  }

  const run = await whileRunning(staff, () => staff.get(`/toa-soan/bai-viet/${article.id}/phien-ban`, { timeout: 180_000 }));
  report('revision compare', run);
  expect(run.response.status()).toBe(200);
  expect(await run.response.text()).toContain('Bài quá dài để so sánh từng từ; đây là so sánh theo đoạn.');
  expect(run.slowest.ms, JSON.stringify(run.slowest)).toBeLessThan(LIMIT_MS);
});

test('the largest bodyHtml of table cells converts in a worker while the site keeps answering', async () => {
  // As large as the portal accepts: the element limit, under the API's 256 KB of JSON.
  const row = (i: number) => `<tr><td>Ô ${i}</td><td>${i}</td><td>x</td><td>y</td></tr>`; // 5 elements
  let html = '<table>';
  for (let i = 0; (i + 1) * 5 + 1 <= MAX_HTML_ELEMENTS && Buffer.byteLength(html) < Math.min(MAX_HTML_BYTES, 250_000) - 200; i++) html += row(i);
  html += '</table>';
  const run = await whileRunning(staff, () => staff.post('/api/v1/articles', { headers: api(), data: { title: 'Bảng rất lớn', bodyHtml: html }, timeout: 180_000 }));
  report('bodyHtml', run);
  // 201, or a refusal from a later limit (this table converts, in the worker, to more than the 2 MB
  // of body JSON a revision may hold), or from the time budget: a Vietnamese answer, never a 500.
  expect(run.response.status(), await run.response.text()).toBeLessThan(500);
  if (run.response.status() >= 400) expect((await run.response.json()).detail).toMatch(/giới hạn|quá phức tạp|quá lớn/);
  else expect(run.response.status()).toBe(201);
  expect(run.slowest.ms, JSON.stringify(run.slowest)).toBeLessThan(LIMIT_MS);
});

test('HTML just over the element limit is refused with the limit in the message', async () => {
  const html = '<p>x</p>'.repeat(MAX_HTML_ELEMENTS + 1);
  const response = await staff.post('/api/v1/articles', { headers: api(), data: { title: 'Quá nhiều thẻ', bodyHtml: html } });
  expect(response.status()).toBe(400);
  expect((await response.json()).detail).toMatch(/vượt giới hạn 20\.000 thẻ/);
});

test('a zip-bomb .docx is refused with a clear message and the site keeps answering', async () => {
  // A real .docx whose document part is 60 MB of repeated XML: about 100 KB on disk.
  const parts = unzipSync(new Uint8Array(await sampleDocx({ withImage: false })));
  const paragraph = '<w:p><w:r><w:t>Hội nghị giao ban kinh tế vùng quý IV năm 2019 tại Hà Nội.</w:t></w:r></w:p>';
  const xml = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(Math.ceil(60_000_000 / paragraph.length))}</w:body></w:document>`);
  const bomb = Buffer.from(zipSync({ ...parts, 'word/document.xml': [xml, { level: 9 }] }));
  expect(bomb.length).toBeLessThan(1_000_000);

  const action = findAction('app/(newsroom)/toa-soan/bai-viet/actions.ts', 'importDocxAction');
  const run = await whileRunning(staff, () =>
    staff.post('/toa-soan/bai-viet', {
      headers: { Origin: BASE_URL },
      multipart: { [`$ACTION_ID_${action.id}`]: '', tep: { name: 'bom.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bomb } },
      maxRedirects: 0,
      timeout: 180_000,
    }),
  );
  report('docx bomb', run);
  expect(run.response.status()).toBe(303);
  const location = decodeURIComponent(run.response.headers()['location'] ?? '');
  expect(location).toMatch(/loi=.*(giải nén|giới hạn)/);
  expect(run.slowest.ms, JSON.stringify(run.slowest)).toBeLessThan(LIMIT_MS);
});
