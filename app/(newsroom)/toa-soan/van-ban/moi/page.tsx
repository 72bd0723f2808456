import Link from 'next/link';
import type { Metadata } from 'next';
import { DocumentForm } from '@/components/newsroom/document-form';
import { pageData } from '@/lib/auth/guard';
import { documentFormOptions } from '@/lib/data/documents/staff';
import { createDocumentAction } from '../actions';

export const metadata: Metadata = { title: 'Thêm văn bản' };

export default async function NewDocumentPage() {
  const options = await pageData('/toa-soan/van-ban/moi', (viewer) => documentFormOptions(viewer));
  const empty = { typeId: '', issuer: '', numberSymbol: '', issuedOn: '', effectiveOn: '', expiresOn: '', signerName: '', signerTitle: '', signerPersonId: '', summary: '', field: '', links: [], articleIds: [] };
  return (
    <div className="grid gap-4">
      <p className="text-sm"><Link href="/toa-soan/van-ban" className="text-blue-800 underline">← Danh sách văn bản</Link></p>
      <h1 className="text-xl font-bold">Thêm văn bản</h1>
      <p className="text-sm text-gray-700">Văn bản được lưu thành bản nháp; bạn đọc chỉ thấy sau khi bấm “Đăng lên cổng”.</p>
      <DocumentForm values={empty} options={options} action={createDocumentAction} />
    </div>
  );
}
