// Reads one multipart upload with a hard cap: a declared Content-Length over the cap is refused
// before a byte is read, and a body that turns out longer (chunked, or lying) is cut off as soon
// as it passes the cap, so at most `maxBytes` are ever buffered for a request.
import { MediaRejection } from './prepare-upload';

export interface UploadForm {
  file: File;
  /** Short text fields sent along (alt, caption, credit); absent ones are missing. */
  fields: Record<string, string>;
}

const TEXT_FIELDS = ['alt', 'caption', 'credit'] as const;

class BodyTooLarge extends Error {}

/** A copy of `body` that errors as soon as more than `maxBytes` have passed. */
export function cappedStream(body: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new BodyTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

export async function readUploadForm(request: Request, maxBytes: number, tooLargeMessage: string): Promise<UploadForm> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new MediaRejection('unsupported_type', 'Hãy gửi tệp dưới dạng multipart/form-data, trong trường "file" (mỗi yêu cầu một tệp).');
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new MediaRejection('too_large', tooLargeMessage);
  if (!request.body) throw new MediaRejection('corrupt', 'Yêu cầu không có tệp. Hãy chọn một tệp để tải lên.');

  let form: FormData;
  try {
    form = await new Response(cappedStream(request.body, maxBytes), { headers: { 'content-type': contentType } }).formData();
  } catch (error) {
    if (error instanceof BodyTooLarge || (error as { cause?: unknown })?.cause instanceof BodyTooLarge) throw new MediaRejection('too_large', tooLargeMessage);
    throw new MediaRejection('corrupt', 'Không đọc được dữ liệu tải lên (có thể kết nối bị gián đoạn). Hãy thử lại.');
  }
  const files = form.getAll('file').filter((v): v is File => typeof v !== 'string');
  if (files.length === 0) throw new MediaRejection('corrupt', 'Yêu cầu không có tệp trong trường "file". Hãy chọn một tệp để tải lên.');
  if (files.length > 1) throw new MediaRejection('corrupt', 'Mỗi yêu cầu chỉ tải lên một tệp; hãy gửi từng tệp một.');
  const fields: Record<string, string> = {};
  for (const name of TEXT_FIELDS) {
    const value = form.get(name);
    if (typeof value === 'string') fields[name] = value;
  }
  return { file: files[0]!, fields };
}
