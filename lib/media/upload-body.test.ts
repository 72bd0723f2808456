import { describe, expect, it } from 'vitest';
import { MediaRejection } from './prepare-upload';
import { cappedStream, readUploadForm } from './upload-body';

const TOO_LARGE = 'Tệp quá lớn.';

function multipart(parts: Array<{ name: string; filename?: string; type?: string; body: string | Buffer }>) {
  const boundary = '----thu-vien-anh-boundary';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`));
    chunks.push(Buffer.isBuffer(p.body) ? p.body : Buffer.from(p.body));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function rejection(promise: Promise<unknown>): Promise<MediaRejection> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MediaRejection) return error;
    throw error;
  }
  throw new Error('accepted');
}

/** An endless body that counts what was pulled from it. */
function endless(chunkSize = 64 * 1024) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled += chunkSize;
      controller.enqueue(new Uint8Array(chunkSize));
    },
  });
  return { stream, counter };
}

describe('readUploadForm', () => {
  it('returns the one file and the text fields', async () => {
    const { body, contentType } = multipart([
      { name: 'file', filename: '../../x.jpg', type: 'image/jpeg', body: Buffer.from([1, 2, 3]) },
      { name: 'alt', body: 'Mô tả ảnh' },
      { name: 'other', body: 'ignored' },
    ]);
    const form = await readUploadForm(new Request('http://x/api', { method: 'POST', body, headers: { 'content-type': contentType } }), 10_000, TOO_LARGE);
    expect(form.file.size).toBe(3);
    expect(form.file.name).toBe('../../x.jpg'); // only ever shown after displayFilename(); never a path
    expect(form.fields).toEqual({ alt: 'Mô tả ảnh' });
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const { stream, counter } = endless();
    const request = new Request('http://x/api', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) },
      duplex: 'half',
    } as RequestInit);
    const refused = await rejection(readUploadForm(request, 1024 * 1024, TOO_LARGE));
    expect(refused).toMatchObject({ code: 'too_large', userMessage: TOO_LARGE });
    expect(counter.pulled).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('stops reading a body without a length as soon as it passes the cap', async () => {
    const { stream, counter } = endless();
    const request = new Request('http://x/api', { method: 'POST', body: stream, headers: { 'content-type': 'multipart/form-data; boundary=x' }, duplex: 'half' } as RequestInit);
    const refused = await rejection(readUploadForm(request, 1024 * 1024, TOO_LARGE));
    expect(refused.code).toBe('too_large');
    // The cap plus what the stream machinery had already asked for, nowhere near "endless".
    expect(counter.pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it('wants multipart with exactly one file', async () => {
    const json = new Request('http://x/api', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect((await rejection(readUploadForm(json, 1000, TOO_LARGE))).userMessage).toMatch(/multipart\/form-data/);
    const none = multipart([{ name: 'alt', body: 'x' }]);
    expect((await rejection(readUploadForm(new Request('http://x', { method: 'POST', body: none.body, headers: { 'content-type': none.contentType } }), 10_000, TOO_LARGE))).userMessage).toMatch(/không có tệp/);
    const two = multipart([
      { name: 'file', filename: 'a.jpg', body: 'a' },
      { name: 'file', filename: 'b.jpg', body: 'b' },
    ]);
    expect((await rejection(readUploadForm(new Request('http://x', { method: 'POST', body: two.body, headers: { 'content-type': two.contentType } }), 10_000, TOO_LARGE))).userMessage).toMatch(/một tệp/);
  });

  it('reports a cut-off body as an interrupted upload', async () => {
    const { body, contentType } = multipart([{ name: 'file', filename: 'a.jpg', body: Buffer.alloc(100) }]);
    const cut = body.subarray(0, body.length - 30);
    expect((await rejection(readUploadForm(new Request('http://x', { method: 'POST', body: cut, headers: { 'content-type': contentType } }), 10_000, TOO_LARGE))).code).toBe('corrupt');
  });
});

describe('cappedStream', () => {
  it('passes bodies within the cap through unchanged', async () => {
    const text = await new Response(cappedStream(new Response('xin chào').body!, 100)).text();
    expect(text).toBe('xin chào');
  });
});
