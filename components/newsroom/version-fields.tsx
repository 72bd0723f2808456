import { ScrollRegion } from './scroll-region';
import type { DescribedField } from '@/lib/content/describe-version';

/** Two versions' fields side by side; changed rows are marked (not by colour alone). */
export function VersionFieldsCompare({ older, newer, olderLabel, newerLabel }: { older: DescribedField[]; newer: DescribedField[]; olderLabel: string; newerLabel: string }) {
  return (
    <ScrollRegion label="Thông tin bài ở hai phiên bản (cuộn ngang để xem hết các cột)">
      <table className="w-full border-collapse text-sm" data-testid="so-sanh-thong-tin">
        <caption className="sr-only">Thông tin bài ở hai phiên bản</caption>
        <thead>
          <tr className="border-b border-gray-300 text-left">
            <th scope="col" className="p-2">
              Mục
            </th>
            <th scope="col" className="p-2">
              {olderLabel}
            </th>
            <th scope="col" className="p-2">
              {newerLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {newer.map((field, i) => {
            const before = older[i]?.value ?? '';
            const changed = before !== field.value;
            return (
              <tr key={field.field} className={`border-b border-gray-200 align-top ${changed ? 'bg-amber-50' : ''}`} data-field={field.field} data-changed={changed ? 'true' : undefined}>
                <th scope="row" className="p-2 text-left font-semibold">
                  {field.label}
                  {changed ? <span className="ml-1 rounded bg-amber-200 px-1 text-xs font-normal">đã đổi</span> : null}
                </th>
                <td className={`whitespace-pre-wrap p-2 ${changed ? 'text-red-900' : ''}`}>{changed ? <del>{before || '—'}</del> : before || '—'}</td>
                <td className={`whitespace-pre-wrap p-2 ${changed ? 'text-green-900' : ''}`}>{changed ? <ins className="no-underline">{field.value || '—'}</ins> : field.value || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** One version's fields, as the leader reads them before signing. */
export function VersionFieldsList({ fields, changed }: { fields: DescribedField[]; changed?: ReadonlySet<string> }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]" data-testid="thong-tin-trinh-duyet">
      {fields.map((f) => (
        <div key={f.field} className="contents" data-field={f.field}>
          <dt className="font-semibold">
            {f.label}
            {changed?.has(f.field) ? <span className="ml-1 rounded bg-amber-200 px-1 text-xs font-normal">mới đổi</span> : null}
          </dt>
          <dd className="whitespace-pre-wrap">{f.value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
