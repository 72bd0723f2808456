import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/lib/auth/guard';
import { VersionFieldsCompare } from '@/components/newsroom/version-fields';
import { describeVersion } from '@/lib/content/describe-version';
import { COARSE_DIFF_MESSAGE } from '@/lib/content/diff';
import { revisionPair } from '@/lib/data/articles/revision-pair';
import { formatDateTime } from '@/lib/time/format';
import { compareRevisionsOffThread } from '@/lib/workers/revision-diff';

export const metadata: Metadata = { title: 'So sánh phiên bản' };

const TEXT_FIELDS = new Set(['title', 'sapo', 'body', 'suggestions']);

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export default async function RevisionDiffPage({ params, searchParams }: Props) {
  const [{ id }, { a, b }] = await Promise.all([params, searchParams]);
  const pair = await pageData(`/toa-soan/bai-viet/${id}/phien-ban`, (viewer) => revisionPair(viewer, id, a, b));
  // Words for the text (off the request thread, bounded); everything else (section, tags, authors,
  // times, meeting, cover, SEO) side by side below.
  const compared = await compareRevisionsOffThread({ ...pair.older.revision, suggestionAuthors: pair.suggestionNames }, { ...pair.newer.revision, suggestionAuthors: pair.suggestionNames });
  const diff = compared.fields.filter((f) => TEXT_FIELDS.has(f.field));
  const coarse = compared.coarse;
  const label = (r: typeof pair.older) => `#${r.revision.number} (${formatDateTime(r.revision.createdAt)}, ${r.authorName ?? 'Hệ thống'})`;
  return (
    <div className="grid gap-4">
      <p className="text-sm">
        <Link href={`/toa-soan/bai-viet/${id}`} className="underline">
          ← Quay lại bài viết
        </Link>
      </p>
      <h1 className="text-xl font-bold">So sánh phiên bản</h1>
      <p className="text-sm">
        Từ <strong>{label(pair.older)}</strong> đến <strong>{label(pair.newer)}</strong>. Phần <del className="bg-red-100 text-red-900">gạch bỏ</del> đã bị xóa, phần{' '}
        <ins className="bg-green-100 text-green-900 no-underline">tô xanh</ins> được thêm.
      </p>
      {coarse ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          {COARSE_DIFF_MESSAGE}
        </p>
      ) : null}
      {diff.map((field) => (
        <section key={field.field} aria-labelledby={`diff-${field.field}`} className="rounded border border-gray-300 bg-white p-3">
          <h2 id={`diff-${field.field}`} className="font-bold">
            {field.label} {field.changed ? '' : <span className="text-sm font-normal text-gray-600">(không đổi)</span>}
          </h2>
          {field.field === 'body' ? <p className="text-xs text-gray-600">Nội dung như khi từ chối mọi gợi ý đang mở; các gợi ý ở mục «Gợi ý đang mở».</p> : null}
          {field.changed || (field.field === 'suggestions' && field.parts.length > 0) ? (
            <p className="mt-2 whitespace-pre-wrap text-sm leading-relaxed" data-testid={`diff-${field.field}`}>
              {field.parts.map((part, i) =>
                part.change === 'added' ? (
                  <ins key={i} className="bg-green-100 text-green-900 no-underline">
                    {part.text}
                  </ins>
                ) : part.change === 'removed' ? (
                  <del key={i} className="bg-red-100 text-red-900">
                    {part.text}
                  </del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          ) : null}
        </section>
      ))}
      <section aria-labelledby="diff-thong-tin" className="rounded border border-gray-300 bg-white p-3">
        <h2 id="diff-thong-tin" className="mb-2 font-bold">
          Thông tin bài
        </h2>
        <VersionFieldsCompare
          older={describeVersion(pair.older.fields, pair.names)}
          newer={describeVersion(pair.newer.fields, pair.names)}
          olderLabel={`#${pair.older.revision.number}`}
          newerLabel={`#${pair.newer.revision.number}`}
        />
      </section>
    </div>
  );
}
