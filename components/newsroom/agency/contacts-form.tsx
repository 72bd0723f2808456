'use client';

// The liaison contacts of /lien-he (Decree 42/2022/NĐ-CP): a bounded list staff edit, with a preview
// of both languages' pages from the unsaved rows. The server checks every row again.
import { useState } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import { buttonClass, fieldClass, SaveAnswer, useSave } from './save-state';

export interface ContactRow {
  name: string;
  title: string;
  titleEn: string;
  phone: string;
  email: string;
  unitId: string;
}

interface UnitOption {
  id: string;
  name: string;
  nameEn: string;
}

const EMPTY: ContactRow = { name: '', title: '', titleEn: '', phone: '', email: '', unitId: '' };
const FIELDS: Array<{ key: Exclude<keyof ContactRow, 'unitId'>; label: string; type?: string; lang?: string }> = [
  { key: 'name', label: 'Họ tên' },
  { key: 'title', label: 'Chức danh' },
  { key: 'titleEn', label: 'Chức danh (tiếng Anh)', lang: 'en' },
  { key: 'phone', label: 'Điện thoại', type: 'tel' },
  { key: 'email', label: 'Email', type: 'email' },
];

function Preview({ rows, units, locale }: { rows: ContactRow[]; units: UnitOption[]; locale: 'vi' | 'en' }) {
  const en = locale === 'en';
  return (
    <div lang={locale}>
      <h3 className="font-bold">{en ? 'Liaison officers (/en/lien-he)' : 'Cán bộ đầu mối (/lien-he)'}</h3>
      <ul className="mt-1 grid gap-2">
        {rows.map((c, i) => {
          const unit = units.find((u) => u.id === c.unitId);
          const title = en && c.titleEn.trim() ? c.titleEn : c.title;
          const unitName = unit ? (en && unit.nameEn.trim() ? unit.nameEn : unit.name) : '';
          return (
            <li key={i} className="rounded border border-gray-300 p-2">
              <p className="font-semibold">{c.name}</p>
              <p lang={en && !c.titleEn.trim() ? 'vi' : undefined}>{title}</p>
              {unitName ? <p>{en ? 'Unit:' : 'Đơn vị:'} {unitName}</p> : null}
              {c.phone ? <p>{en ? 'Phone:' : 'Điện thoại:'} {c.phone}</p> : null}
              {c.email ? <p>Email: {c.email}</p> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function ContactsForm({
  initial,
  units,
  max,
  seen,
  action,
}: {
  initial: ContactRow[];
  units: UnitOption[];
  max: number;
  seen: string;
  action: (input: unknown) => Promise<ActionResult<null>>;
}) {
  const [rows, setRows] = useState<ContactRow[]>(initial.length ? initial : [EMPTY]);
  const [preview, setPreview] = useState(false);
  const { pending, answer, save } = useSave(action, 'Đã lưu danh sách cán bộ đầu mối.');
  const set = (i: number, key: keyof ContactRow, value: string) => setRows((all) => all.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  // A row left wholly empty is not a contact.
  const filled = rows.filter((r) => Object.values(r).some((v) => v.trim()));
  return (
    <form
      aria-label="Cán bộ đầu mối"
      className="grid gap-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        save({ contacts: filled, seen });
      }}
    >
      <p className="text-gray-700">
        Tối đa {max} người. Điện thoại gồm 9–13 chữ số (được dùng dấu cách, dấu chấm, gạch nối), ví dụ 024 3823 1234. Tên đơn vị bằng hai thứ tiếng lấy từ danh
        mục đơn vị.
      </p>
      {rows.map((row, i) => (
        <fieldset key={i} className="grid min-w-0 gap-2 rounded border border-gray-300 p-3 sm:grid-cols-2 lg:grid-cols-3">
          <legend className="px-1 font-semibold">Cán bộ đầu mối {i + 1}</legend>
          {FIELDS.map((f) => (
            <label key={f.key} className="min-w-0 font-semibold">
              {f.label}
              <input type={f.type ?? 'text'} lang={f.lang} value={row[f.key]} maxLength={200} onChange={(e) => set(i, f.key, e.target.value)} className={fieldClass} />
            </label>
          ))}
          <label className="min-w-0 font-semibold">
            Đơn vị
            <select value={row.unitId} onChange={(e) => set(i, 'unitId', e.target.value)} className={fieldClass}>
              <option value="">— Không ghi —</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>{u.name}</option>
              ))}
            </select>
          </label>
          <div className="sm:col-span-2 lg:col-span-3">
            <button type="button" className={buttonClass} onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
              Bỏ cán bộ đầu mối {i + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} disabled={rows.length >= max} onClick={() => setRows((all) => [...all, EMPTY])}>
          Thêm cán bộ đầu mối
        </button>
        <button type="button" className={buttonClass} aria-expanded={preview} onClick={() => setPreview((p) => !p)}>
          {preview ? 'Ẩn xem trước' : 'Xem trước danh sách'}
        </button>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Đang lưu…' : 'Lưu cán bộ đầu mối'}
        </button>
      </div>
      <SaveAnswer answer={answer} />
      {preview ? (
        <section aria-label="Xem trước cán bộ đầu mối" className="grid gap-3 rounded border border-dashed border-gray-500 p-3 lg:grid-cols-2">
          <p className="text-xs text-gray-700 lg:col-span-2">Bản xem trước, chưa lưu.</p>
          <Preview rows={filled} units={units} locale="vi" />
          <Preview rows={filled} units={units} locale="en" />
        </section>
      ) : null}
    </form>
  );
}
