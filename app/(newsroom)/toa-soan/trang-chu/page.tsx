import type { Metadata } from 'next';
import { pageData } from '@/lib/auth/guard';
import { homePicksForEditor, MAX_HIGHLIGHTS } from '@/lib/data/home/home-picks';
import { toVietnamInput } from '@/lib/time/local-input';
import { PicksEditor } from './picks-editor';

export const metadata: Metadata = { title: 'Trang chủ: bài nổi bật' };

export default async function HomeCurationPage() {
  const picks = await pageData('/toa-soan/trang-chu', (viewer) => homePicksForEditor(viewer));
  return (
    <div className="grid gap-4">
      <h1 className="text-xl font-bold">Trang chủ: bài chính và bài nổi bật</h1>
      <p className="text-sm">
        Bài đầu danh sách là bài chính; tiếp theo là tối đa {MAX_HIGHLIGHTS} bài nổi bật. Sắp xếp bằng cách kéo thả hoặc nút Lên/Xuống. Khi không chọn bài nào, hoặc bài đã hết hạn hiển thị, trang chủ
        tự lấy bài mới nhất.
      </p>
      <PicksEditor
        max={MAX_HIGHLIGHTS + 1}
        initial={picks.map((p) => ({ articleId: p.articleId, title: p.title, expiresAt: p.expiresAt ? toVietnamInput(p.expiresAt) : '', visible: p.visible }))}
      />
    </div>
  );
}
