import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleEditorClient } from '@/components/editor/article-editor-client';
import { CommentForm } from '@/components/newsroom/comment-form';
import { RevisionList } from '@/components/newsroom/revision-list';
import { Timeline } from '@/components/newsroom/timeline';
import { VersionFieldsList } from '@/components/newsroom/version-fields';
import { pageData } from '@/lib/auth/guard';
import { editorView } from '@/lib/data/articles/editor-view';
import { RoutingPanel } from '@/components/newsroom/routing-panel';
import { MarkStoryRead } from '@/components/newsroom/mark-story-read';
import { peopleRegistry } from '@/lib/data/registry/people';
import { routingView } from '@/lib/data/routing/routing';
import { coeditingFor } from '@/lib/data/collab/ticket';
import { suggestingByDefaultFor } from '@/lib/data/site/site';
import { threadsForEditor } from '@/lib/data/threads/threads';
import { formatDateTime } from '@/lib/time/format';
import { STATE_LABELS } from '@/lib/workflow/transition';

export const metadata: Metadata = { title: 'Soạn bài' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ mau?: string; nhap?: string }> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const [{ id }, { mau, nhap }] = await Promise.all([params, searchParams]);
  const { view, registry, viewerId, roles, routing, threads, suggesting, coediting } = await pageData(`/toa-soan/bai-viet/${id}`, async (viewer) => {
    const view = await editorView(viewer, id);
    return {
      view,
      registry: await peopleRegistry(viewer),
      viewerId: viewer.kind === 'user' ? viewer.id : '',
      roles: viewer.kind === 'user' ? viewer.roles : [],
      routing: await routingView(viewer, id),
      threads: await threadsForEditor(viewer, id),
      suggesting: await suggestingByDefaultFor(viewer.kind === 'user' ? viewer.roles : []),
      coediting: await coeditingFor(viewer),
    };
  });
  const { article } = view;
  const signOff = view.signOff ? (
    <section aria-labelledby="trinh-duyet" className="rounded border-2 border-brand bg-white p-4" data-testid="noi-dung-trinh-duyet">
      <h2 id="trinh-duyet" className="font-bold">
        Nội dung trình duyệt
      </h2>
      <p className="mb-3 text-sm text-gray-700">
        Lãnh đạo duyệt toàn bộ các mục dưới đây cùng nội dung bài. Mọi thay đổi sau khi duyệt đều làm mất hiệu lực duyệt.
      </p>
      <VersionFieldsList fields={view.signOff.fields} changed={view.signOff.changedSinceLive ? new Set(view.signOff.changedSinceLive) : undefined} />
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        {view.signOff.compareLive ? (
          <Link href={view.signOff.compareLive} className="font-semibold underline">
            So sánh với bản đang đăng
          </Link>
        ) : null}
        {view.signOff.compareReturned ? (
          <Link href={view.signOff.compareReturned} className="font-semibold underline">
            So sánh với bản đã trả lại
          </Link>
        ) : null}
      </p>
    </section>
  ) : null;
  // Editors and leaders come to the story to act on it: on a phone, their panel goes first.
  const panelFirst = roles.some((r) => r === 'editor' || r === 'leader');
  return (
    <div className="grid gap-6">
      <MarkStoryRead articleId={article.id} />
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link href="/toa-soan/bai-viet" className="underline">
              ← Danh sách bài viết
            </Link>
          </p>
          <h1 className="mt-1 text-xl font-bold">{article.kind === 'meeting_report' ? 'Báo cáo hội nghị' : 'Bài viết'}</h1>
          <p className="text-sm text-gray-700">
            Trạng thái: <strong data-testid="trang-thai-bai">{STATE_LABELS[article.status]}</strong> · <span data-testid="phien-ban-hien-tai">phiên bản #{view.revisionNumber}</span>
            {view.authorName ? <> · người viết: {view.authorName}</> : null}
            {article.scheduledAt ? <> · hẹn đăng {formatDateTime(article.scheduledAt)}</> : null}
          </p>
          {article.approval ? (
            <p className="text-sm text-green-900">
              Đã duyệt: {article.approval.approverName}, {article.approval.approverTitle} — {formatDateTime(article.approval.at)}
            </p>
          ) : null}
        </div>
        {article.liveRevisionId ? (
          <Link href={`/bai-viet/${article.slug}`} className="text-sm font-semibold underline" target="_blank">
            Xem bài trên cổng thông tin ↗
          </Link>
        ) : null}
      </header>
      <RoutingPanel
        articleId={article.id}
        assignee={routing.assignee}
        pool={routing.stageRole === 'editor' ? 'các biên tập viên' : routing.stageRole === 'leader' ? 'các lãnh đạo' : null}
        idle={article.status === 'draft' ? 'người viết bài' : 'không có'}
        canClaim={routing.canClaim}
        assignable={routing.assignable}
        following={routing.following}
      />
      {nhap ? (
        <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">
          Đã nhập bài từ tệp Word thành bản nháp. {nhap.slice(0, 2000)}
        </p>
      ) : null}
      <ArticleEditorClient
        article={article}
        canEdit={view.canEdit}
        editBlockedReason={view.editBlockedReason}
        sections={view.sections}
        registry={registry.people}
        units={registry.units}
        lease={view.lease}
        viewerId={viewerId}
        openMeetingPanel={mau === 'hoi-nghi'}
        events={view.events}
        writers={view.writers}
        returnTargets={routing.returnTargets}
        signOff={signOff}
        panelFirst={panelFirst}
        suggestingByDefault={suggesting}
        threads={threads}
        coediting={coediting}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="lich-su" className="rounded border border-gray-300 bg-white p-4">
          <h2 id="lich-su" className="mb-3 font-bold">
            Lịch sử và góp ý
          </h2>
          <Timeline entries={view.timeline} />
          <CommentForm articleId={article.id} />
        </section>
        <section aria-labelledby="phien-ban" className="rounded border border-gray-300 bg-white p-4">
          <h2 id="phien-ban" className="mb-3 font-bold">
            Các phiên bản
          </h2>
          <RevisionList articleId={article.id} revisions={view.revisions} currentRevisionId={article.currentRevisionId} liveRevisionId={article.liveRevisionId} steppedRevisionIds={view.steppedRevisionIds} version={article.version} canEdit={view.canEdit} />
        </section>
      </div>
    </div>
  );
}
