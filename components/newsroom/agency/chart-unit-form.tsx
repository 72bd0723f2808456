'use client';

// One unit of the organisation chart: its English name and its head (a dated position in the people
// registry). The preview draws the unit as readers will see it on both languages' chart.
import { useState } from 'react';
import { OrganisationChart } from '@/components/site/organisation-chart';
import type { ChartNode } from '@/lib/agency/chart';
import type { ActionResult } from '@/lib/auth/action';
import { buttonClass, fieldClass, SaveAnswer, useSave } from './save-state';

interface PersonOption {
  id: string;
  fullName: string;
}

const LABELS = {
  vi: { since: (month: string) => `từ ${month}`, vacant: 'Chưa cập nhật người đứng đầu' },
  en: { since: (month: string) => `since ${month}`, vacant: 'Head not yet listed' },
};

export function ChartUnitForm({
  unit,
  isAgency,
  agency,
  people,
  action,
}: {
  unit: Omit<ChartNode, 'children'>;
  isAgency: boolean;
  agency: { name: string; nameEn: string };
  people: PersonOption[];
  action: (input: unknown) => Promise<ActionResult<null>>;
}) {
  const [nameEn, setNameEn] = useState(unit.nameEn);
  const [personId, setPersonId] = useState(unit.head?.personId ?? '');
  const [title, setTitle] = useState(unit.head?.title ?? '');
  const [titleEn, setTitleEn] = useState(unit.head?.titleEn ?? '');
  const [from, setFrom] = useState(unit.head?.since ?? '');
  const [preview, setPreview] = useState(false);
  const { pending, answer, save } = useSave(action, `Đã lưu đơn vị ${unit.name}.`);
  const person = people.find((p) => p.id === personId);
  const draft: ChartNode = {
    ...unit,
    nameEn,
    head: person && from ? { positionId: '', personId, personSlug: '', fullName: person.fullName, title, titleEn, since: from } : null,
    children: [],
  };
  const chart = (locale: 'vi' | 'en') => (
    <OrganisationChart
      chart={isAgency ? { root: draft, units: [] } : { root: null, units: [draft] }}
      agency={locale === 'en' && agency.nameEn ? { text: agency.nameEn } : { text: agency.name, lang: locale === 'en' ? 'vi' : undefined }}
      locale={locale}
      href={(path) => (locale === 'en' ? `/en${path}` : path)}
      labels={LABELS[locale]}
    />
  );
  return (
    <form
      aria-label={`Đơn vị ${unit.name}`}
      className="grid min-w-0 gap-2 rounded border border-gray-300 bg-white p-3 text-sm sm:grid-cols-2 lg:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        // An unchanged head is not sent again (a save of the English name alone must not touch positions).
        const headChanged = personId !== (unit.head?.personId ?? '') || title !== (unit.head?.title ?? '') || titleEn !== (unit.head?.titleEn ?? '') || from !== (unit.head?.since ?? '');
        save({ unitId: unit.id, nameEn, ...(headChanged ? { personId, title, titleEn, from } : {}) });
      }}
    >
      <h3 className="font-bold sm:col-span-2 lg:col-span-3">
        {unit.name}
        {isAgency ? ' (chính cơ quan: trên sơ đồ hiện tên cơ quan trong Cấu hình)' : ''}
      </h3>
      <label className="min-w-0 font-semibold">
        Tên đơn vị (tiếng Anh)
        <input lang="en" value={nameEn} maxLength={200} onChange={(e) => setNameEn(e.target.value)} className={fieldClass} />
      </label>
      <label className="min-w-0 font-semibold">
        Người đứng đầu
        <select value={personId} onChange={(e) => setPersonId(e.target.value)} className={fieldClass}>
          <option value="">— Chưa chọn —</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>{p.fullName}</option>
          ))}
        </select>
      </label>
      <label className="min-w-0 font-semibold">
        Ngày nhận chức
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} className={fieldClass} />
      </label>
      <label className="min-w-0 font-semibold">
        Chức vụ
        <input value={title} maxLength={300} placeholder="Vụ trưởng" onChange={(e) => setTitle(e.target.value)} className={fieldClass} />
      </label>
      <label className="min-w-0 font-semibold">
        Chức vụ (tiếng Anh)
        <input lang="en" value={titleEn} maxLength={300} placeholder="Director" onChange={(e) => setTitleEn(e.target.value)} className={fieldClass} />
      </label>
      <div className="flex flex-wrap items-end gap-2">
        <button type="button" className={buttonClass} aria-expanded={preview} onClick={() => setPreview((p) => !p)}>
          {preview ? 'Ẩn xem trước' : 'Xem trước'}
        </button>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Đang lưu…' : 'Lưu đơn vị'}
        </button>
      </div>
      <div className="sm:col-span-2 lg:col-span-3">
        <SaveAnswer answer={answer} />
      </div>
      {preview ? (
        <section aria-label={`Xem trước đơn vị ${unit.name}`} className="grid gap-3 rounded border border-dashed border-gray-500 p-3 sm:col-span-2 lg:col-span-3 lg:grid-cols-2">
          <p className="text-xs text-gray-700 lg:col-span-2">Bản xem trước trên sơ đồ, chưa lưu. Người đứng đầu mới được ghi vào danh mục nhân vật; chức vụ của người trước kết thúc trước ngày nhận chức một ngày.</p>
          <div lang="vi">{chart('vi')}</div>
          <div lang="en">{chart('en')}</div>
        </section>
      ) : null}
    </form>
  );
}
