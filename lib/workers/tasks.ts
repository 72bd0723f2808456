// The work the CPU pool can do, by name. Runs inside worker threads (loaded by ./entry.mjs): pure
// conversions only, no database, no Next.js, no request state.
import { compareRevisions, type DiffableRevision, type DiffLimits } from '@/lib/content/diff';
import { docxHtmlToDraft, docxToHtml, type DocxDraftReview, type StoredImage } from '@/lib/content/from-docx';
import { convertHtml } from '@/lib/content/from-html';
import { inspectPdf } from '@/lib/media/pdf-active-content';

const tasks = {
  compareRevisions: (input: { older: DiffableRevision; newer: DiffableRevision; limits?: DiffLimits }) => compareRevisions(input.older, input.newer, input.limits),
  convertHtml: (input: { html: string }) => convertHtml(input.html),
  docxToHtml: (input: { bytes: Uint8Array }) => docxToHtml(input.bytes),
  docxHtmlToDraft: (input: { html: string; stored: StoredImage[]; filename: string; review?: DocxDraftReview }) => docxHtmlToDraft(input.html, input.stored, input.filename, input.review),
  inspectPdf: (input: { bytes: Uint8Array }) => inspectPdf(input.bytes),
  /** Only for tests of the pool itself: keeps the thread busy, as a runaway conversion would. */
  spin: (input: { ms: number }) => {
    const end = Date.now() + input.ms;
    while (Date.now() < end);
    return input.ms;
  },
};

type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
export type TaskInput<N extends TaskName> = Parameters<Tasks[N]>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<Tasks[N]>>;

export function runNamedTask(name: string, input: unknown): unknown {
  if (!Object.hasOwn(tasks, name)) throw new Error(`unknown task ${name}`);
  return (tasks[name as TaskName] as (input: unknown) => unknown)(input);
}
