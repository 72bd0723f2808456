import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { renderBody } from '@/lib/content/render';
import { publicAgencyPage } from '@/lib/data/public-agency';
import { publicUnitTree, type UnitNode } from '@/lib/data/public-taxonomy';

export const metadata: Metadata = { title: 'Cơ cấu tổ chức', alternates: { canonical: '/co-cau-to-chuc' } };

function UnitList({ nodes }: { nodes: UnitNode[] }) {
  return (
    <ul className="ml-5 mt-2 grid list-disc gap-1">
      {nodes.map((n) => (
        <li key={n.slug}>
          <Link href={`/don-vi/${n.slug}`} className="text-blue-800 underline hover:text-brand">
            {n.name}
          </Link>
          {n.children.length ? <UnitList nodes={n.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function OrganisationPage() {
  const [{ settings, body, media }, tree] = await Promise.all([publicAgencyPage('organisation'), publicUnitTree()]);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ name: 'Cơ cấu tổ chức' }]} />
      <h1 className="text-2xl font-bold text-brand-dark">Cơ cấu tổ chức</h1>
      <section aria-labelledby="chuc-nang-nhiem-vu" className="mt-4">
        <h2 id="chuc-nang-nhiem-vu" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
          Chức năng, nhiệm vụ
        </h2>
        {body ? (
          <div className="article-body mt-3">{renderBody(body, { media })}</div>
        ) : (
          <p className="mt-3 text-gray-800">Chức năng, nhiệm vụ của {settings.agencyName} sẽ được cập nhật.</p>
        )}
      </section>
      {tree.length > 0 ? (
        <section aria-labelledby="cac-don-vi" className="mt-8">
          <h2 id="cac-don-vi" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
            Các đơn vị
          </h2>
          <UnitList nodes={tree} />
        </section>
      ) : null}
    </div>
  );
}
