'use client';

// The form of one document (văn bản). Submitted with its files through a server action that answers
// with a value, so a refusal (duplicate number, dates in the wrong order, a file that is not PDF or
// DOCX) is shown next to the form and nothing the person typed is lost.
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/auth/action';

export interface DocumentFormValues {
  id?: string;
  version?: number;
  typeId: string;
  issuer: string;
  numberSymbol: string;
  issuedOn: string;
  effectiveOn: string;
  expiresOn: string;
  signerName: string;
  signerTitle: string;
  signerPersonId: string;
  summary: string;
  field: string;
  links: Array<{ targetId: string; relation: string }>;
  articleIds: string[];
}

export interface DocumentFormOptions {
  types: Array<{ id: string; name: string }>;
  people: Array<{ id: string; fullName: string }>;
  documents: Array<{ id: string; numberSymbol: string; issuer: string; issuedOn: string }>;
  articles: Array<{ id: string; title: string }>;
}

const RELATIONS: Array<[string, string]> = [
  ['amends', 'Sửa đổi'],
  ['supplements', 'Bổ sung'],
  ['replaces', 'Thay thế'],
  ['repeals', 'Bãi bỏ'],
  ['guides', 'Hướng dẫn'],
];

const input = 'mt-1 block w-full rounded border border-gray-500 px-2 py-1';
const LINK_ROWS = 3;

export function DocumentForm({
  values,
  options,
  action,
}: {
  values: DocumentFormValues;
  options: DocumentFormOptions;
  action: (form: FormData) => Promise<ActionResult<{ href: string }>>;
}) {
  const router = useRouter();
  const [error, setError] = useState<{ message: string; link?: { href: string; label: string } } | null>(null);
  const [pending, startTransition] = useTransition();
  const links = [...values.links, ...Array.from({ length: LINK_ROWS }, () => ({ targetId: '', relation: 'amends' }))].slice(0, Math.max(LINK_ROWS, values.links.length + 1));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await action(form);
      if (result.ok) router.push(result.data.href);
      else if (result.code === 'unauthenticated') router.push('/toa-soan/dang-nhap');
      else setError({ message: result.message, link: result.link });
    });
  }

  return (
    <form onSubmit={submit} className="grid gap-4 rounded border border-gray-300 bg-white p-4 text-sm" encType="multipart/form-data">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="font-semibold">
          Loại văn bản
          <select name="typeId" required defaultValue={values.typeId} className={input}>
            <option value="">— Chọn —</option>
            {options.types.map((t) => (
              <option key={t.id} value={t.id}>{t.name}</option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          Số, ký hiệu
          <input name="numberSymbol" required maxLength={60} defaultValue={values.numberSymbol} placeholder="45-NQ/TW hoặc 42/2022/NĐ-CP" className={input} />
        </label>
        <label className="font-semibold">
          Cơ quan ban hành
          <input name="issuer" required maxLength={300} defaultValue={values.issuer} placeholder="Ban Chấp hành Trung ương" className={input} />
        </label>
        <label className="font-semibold">
          Ngày ban hành
          <input type="date" name="issuedOn" required defaultValue={values.issuedOn} className={input} />
        </label>
        <label className="font-semibold">
          Ngày có hiệu lực
          <input type="date" name="effectiveOn" defaultValue={values.effectiveOn} className={input} />
        </label>
        <label className="font-semibold">
          Ngày hết hiệu lực
          <input type="date" name="expiresOn" defaultValue={values.expiresOn} className={input} />
        </label>
        <label className="font-semibold">
          Người ký
          <input name="signerName" maxLength={200} defaultValue={values.signerName} className={input} />
        </label>
        <label className="font-semibold">
          Chức vụ người ký
          <input name="signerTitle" maxLength={300} defaultValue={values.signerTitle} className={input} />
        </label>
        <label className="font-semibold">
          Người ký trong danh mục nhân vật
          <select name="signerPersonId" defaultValue={values.signerPersonId} className={input}>
            <option value="">— Không chọn —</option>
            {options.people.map((p) => (
              <option key={p.id} value={p.id}>{p.fullName}</option>
            ))}
          </select>
        </label>
      </div>
      <label className="font-semibold">
        Trích yếu
        <textarea name="summary" required maxLength={2000} rows={3} defaultValue={values.summary} className={input} />
      </label>
      <label className="font-semibold">
        Lĩnh vực
        <input name="field" maxLength={200} defaultValue={values.field} className={input} />
      </label>
      <fieldset className="grid gap-2 rounded border border-gray-300 p-3">
        <legend className="px-1 font-semibold">Liên kết với văn bản khác</legend>
        {links.map((l, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[12rem_1fr]">
            <label className="text-xs font-semibold">
              Quan hệ {i + 1}
              <select name="linkRelation" defaultValue={l.relation} className={input}>
                {RELATIONS.map(([value, label]) => (
                  <option key={value} value={value}>{label}</option>
                ))}
              </select>
            </label>
            <label className="text-xs font-semibold">
              Văn bản {i + 1}
              <select name="linkTarget" defaultValue={l.targetId} className={input}>
                <option value="">— Không —</option>
                {options.documents
                  .filter((d) => d.id !== values.id)
                  .map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.numberSymbol} — {d.issuer} ({d.issuedOn.split('-').reverse().join('/')})
                    </option>
                  ))}
              </select>
            </label>
          </div>
        ))}
      </fieldset>
      <label className="font-semibold">
        Tin bài liên quan (giữ Ctrl để chọn nhiều)
        <select name="articleIds" multiple defaultValue={values.articleIds} size={5} className={input}>
          {options.articles.map((a) => (
            <option key={a.id} value={a.id}>{a.title}</option>
          ))}
        </select>
      </label>
      <label className="font-semibold">
        Tệp văn bản (PDF hoặc DOCX, tối đa 5 tệp)
        <input type="file" name="files" multiple accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className="mt-1 block" />
      </label>
      {error ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-red-900">
          {error.message}{' '}
          {error.link ? (
            <a href={error.link.href} className="underline">
              {error.link.label}
            </a>
          ) : null}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-1.5 font-semibold text-white disabled:opacity-60">
          {pending ? 'Đang lưu…' : values.id ? 'Lưu văn bản' : 'Lưu bản nháp'}
        </button>
      </div>
    </form>
  );
}
