import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocumentForm } from '@/components/newsroom/document-form';
import { pageData } from '@/lib/auth/guard';
import { DataError } from '@/lib/data/errors';
import { documentEditorPage } from '@/lib/data/documents/staff';
import { formatMegabytes } from '@/lib/media/limits';
import { publishDocumentAction, removeDocumentFileAction, updateDocumentAction, withdrawDocumentAction } from '../actions';

export const metadata: Metadata = { title: 'Sửa văn bản' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ok?: string; loi?: string }> };

const button = 'rounded border border-gray-600 px-3 py-1 font-semibold hover:bg-gray-100';
const RELATION: Record<string, string> = { amends: 'Sửa đổi', supplements: 'Bổ sung', replaces: 'Thay thế', repeals: 'Bãi bỏ', guides: 'Hướng dẫn' };

export default async function EditDocumentPage({ params, searchParams }: Props) {
  const [{ id }, { ok, loi }] = await Promise.all([params, searchParams]);
  const data = await pageData(`/toa-soan/van-ban/${id}`, async (viewer) => {
    try {
      return await documentEditorPage(viewer, id);
    } catch (error) {
      if (error instanceof DataError && error.code === 'not_found') return null;
      throw error;
    }
  });
  if (!data) notFound();
  const { doc, files, links, incoming, articles, options } = data;
  const published = doc.status === 'published';
  return (
    <div className="grid gap-4">
      <p className="text-sm"><Link href="/toa-soan/van-ban" className="text-blue-800 underline">← Danh sách văn bản</Link></p>
      <h1 className="text-xl font-bold">Văn bản {doc.numberSymbol}</h1>
      {ok ? <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">{ok.slice(0, 200)}</p> : null}
      {loi ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">{loi.slice(0, 400)}</p> : null}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span>
          Trạng thái: <strong>{published ? 'Đã đăng' : 'Bản nháp'}</strong>
        </span>
        <form action={published ? withdrawDocumentAction : publishDocumentAction}>
          <input type="hidden" name="id" value={doc.id} />
          <input type="hidden" name="version" value={doc.version} />
          <button type="submit" className={button}>{published ? 'Gỡ khỏi cổng' : 'Đăng lên cổng'}</button>
        </form>
        {published ? <a href={`/van-ban/${doc.slug}`} className="text-blue-800 underline">Xem trên cổng</a> : null}
      </div>
      <section aria-labelledby="tep" className="grid gap-2 text-sm">
        <h2 id="tep" className="text-lg font-bold">Tệp đã tải lên ({files.length})</h2>
        <ul className="grid gap-1">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2">
              <span>
                {f.originalFilename} ({f.format.toUpperCase()}, {formatMegabytes(f.byteSize)})
              </span>
              <form action={removeDocumentFileAction}>
                <input type="hidden" name="id" value={doc.id} />
                <input type="hidden" name="fileId" value={f.id} />
                <button type="submit" className={button}>Gỡ tệp</button>
              </form>
            </li>
          ))}
        </ul>
      </section>
      {incoming.length ? (
        <section aria-labelledby="bi-tac-dong" className="text-sm">
          <h2 id="bi-tac-dong" className="text-lg font-bold">Văn bản tác động đến văn bản này</h2>
          <ul>
            {incoming.map((l) => (
              <li key={`${l.id}-${l.relation}`}>
                {RELATION[l.relation]} bởi <Link href={`/toa-soan/van-ban/${l.id}`} className="text-blue-800 underline">{l.numberSymbol}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="text-lg font-bold">Sửa thông tin</h2>
      <DocumentForm
        values={{
          id: doc.id,
          version: doc.version,
          typeId: doc.typeId,
          issuer: doc.issuer,
          numberSymbol: doc.numberSymbol,
          issuedOn: doc.issuedOn,
          effectiveOn: doc.effectiveOn ?? '',
          expiresOn: doc.expiresOn ?? '',
          signerName: doc.signerName,
          signerTitle: doc.signerTitle,
          signerPersonId: doc.signerPersonId ?? '',
          summary: doc.summary,
          field: doc.field,
          links: links.map((l) => ({ targetId: l.targetId, relation: l.relation })),
          articleIds: articles.map((a) => a.id),
        }}
        options={options}
        action={updateDocumentAction}
      />
    </div>
  );
}
