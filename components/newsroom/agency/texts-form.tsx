'use client';

// About and functions-and-tasks texts in both languages, with a preview rendered by the readers'
// renderer from the unsaved text (nothing is saved until "Lưu").
import { useState } from 'react';
import { MAX_PAGE_TEXT, pageTextToDoc } from '@/lib/content/page-text';
import { renderBody } from '@/lib/content/render';
import type { ActionResult } from '@/lib/auth/action';
import { buttonClass, fieldClass, SaveAnswer, useSave } from './save-state';

export interface AgencyTexts {
  about: string;
  aboutEn: string;
  functions: string;
  functionsEn: string;
}

const FIELDS: Array<{ key: keyof AgencyTexts; label: string; lang: 'vi' | 'en' }> = [
  { key: 'about', label: 'Giới thiệu (tiếng Việt)', lang: 'vi' },
  { key: 'aboutEn', label: 'Giới thiệu (tiếng Anh)', lang: 'en' },
  { key: 'functions', label: 'Chức năng, nhiệm vụ (tiếng Việt)', lang: 'vi' },
  { key: 'functionsEn', label: 'Chức năng, nhiệm vụ (tiếng Anh)', lang: 'en' },
];
const NO_MEDIA = new Map();

export function AgencyTextsForm({ initial, seen, action }: { initial: AgencyTexts; seen: string; action: (input: unknown) => Promise<ActionResult<null>> }) {
  const [values, setValues] = useState(initial);
  const [preview, setPreview] = useState(false);
  const { pending, answer, save } = useSave(action, 'Đã lưu trang giới thiệu và chức năng, nhiệm vụ.');
  return (
    <form
      aria-label="Giới thiệu và chức năng, nhiệm vụ"
      className="grid gap-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        save({ ...values, seen });
      }}
    >
      <p className="text-gray-700">
        Một dòng trống bắt đầu đoạn mới; dòng bắt đầu bằng “- ” là một ý trong danh sách; dòng bắt đầu bằng “## ” là tiêu đề nhỏ. Để trống bản tiếng Anh thì
        trang tiếng Anh hiện bản tiếng Việt.
      </p>
      <div className="grid gap-3 lg:grid-cols-2">
        {FIELDS.map((f) => (
          <label key={f.key} className="font-semibold">
            {f.label}
            <textarea
              name={f.key}
              lang={f.lang}
              rows={8}
              maxLength={MAX_PAGE_TEXT}
              value={values[f.key]}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
              className={fieldClass}
            />
          </label>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} aria-expanded={preview} onClick={() => setPreview((p) => !p)}>
          {preview ? 'Ẩn xem trước' : 'Xem trước'}
        </button>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Đang lưu…' : 'Lưu giới thiệu, chức năng'}
        </button>
      </div>
      <SaveAnswer answer={answer} />
      {preview ? (
        <section aria-label="Xem trước giới thiệu và chức năng, nhiệm vụ" className="grid gap-3 rounded border border-dashed border-gray-500 p-3">
          <p className="text-xs text-gray-700">Bản xem trước, chưa lưu.</p>
          {FIELDS.map((f) => {
            const parsed = pageTextToDoc(values[f.key], f.label);
            return (
              <div key={f.key}>
                <h3 className="font-bold">{f.label}</h3>
                {!parsed.ok ? (
                  <p role="alert" className="text-red-800">
                    {parsed.message}
                  </p>
                ) : parsed.doc ? (
                  <div lang={f.lang} className="article-body">
                    {renderBody(parsed.doc, { media: NO_MEDIA })}
                  </div>
                ) : (
                  <p className="text-gray-700">(trống)</p>
                )}
              </div>
            );
          })}
        </section>
      ) : null}
    </form>
  );
}
