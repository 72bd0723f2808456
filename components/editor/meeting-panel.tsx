'use client';

// Structured facts of a meeting report. People are chosen from the registry, which fills in the
// title they held on the meeting date (an old story keeps the title of its day), or typed in.
import type { Meeting, MeetingPerson } from '@/lib/content/meeting';
import { titleOn } from '@/lib/content/title-on';
import type { RegistryPerson } from '@/lib/data/registry/people';

const ROLE_LABELS: Record<MeetingPerson['role'], string> = { chair: 'Chủ trì', presenter: 'Báo cáo', attending: 'Dự họp' };
const field = 'mt-1 w-full rounded border border-gray-300 px-2 py-1 text-sm';

/** datetime-local value in Vietnam time <-> ISO instant. */
export function toVietnamInput(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 16);
}
export function fromVietnamInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  return new Date(`${value}:00+07:00`).toISOString();
}

export function MeetingPanel(props: {
  meeting: Meeting;
  onChange: (meeting: Meeting) => void;
  registry: RegistryPerson[];
  units: Array<{ id: string; name: string }>;
  readOnly: boolean;
}) {
  const { meeting, onChange, registry, readOnly } = props;
  const day = toVietnamInput(meeting.startsAt).slice(0, 10);
  const set = (patch: Partial<Meeting>) => onChange({ ...meeting, ...patch });
  const setPerson = (i: number, patch: Partial<MeetingPerson>) => set({ people: meeting.people.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const chooseName = (i: number, name: string) => {
    const found = registry.find((p) => p.name === name);
    setPerson(i, found ? { name, personId: found.id, title: titleOn(found.positions, day) ?? meeting.people[i]!.title } : { name, personId: undefined });
  };
  return (
    <fieldset className="rounded border border-gray-300 bg-white p-3" disabled={readOnly}>
      <legend className="px-1 font-bold">Thông tin hội nghị</legend>
      <label className="block text-sm font-semibold">
        Thời gian họp (giờ Việt Nam)
        <input type="datetime-local" className={field} value={toVietnamInput(meeting.startsAt)} onChange={(e) => { const iso = fromVietnamInput(e.target.value); if (iso) set({ startsAt: iso }); }} />
      </label>
      <label className="mt-2 block text-sm font-semibold">
        Địa điểm
        <input className={field} value={meeting.location} onChange={(e) => set({ location: e.target.value })} />
      </label>
      <label className="mt-2 block text-sm font-semibold">
        Đơn vị tổ chức
        <input className={field} list="danh-sach-don-vi" value={meeting.organiserName} onChange={(e) => set({ organiserName: e.target.value, organiserUnitId: props.units.find((u) => u.name === e.target.value)?.id })} />
        <datalist id="danh-sach-don-vi">{props.units.map((u) => <option key={u.id} value={u.name} />)}</datalist>
      </label>
      <div className="mt-3">
        <p className="text-sm font-semibold">Thành phần chủ trì, báo cáo, dự họp</p>
        <datalist id="danh-sach-nhan-vat">{registry.map((p) => <option key={p.id} value={p.name} />)}</datalist>
        {meeting.people.map((person, i) => (
          <div key={i} className="mt-2 grid grid-cols-[1fr_1fr_auto_auto] items-end gap-1">
            <label className="text-xs">
              Họ tên
              <input className={field} list="danh-sach-nhan-vat" value={person.name} onChange={(e) => chooseName(i, e.target.value)} />
            </label>
            <label className="text-xs">
              Chức vụ (tại thời điểm họp)
              <input className={field} value={person.title} onChange={(e) => setPerson(i, { title: e.target.value })} />
            </label>
            <label className="text-xs">
              Vai trò
              <select className={field} value={person.role} onChange={(e) => setPerson(i, { role: e.target.value as MeetingPerson['role'] })}>
                {Object.entries(ROLE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
              </select>
            </label>
            <button type="button" aria-label={`Xóa ${person.name || 'người này'}`} className="mb-1 px-2 text-red-700" onClick={() => set({ people: meeting.people.filter((_, j) => j !== i) })}>
              ✕
            </button>
          </div>
        ))}
        <button type="button" className="mt-2 text-sm font-semibold text-blue-800 underline" onClick={() => set({ people: [...meeting.people, { name: '', title: '', role: meeting.people.length === 0 ? 'chair' : 'attending' }] })}>
          + Thêm người
        </button>
      </div>
      <label className="mt-3 block text-sm font-semibold">
        Thành phần tham dự
        <textarea className={field} rows={2} value={meeting.participants} onChange={(e) => set({ participants: e.target.value })} />
      </label>
      <label className="mt-2 block text-sm font-semibold">
        Kết luận
        <textarea className={field} rows={4} value={meeting.conclusions} onChange={(e) => set({ conclusions: e.target.value })} />
      </label>
    </fieldset>
  );
}
