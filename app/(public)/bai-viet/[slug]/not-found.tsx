import Link from 'next/link';

// Also shown for a story that was withdrawn: Next.js pages can only answer 404 (see the report on
// 410 Gone in README.md, "Public site").
export default function ArticleNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-6xl font-bold text-brand">404</p>
      <h1 className="mt-4 text-2xl font-bold">Không tìm thấy bài viết</h1>
      <p className="mt-3 text-gray-700">Bài viết bạn tìm không tồn tại, đã được gỡ khỏi cổng thông tin hoặc đã chuyển sang địa chỉ khác.</p>
      <p className="mt-6 flex justify-center gap-3">
        <Link href="/" className="inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          Về trang chủ
        </Link>
        <Link href="/tim-kiem" className="inline-block rounded border border-gray-400 px-5 py-2 font-semibold hover:bg-gray-100">
          Tìm kiếm bài viết
        </Link>
      </p>
    </div>
  );
}
