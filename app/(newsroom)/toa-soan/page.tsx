import type { Metadata } from 'next';
import { pageData } from '@/lib/auth/guard';
import { staffDesk } from '@/lib/data/staff';
import { ROLE_LABELS } from '@/lib/policy/roles';

export const metadata: Metadata = { title: 'Bàn làm việc' };

export default async function DeskPage() {
  const desk = await pageData('/toa-soan', (viewer) => staffDesk(viewer));
  return (
    <section aria-labelledby="tieu-de">
      <h1 id="tieu-de" className="text-2xl font-bold">
        Bàn làm việc
      </h1>
      <p className="mt-3">
        Xin chào, <strong>{desk.name}</strong>.
      </p>
      <p className="mt-1 text-muted">Vai trò: {desk.roles.map((r) => ROLE_LABELS[r]).join(', ')}.</p>
    </section>
  );
}
