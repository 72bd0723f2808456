import { setDigestAction } from './digest-actions';

/** "Thư tóm tắt hằng ngày": a choice per person, saved by a plain form. */
export function DigestSection({ digest, email, ok, error, mailConfigured }: { digest: boolean; email: string; ok?: string; error?: string; mailConfigured: boolean }) {
  return (
    <section id="thu-tom-tat" aria-labelledby="thu-tom-tat-tieu-de" className="rounded border border-line bg-white p-5">
      <h2 id="thu-tom-tat-tieu-de" className="text-xl font-bold">
        Thư tóm tắt thông báo hằng ngày
      </h2>
      <p className="mt-1 text-sm text-muted">
        Lúc 7 giờ sáng (giờ Việt Nam), tòa soạn gửi tới {email} danh sách các thông báo bạn chưa đọc từ lần gửi trước. Không có thông báo mới thì không gửi.
      </p>
      {mailConfigured ? null : <p className="mt-1 text-sm text-muted">Máy chủ thư chưa được cấu hình: lựa chọn được lưu, thư sẽ gửi khi có máy chủ thư.</p>}
      {ok === 'thu-tom-tat-bat' || ok === 'thu-tom-tat-tat' ? (
        <p role="status" className="mt-2 rounded bg-green-50 p-2 text-sm text-green-900">
          {ok === 'thu-tom-tat-bat' ? 'Đã bật thư tóm tắt hằng ngày.' : 'Đã tắt thư tóm tắt hằng ngày.'}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-2 rounded bg-red-50 p-2 text-sm font-semibold text-red-800">
          {error.slice(0, 300)}
        </p>
      ) : null}
      <form action={setDigestAction} className="mt-3 flex flex-wrap items-center gap-3">
        <p className="text-sm">
          Hiện tại: <strong data-testid="trang-thai-thu-tom-tat">{digest ? 'đang bật' : 'đang tắt'}</strong>
        </p>
        <input type="hidden" name="digest" value={digest ? 'off' : 'on'} />
        <button type="submit" className="rounded border border-gray-400 px-3 py-1 text-sm font-semibold hover:bg-gray-100">
          {digest ? 'Tắt thư tóm tắt' : 'Bật thư tóm tắt'}
        </button>
      </form>
    </section>
  );
}
