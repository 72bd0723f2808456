import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/lib/auth/guard';
import { assertPlanning } from '@/lib/data/planning/events';
import { peopleRegistry } from '@/lib/data/registry/people';
import { vietnamDay } from '@/lib/time/format';
import { EventForm } from '../event-form';

export const metadata: Metadata = { title: 'Thêm sự kiện' };

export default async function NewEventPage() {
  const { registry, tomorrow } = await pageData('/toa-soan/lich/moi', async (viewer) => {
    assertPlanning(viewer, 'planning.manage');
    return { registry: await peopleRegistry(viewer), tomorrow: vietnamDay(new Date(new Date().getTime() + 86_400_000)) };
  });
  return (
    <div className="grid gap-4">
      <p>
        <Link href="/toa-soan/lich" className="underline">
          ← Lịch công tác
        </Link>
      </p>
      <h1 className="text-xl font-bold">Thêm sự kiện</h1>
      <EventForm
        id={null}
        initial={{ kind: 'meeting', title: '', startsAt: `${tomorrow}T08:00`, endsAt: `${tomorrow}T11:30`, location: '', unitId: '', notes: '', people: [] }}
        registry={{ people: registry.people.map((p) => ({ id: p.id, name: p.name })), units: registry.units }}
      />
    </div>
  );
}
