import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/article/json-ld';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { localePath } from '@/i18n/routing';
import { enterLocale, languageAlternates, readerLocale } from '@/i18n/server';
import { publicDocumentBySlug } from '@/lib/data/documents/public';
import { siteOrigin } from '@/lib/data/public/origin';
import { getSiteSettings } from '@/lib/data/site/site';
import { legislationJsonLd } from '@/lib/documents/json-ld';
import { RELATION_LABEL } from '@/lib/documents/lineage';
import { EFFECT_LABEL } from '@/lib/documents/status';
import { formatMegabytes } from '@/lib/media/limits';

const fileSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.ceil(bytes / 1024))} KB` : formatMegabytes(bytes));

// Cached, revalidated when this document or one it links changes; daily too (status follows the date).
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

const dmy = (iso: string) => iso.split('-').reverse().join('/');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  const [{ slug }, { locale }] = await Promise.all([params, readerLocale()]);
  const doc = await publicDocumentBySlug(slug);
  if (!doc) return {};
  return { title: `${doc.typeName} ${doc.numberSymbol}`, description: doc.summary.slice(0, 300), alternates: languageAlternates(`/van-ban/${doc.slug}`, locale) };
}

export default async function DocumentPage({ params }: Props) {
  await enterLocale(params);
  const [{ slug }, { locale }, t] = await Promise.all([params, readerLocale(), getTranslations('Documents')]);
  const doc = await publicDocumentBySlug(slug);
  if (!doc) notFound();
  const [origin, settings] = await Promise.all([siteOrigin(), getSiteSettings()]);
  const vi = locale === 'vi' ? undefined : 'vi';
  // [label, value, whether the value is Vietnamese text]
  const rows: Array<[string, string | null, boolean]> = [
    [t('number'), doc.numberSymbol, false],
    [t('type'), doc.typeName, true],
    [t('issuer'), doc.issuer, true],
    [t('issuedOn'), dmy(doc.issuedOn), false],
    [t('effectiveOn'), doc.effectiveOn ? dmy(doc.effectiveOn) : null, false],
    [t('expiresOn'), doc.expiresOn ? dmy(doc.expiresOn) : null, false],
    [t('signer'), doc.signerName ? `${doc.signerName}${doc.signerTitle ? `, ${doc.signerTitle}` : ''}` : null, true],
    [t('field'), doc.field || null, true],
    [t('status'), EFFECT_LABEL[doc.status][locale], false],
  ];
  return (
    <article>
      <JsonLd data={legislationJsonLd(doc, origin, settings.agencyName)} />
      <Breadcrumb items={[{ name: t('title'), href: localePath('/van-ban', locale) }, { name: doc.numberSymbol }]} />
      <h1 className="text-2xl font-bold text-brand-dark">
        <span lang={vi}>{doc.typeName}</span> {doc.numberSymbol}
      </h1>
      <p lang={vi} className="mt-2 text-lg">{doc.summary}</p>
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        {rows
          .filter((r): r is [string, string, boolean] => r[1] !== null)
          .map(([label, value, vietnamese]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd lang={vietnamese ? vi : undefined}>{value}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby="tep-van-ban" className="mt-6">
        <h2 id="tep-van-ban" className="border-b-2 border-brand pb-1 text-lg font-bold">{t('files')}</h2>
        {doc.files.length === 0 ? (
          <p className="mt-2">{t('noFiles')}</p>
        ) : (
          <ul className="mt-2 grid gap-1">
            {doc.files.map((f) => (
              <li key={f.id}>
                <a href={`/van-ban/tep/${f.id}`} className="text-blue-800 underline" download={f.originalFilename}>
                  {t('download', { format: f.format.toUpperCase(), size: fileSize(f.byteSize) })}
                </a>{' '}
                <span className="text-sm text-gray-700">{f.originalFilename}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="luoc-do" className="mt-6">
        <h2 id="luoc-do" className="border-b-2 border-brand pb-1 text-lg font-bold">{t('lineage')}</h2>
        {doc.lineage.length === 0 ? (
          <p className="mt-2">{t('noLineage')}</p>
        ) : (
          <ul className="mt-2 grid gap-2">
            {doc.lineage.map((l) => {
              const label = RELATION_LABEL[l.relation];
              return (
                <li key={`${l.slug}-${l.relation}-${l.inverse}`}>
                  <span className="font-semibold">{locale === 'vi' ? (l.inverse ? label.viInverse : label.vi) : l.inverse ? label.enInverse : label.en}:</span>{' '}
                  <a href={localePath(`/van-ban/${l.slug}`, locale)} className="text-blue-800 underline">
                    <span lang={vi}>{l.typeName}</span> {l.numberSymbol}
                  </a>{' '}
                  ({dmy(l.issuedOn)}) <span lang={vi}>{l.summary}</span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {doc.articles.length > 0 ? (
        <section aria-labelledby="tin-bai" className="mt-6">
          <h2 id="tin-bai" className="border-b-2 border-brand pb-1 text-lg font-bold">{t('relatedStories')}</h2>
          <ul className="mt-2 grid gap-1">
            {doc.articles.map((a) => (
              <li key={a.slug}>
                <a href={localePath(`/bai-viet/${a.slug}`, locale)} className="text-blue-800 underline" lang={vi}>{a.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
