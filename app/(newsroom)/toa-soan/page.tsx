import type { Metadata } from 'next';
import { NotificationPanel } from '@/components/newsroom/notification-panel';
import { NewStoryActions } from '@/components/newsroom/new-story-actions';
import { QueueList } from '@/components/newsroom/queue-list';
import { pageData } from '@/lib/auth/guard';
import { workQueues } from '@/lib/data/articles/queues';
import { listNotifications } from '@/lib/data/notifications/notifications';
import { staffDesk } from '@/lib/data/users/staff';
import { deskPlanning } from '@/lib/data/planning/assignments';
import { AssignmentsSection } from './_components/assignments-section';
import { ROLE_LABELS } from '@/lib/policy/roles';

export const metadata: Metadata = { title: 'Bàn làm việc' };

export default async function DeskPage() {
  const { desk, queues, notifications, planning } = await pageData('/toa-soan', async (viewer) => {
    const desk = await staffDesk(viewer);
    const [queues, notifications, planning] = await Promise.all([workQueues(viewer), listNotifications(viewer, 10), deskPlanning(viewer)]);
    return { desk, queues, notifications, planning };
  });
  const writes = desk.roles.some((r) => r === 'reporter' || r === 'editor' || r === 'leader');
  return (
    <section aria-labelledby="tieu-de" className="grid gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="tieu-de" className="text-2xl font-bold">
            Bàn làm việc
          </h1>
          <p className="mt-1">
            Xin chào, <strong>{desk.name}</strong>. <span className="text-muted">Vai trò: {desk.roles.map((r) => ROLE_LABELS[r]).join(', ')}.</span>
          </p>
        </div>
        {writes ? <NewStoryActions /> : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {queues.map((queue) => (
          <QueueList key={queue.key} queue={queue} />
        ))}
        <NotificationPanel items={notifications.items} unread={notifications.unread} />
        <AssignmentsSection mine={planning.mine} overdue={planning.overdue} />
      </div>
    </section>
  );
}
