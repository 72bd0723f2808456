import { getTranslations } from 'next-intl/server';
import { localePath, type Locale } from '@/i18n/routing';
import { publicDocumentsOfArticle } from '@/lib/data/documents/public';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The published documents related to a story (văn bản liên quan), under its text. */
export async function RelatedDocuments({ articleId, locale }: { articleId: string; locale: Locale }) {
  const [docs, t] = await Promise.all([publicDocumentsOfArticle(articleId), getTranslations('Documents')]);
  if (docs.length === 0) return null;
  const vi = locale === 'vi' ? undefined : 'vi';
  return (
    <section aria-labelledby="van-ban-lien-quan" className="mt-6 rounded border border-line p-4">
      <h2 id="van-ban-lien-quan" className="text-base font-bold text-brand-dark">{t('relatedDocuments')}</h2>
      <ul className="mt-2 grid gap-1 text-sm">
        {docs.map((d) => (
          <li key={d.slug}>
            <a href={localePath(`/van-ban/${d.slug}`, locale)} className="text-blue-800 underline">
              <span lang={vi}>{d.typeName}</span> {d.numberSymbol}
            </a>{' '}
            ({dmy(d.issuedOn)}) <span lang={vi}>{d.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
