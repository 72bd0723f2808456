import { CopyLinkButton } from './copy-link-button';
import { PrintButton } from './print-button';

/**
 * Share, print and save (Decree 42/2022/NĐ-CP asks for print and archive on every news item).
 * Facebook and Zalo are plain links (no third-party script); only copy and print need JavaScript.
 */
export function ArticleTools({ url, slug }: { url: string; slug: string }) {
  const encoded = encodeURIComponent(url);
  return (
    <div className="no-print mt-8 flex flex-wrap items-center gap-2 border-t border-line pt-4 text-sm" role="group" aria-label="Chia sẻ, in và lưu bài">
      <span className="font-semibold">Chia sẻ:</span>
      <a className="article-tool" href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} target="_blank" rel="noopener noreferrer">
        Facebook<span className="sr-only"> (mở cửa sổ mới)</span>
      </a>
      <a className="article-tool" href={`https://sp.zalo.me/plugins/share?href=${encoded}&url=${encoded}`} target="_blank" rel="noopener noreferrer">
        Zalo<span className="sr-only"> (mở cửa sổ mới)</span>
      </a>
      <CopyLinkButton url={url} />
      <span className="ml-auto flex gap-2">
        <PrintButton />
        <a className="article-tool" href={`/bai-viet/${slug}/luu`} download>
          Lưu bài
        </a>
      </span>
    </div>
  );
}
