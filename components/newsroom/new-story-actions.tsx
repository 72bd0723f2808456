import Link from 'next/link';
import { createDraftAction } from '@/app/(newsroom)/toa-soan/bai-viet/actions';

/**
 * Start a story at once (desk and story list). On the desk the list stays one click away; the list
 * page itself leaves that link out.
 */
export function NewStoryActions({ listLink = true }: { listLink?: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={createDraftAction}>
        <input type="hidden" name="kind" value="news" />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Bài viết mới
        </button>
      </form>
      <form action={createDraftAction}>
        <input type="hidden" name="kind" value="meeting_report" />
        <button type="submit" className="rounded border border-brand px-4 py-2 font-semibold text-brand hover:bg-red-50">
          Báo cáo hội nghị mới
        </button>
      </form>
      {listLink ? (
        <Link href="/toa-soan/bai-viet" className="px-2 py-2 font-semibold underline">
          Danh sách bài viết
        </Link>
      ) : null}
    </div>
  );
}
