import { QA_RETENTION_MONTHS } from '@/lib/qa/qa';

const CONTACT_PAGE = '/lien-he';

/** What is kept and for how long (Decree 13/2023/NĐ-CP on personal data protection). */
export function PrivacyNotice() {
  return (
    <section aria-labelledby="bao-ve-du-lieu" className="mt-6 rounded border border-line bg-gray-50 p-4 text-sm">
      <h2 id="bao-ve-du-lieu" className="text-base font-bold">
        Thông báo về xử lý dữ liệu cá nhân
      </h2>
      <p className="mt-2">Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, chúng tôi cho bạn biết:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          <strong>Dữ liệu được thu thập:</strong> họ và tên, địa chỉ email, số điện thoại (nếu bạn ghi), chủ đề và nội dung câu hỏi. Chúng tôi không lưu địa chỉ IP của bạn: chỉ lưu một mã băm có khóa bí mật (không thể đổi ngược ra địa chỉ) để giới hạn số câu hỏi gửi từ một nơi trong 24 giờ.
        </li>
        <li>
          <strong>Mục đích:</strong> chuyển câu hỏi đến đơn vị chuyên môn, trả lời bạn và báo cho bạn qua email khi có câu trả lời. Dữ liệu không được dùng vào việc khác và không chuyển cho bên thứ ba.
        </li>
        <li>
          <strong>Công khai:</strong> khi đăng câu trả lời, chỉ nội dung câu hỏi và tên rút gọn (ví dụ “Nguyễn V. A.”) được hiển thị; email và số điện thoại không bao giờ được công bố.
        </li>
        <li>
          <strong>Thời hạn lưu trữ:</strong> {QA_RETENTION_MONTHS} tháng kể từ khi câu hỏi được trả lời (hoặc không được tiếp nhận). Hết thời hạn, họ tên được rút gọn, email và số điện thoại bị xóa.
        </li>
        <li>
          <strong>Quyền của bạn:</strong> bạn có thể yêu cầu xem, sửa hoặc xóa dữ liệu của mình sớm hơn bằng cách liên hệ với chúng tôi (trang{' '}
          <a href={CONTACT_PAGE} className="text-blue-800 underline">
            Liên hệ
          </a>
          ) kèm mã theo dõi câu hỏi.
        </li>
      </ul>
    </section>
  );
}
