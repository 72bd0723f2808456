import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartUnitForm } from '@/components/newsroom/agency/chart-unit-form';
import { ContactsForm } from '@/components/newsroom/agency/contacts-form';
import { AgencyTextsForm } from '@/components/newsroom/agency/texts-form';
import type { ChartNode } from '@/lib/agency/chart';
import { pageData } from '@/lib/auth/guard';
import { agencyPagesForAdmin, MAX_CONTACTS } from '@/lib/data/site/agency-pages';
import { saveAgencyTextsAction, saveChartUnitAction, saveLiaisonContactsAction } from './actions';

export const metadata: Metadata = { title: 'Trang giới thiệu cơ quan' };

function flatten(nodes: ChartNode[], depth = 0): Array<{ node: ChartNode; depth: number }> {
  return nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)]);
}

export default async function AgencyPagesSettings() {
  const data = await pageData('/toa-soan/cai-dat/trang-co-quan', (viewer) => agencyPagesForAdmin(viewer));
  const agency = { name: data.agencyName, nameEn: data.agencyNameEn };
  const units = [...(data.chart.root ? [{ node: data.chart.root, depth: 0 }] : []), ...flatten(data.chart.units, data.chart.root ? 1 : 0)];
  return (
    <div className="grid min-w-0 gap-6">
      <div>
        <h1 className="text-xl font-bold">Trang giới thiệu cơ quan</h1>
        <p className="mt-1 text-sm text-gray-700">
          Giới thiệu, chức năng nhiệm vụ, cơ cấu tổ chức và cán bộ đầu mối bằng tiếng Việt và tiếng Anh (Nghị định 42/2022/NĐ-CP). Mỗi lần lưu được ghi nhật ký và
          bạn đọc thấy ngay. Tên cơ quan (gốc của sơ đồ tổ chức) sửa ở <Link href="/toa-soan/cai-dat" className="font-semibold underline">Cấu hình</Link>.
        </p>
      </div>
      <section aria-labelledby="gioi-thieu" className="min-w-0 rounded border border-gray-300 bg-white p-4">
        <h2 id="gioi-thieu" className="mb-2 font-bold">Giới thiệu và chức năng, nhiệm vụ</h2>
        <AgencyTextsForm initial={data.texts} seen={data.seen} action={saveAgencyTextsAction} />
      </section>
      <section aria-labelledby="co-cau" className="grid min-w-0 gap-3">
        <h2 id="co-cau" className="text-lg font-bold">Cơ cấu tổ chức</h2>
        <p className="text-sm text-gray-700">
          Các đơn vị và quan hệ cấp trên, cấp dưới lấy từ <Link href="/toa-soan/nhan-vat" className="font-semibold underline">danh mục nhân vật, đơn vị</Link>.
        </p>
        {units.length === 0 ? <p className="text-sm">Danh mục chưa có đơn vị nào.</p> : null}
        {units.map(({ node, depth }) => (
          <div key={node.id} style={{ marginLeft: `${Math.min(depth, 3) * 0.75}rem` }} className="min-w-0">
            <ChartUnitForm
              unit={{ id: node.id, slug: node.slug, name: node.name, nameEn: node.nameEn, head: node.head }}
              isAgency={node.id === data.chart.root?.id}
              agency={agency}
              people={data.people}
              action={saveChartUnitAction}
            />
          </div>
        ))}
      </section>
      <section aria-labelledby="dau-moi" className="min-w-0 rounded border border-gray-300 bg-white p-4">
        <h2 id="dau-moi" className="mb-2 font-bold">Cán bộ đầu mối</h2>
        <ContactsForm initial={data.contacts} units={data.units} max={MAX_CONTACTS} seen={data.seen} action={saveLiaisonContactsAction} />
      </section>
    </div>
  );
}
