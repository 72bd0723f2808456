import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/lib/auth/guard';
import { diffRevisions } from '@/lib/content/diff';
import { revisionPair } from '@/lib/data/articles/revision-pair';
import { isUuid } from '@/lib/data/ids';
import { formatDateTime } from '@/lib/time/format';

export const metadata: Metadata = { title: 'So sánh phiên bản' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export default async function RevisionDiffPage({ params, searchParams }: Props) {
  const [{ id }, { a, b }] = await Promise.all([params, searchParams]);
  // Only well-formed ids reach the query: a malformed one would fail in Postgres (a 500); dropped,
  // the page falls back to comparing the latest two revisions.
  const [older, newer] = [a, b].map((x) => (isUuid(x) ? x : undefined));
  const pair = await pageData(`/toa-soan/bai-viet/${id}/phien-ban`, (viewer) => revisionPair(viewer, id, older, newer));
  const diff = diffRevisions(pair.older.revision, pair.newer.revision);
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
      {diff.map((field) => (
        <section key={field.field} aria-labelledby={`diff-${field.field}`} className="rounded border border-gray-300 bg-white p-3">
          <h2 id={`diff-${field.field}`} className="font-bold">
            {field.label} {field.changed ? '' : <span className="text-sm font-normal text-gray-600">(không đổi)</span>}
          </h2>
          {field.changed ? (
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
    </div>
  );
}
