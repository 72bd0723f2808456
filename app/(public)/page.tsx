import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleCard } from '@/components/article/article-card';
import { publicHomePage } from '@/lib/data/public-articles';
import { getSiteSettings } from '@/lib/data/site';

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    title: { absolute: settings.siteTitle },
    description: settings.tagline || undefined,
    alternates: { canonical: '/', types: { 'application/rss+xml': [{ url: '/rss.xml', title: settings.siteTitle }] } },
    openGraph: { url: '/', title: settings.siteTitle, description: settings.tagline || undefined },
  };
}

export default async function HomePage() {
  const [home, settings] = await Promise.all([publicHomePage(), getSiteSettings()]);
  return (
    <>
      <h1 className="sr-only">{settings.siteTitle}</h1>
      {home.lead ? (
        <section aria-labelledby="tin-noi-bat" className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <h2 id="tin-noi-bat" className="sr-only">
            Tin nổi bật
          </h2>
          <ArticleCard article={home.lead} variant="lead" />
          <div className="grid content-start gap-5">
            {home.highlights.map((a) => (
              <ArticleCard key={a.id} article={a} variant="compact" />
            ))}
          </div>
        </section>
      ) : (
        <p className="py-12 text-center text-muted">Chưa có bài viết nào được xuất bản.</p>
      )}

      <div className="mt-10 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-10">
          {home.sections.map((section) => (
            <section key={section.slug} aria-labelledby={`cm-${section.slug}`}>
              <h2 id={`cm-${section.slug}`} className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
                <Link href={`/chuyen-muc/${section.slug}`} className="hover:underline">
                  {section.name}
                </Link>
              </h2>
              <div>
                {section.articles.map((a) => (
                  <ArticleCard key={a.id} article={a} variant="list" />
                ))}
              </div>
            </section>
          ))}
        </div>
        <section aria-labelledby="tin-moi" className="content-start">
          <h2 id="tin-moi" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
            Tin mới nhất
          </h2>
          <div className="mt-3 grid gap-4">
            {home.latest.map((a) => (
              <ArticleCard key={a.id} article={a} variant="compact" />
            ))}
          </div>
        </section>
      </div>
    </>
  );
}
