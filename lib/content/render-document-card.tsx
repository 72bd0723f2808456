// A document card for readers: number and symbol, type, issue date, summary, a link to the
// document's page and its files to download. Only documents the page loaded as published are in the
// map; any other card renders nothing, so a withdrawn document never leaks through a story.
import type { ReactNode } from 'react';
import type { DocumentCardView } from './document-card';

/** "2024-03-01" -> "01/03/2024": a calendar day, no time zone involved. */
export function dayMonthYear(isoDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDay;
}

function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

export function renderDocumentCard(attrs: Record<string, unknown> | undefined, key: string, documents: ReadonlyMap<string, DocumentCardView> | undefined): ReactNode {
  const id = attrs?.documentId;
  const doc = typeof id === 'string' ? documents?.get(id) : undefined;
  if (!doc) return null;
  const href = `/van-ban/${doc.slug}`;
  return (
    <aside key={key} className="document-card" aria-label={`${doc.typeName} số ${doc.numberSymbol}`}>
      <p className="document-card-type">{doc.typeName}</p>
      <p className="document-card-number">
        <a href={href}>Số {doc.numberSymbol}</a>
      </p>
      <p className="document-card-date">
        Ngày ban hành: <time dateTime={doc.issuedOn}>{dayMonthYear(doc.issuedOn)}</time>
      </p>
      <p className="document-card-summary">{doc.summary}</p>
      {doc.files.length > 0 ? (
        <ul className="document-card-files">
          {doc.files.map((f) => (
            <li key={f.id}>
              <a href={`/van-ban/tep/${f.id}`} download={f.originalFilename}>
                Tải về {f.originalFilename} ({f.format.toUpperCase()}, {fileSize(f.byteSize)})
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="document-card-more">
        <a href={href}>Xem toàn văn và hiệu lực của văn bản</a>
      </p>
    </aside>
  );
}
