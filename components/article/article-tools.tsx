import { getTranslations } from 'next-intl/server';
import { CopyLinkButton } from './copy-link-button';
import { PrintButton } from './print-button';

/**
 * Share, print and save (Decree 42/2022/NĐ-CP asks for print and archive on every news item).
 * Facebook and Zalo are plain links (no third-party script); only copy and print need JavaScript,
 * and they get their words as props rather than a translation runtime.
 */
export async function ArticleTools({ url, slug }: { url: string; slug: string }) {
  const t = await getTranslations('Article');
  const encoded = encodeURIComponent(url);
  return (
    <div className="no-print mt-8 flex flex-wrap items-center gap-2 border-t border-line pt-4 text-sm" role="group" aria-label={t('toolsLabel')}>
      <span className="font-semibold">{t('share')}</span>
      <a className="article-tool" href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} target="_blank" rel="noopener noreferrer">
        Facebook<span className="sr-only">{t('newWindow')}</span>
      </a>
      <a className="article-tool" href={`https://sp.zalo.me/plugins/share?href=${encoded}&url=${encoded}`} target="_blank" rel="noopener noreferrer">
        Zalo<span className="sr-only">{t('newWindow')}</span>
      </a>
      <CopyLinkButton url={url} labels={{ copy: t('copyLink'), copied: t('copied'), failed: t('copyFailed', { url }) }} />
      <span className="ml-auto flex gap-2">
        <PrintButton label={t('print')} />
        <a className="article-tool" href={`/bai-viet/${slug}/luu`} download>
          {t('save')}
        </a>
      </span>
    </div>
  );
}
