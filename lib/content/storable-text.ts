// PURE. Text that no person types and PostgreSQL cannot store faithfully: NUL (text and jsonb
// refuse it: a 500 instead of a message) and UTF-16 halves (JSON allows "\ud800"; UTF-8 cannot
// encode it, so the driver would silently store U+FFFD instead of what was sent). Also nesting far
// deeper than any story, which recursive code further in would not survive.

export const MAX_INPUT_DEPTH = 64;

export const NUL_MESSAGE = 'Nội dung chứa ký tự NUL (mã 0), không lưu được. Hãy xóa ký tự này rồi gửi lại.';
export const BROKEN_UNICODE_MESSAGE = 'Nội dung chứa ký tự Unicode hỏng (nửa cặp UTF-16). Hãy gõ hoặc dán lại đoạn văn bản đó.';

/** Why a string cannot be stored, or null when it can. */
export function unstorableStringMessage(value: string): string | null {
  if (value.includes('\u0000')) return NUL_MESSAGE;
  if (!value.isWellFormed()) return BROKEN_UNICODE_MESSAGE;
  return null;
}

/** Why an input (any JSON value: keys, strings, nesting) cannot be stored, or null. Iterative, so hostile depth cannot overflow it. */
export function unstorableInputMessage(input: unknown): string | null {
  const stack: Array<[unknown, number]> = [[input, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      const message = unstorableStringMessage(value);
      if (message) return message;
    } else if (value && typeof value === 'object') {
      if (depth >= MAX_INPUT_DEPTH) return `Dữ liệu lồng nhau quá sâu (tối đa ${MAX_INPUT_DEPTH} cấp).`;
      if (Array.isArray(value)) for (const item of value) stack.push([item, depth + 1]);
      else for (const [key, item] of Object.entries(value)) stack.push([key, depth + 1], [item, depth + 1]);
    }
  }
  return null;
}

/**
 * Every string of an input (keys left alone) in Unicode's composed form (NFC). Text copied from some
 * PDFs and macOS files arrives decomposed ("a" + U+0300 for "à"): it looks the same but is other
 * characters, so search keys, folding and comparisons would miss it. Plain objects and arrays are
 * copied (the input is not changed); anything else is kept as it is. Iterative, like
 * unstorableInputMessage, so depth cannot overflow it.
 */
export function composedText<T>(input: T): T {
  const stack: Array<Record<string, unknown>> = [];
  const copy = (value: unknown): unknown => {
    if (typeof value === 'string') return value.normalize('NFC');
    let copied: Record<string, unknown> | null = null;
    if (Array.isArray(value)) copied = [...value] as unknown as Record<string, unknown>;
    else if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) copied = { ...value };
    if (!copied) return value;
    stack.push(copied);
    return copied;
  };
  const root = copy(input);
  while (stack.length > 0) {
    const container = stack.pop()!;
    for (const key of Object.keys(container)) container[key] = copy(container[key]);
  }
  return root as T;
}
