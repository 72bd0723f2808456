import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { renderBody } from '@/lib/content/render';
import { publicAgencyPage } from '@/lib/data/public-agency';

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await publicAgencyPage('about');
  return { title: 'Giới thiệu', description: `Giới thiệu ${settings.agencyName}.`, alternates: { canonical: '/gioi-thieu' } };
}

export default async function AboutPage() {
  const { settings, body, media } = await publicAgencyPage('about');
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ name: 'Giới thiệu' }]} />
      <h1 className="text-2xl font-bold text-brand-dark">Giới thiệu</h1>
      {body ? (
        <div className="article-body mt-4">{renderBody(body, { media })}</div>
      ) : (
        <div className="article-body mt-4">
          <p>
            {settings.siteTitle} là kênh thông tin chính thức của {settings.agencyName}
            {settings.parentAgencyName ? `, cơ quan của ${settings.parentAgencyName}` : ''}, cung cấp tin tức về hoạt động của cơ quan, chính sách và
            chiến lược phát triển kinh tế - xã hội.
          </p>
          {settings.tagline ? <p>{settings.tagline}.</p> : null}
        </div>
      )}
      <dl className="mt-8 grid gap-x-6 gap-y-2 border-t border-line pt-4 text-sm sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">Cơ quan chủ quản</dt>
        <dd>{settings.agencyName}</dd>
        {settings.responsiblePerson ? (
          <>
            <dt className="font-semibold">Người chịu trách nhiệm</dt>
            <dd>
              {settings.responsiblePerson}
              {settings.responsibleTitle ? `, ${settings.responsibleTitle}` : ''}
            </dd>
          </>
        ) : null}
        {settings.licence ? (
          <>
            <dt className="font-semibold">Giấy phép</dt>
            <dd>{settings.licence}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-6 text-sm">
        Xem thêm:{' '}
        <Link href="/co-cau-to-chuc" className="text-blue-800 underline">
          Cơ cấu tổ chức
        </Link>{' '}
        ·{' '}
        <Link href="/lien-he" className="text-blue-800 underline">
          Liên hệ
        </Link>
      </p>
    </div>
  );
}
