import { problem, problemFromError } from '@/lib/auth/api';
import { newQuestionChallenge } from '@/lib/data/questions/challenge';
import { ANONYMOUS } from '@/lib/policy/roles';

// The proof-of-work challenge of the question form (/hoi-dap/gui), fetched by the ALTCHA widget
// when scripts run (components/qa/proof-of-work.tsx). Every answer is new and signed, expires in
// 20 minutes, and must never be stored by a cache: a shared copy would let many people (or one
// robot) solve once. No database work: the challenge is checked, and marked used, when the form is
// sent (lib/data/questions/submit.ts). Reader pages are untouched: they stay cached, and only the
// form page loads the widget.
export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const challenge = await newQuestionChallenge();
    if (!challenge) return problem(503, 'unavailable', 'Máy chủ chưa được cấu hình khóa bí mật (AUTH_SECRET) nên chưa cấp được thử thách xác minh. Câu hỏi vẫn gửi được và chờ kiểm duyệt như khi không có JavaScript.');
    return Response.json(challenge, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return problemFromError(error, ANONYMOUS);
  }
}
