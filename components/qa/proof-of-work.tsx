'use client';

// The self-hosted proof-of-work check of the question form (ALTCHA widget, lib/data/questions/challenge.ts
// on the server). Loaded only here, only with scripts, after the page is interactive: without
// scripts nothing of it exists and the form posts as before (the message waits unverified).
//
// auto="onsubmit": pressing "Gửi câu hỏi" first fetches a fresh challenge and solves it (about a
// second, shown as "Đang xác minh…"), then sends the form with the payload in a hidden field, so the
// challenge cannot expire while a citizen writes. The citizen may also tick the box earlier. If the
// check fails (no network, an old browser), the widget says so and the next press sends the form
// without it, unverified, as without scripts.
import 'altcha/altcha.css';
import type {} from 'altcha/types/react';
import { useEffect, useRef, useState } from 'react';
import { QA_CHALLENGE_FIELD, QA_CHALLENGE_URL } from '@/lib/qa/qa';

/** The widget's texts in Vietnamese (the package's own translation reads "robot" and "Vui lòng"). */
const STRINGS_VI = {
  ariaLinkLabel: 'ALTCHA (trang web của phần mềm xác minh)',
  cancel: 'Hủy',
  enterCode: 'Nhập mã',
  enterCodeAria: 'Nhập mã bạn nghe được. Nhấn phím cách để nghe.',
  enterCodeFromImage: 'Để tiếp tục, xin nhập mã trong hình dưới đây.',
  error: 'Không xác minh tự động được. Bạn vẫn có thể bấm “Gửi câu hỏi”: câu hỏi sẽ được kiểm duyệt như bình thường.',
  expired: 'Lượt xác minh đã hết hạn, sẽ xác minh lại khi bạn gửi.',
  footer: '',
  getAudioChallenge: 'Nghe mã',
  label: 'Tôi không phải là người máy',
  loading: 'Đang tải…',
  reload: 'Tải lại',
  verificationRequired: 'Cần xác minh trước khi gửi.',
  verified: 'Đã xác minh',
  verify: 'Xác minh',
  verifying: 'Đang xác minh…',
  waitAlert: 'Đang xác minh, xin chờ trong giây lát…',
};

/** Only what the server can use: no interaction signals are collected, no third-party link is shown. */
const CONFIGURATION = JSON.stringify({ humanInteractionSignature: false, hideFooter: true });

type Widget = HTMLElement & { reset: () => void; getState: () => string };

async function loadWidget(): Promise<void> {
  // The build without bundled workers: its PBKDF2 worker is a file of this site (CSP worker-src 'self').
  await import('altcha/external');
  const altcha = globalThis.$altcha;
  altcha.i18n.set('vi', STRINGS_VI);
  altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker(new URL('./proof-of-work-worker.ts', import.meta.url)));
}

export function ProofOfWork() {
  const [ready, setReady] = useState(false);
  const ref = useRef<Widget>(null);
  useEffect(() => {
    let live = true;
    loadWidget().then(
      () => live && setReady(true),
      // The form works without the widget: the message is then stored unverified.
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const widget = ref.current;
    if (!ready || !widget) return;
    // A challenge solved early (the box ticked) and left past its 20 minutes: start over, so that
    // pressing "Gửi câu hỏi" solves a fresh one instead of sending an expired payload.
    const onExpired = () => widget.reset();
    // A second press while the challenge is being solved would send the form without the payload
    // (and then again with it): the form is noValidate, so the widget's own "required" guard does
    // not hold it back. Ignore that press; the widget sends the form itself once it is done.
    const form = widget.closest('form');
    const onSubmit = (event: SubmitEvent) => {
      if (widget.getState() !== 'verifying') return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    widget.addEventListener('expired', onExpired);
    form?.addEventListener('submit', onSubmit, { capture: true });
    return () => {
      widget.removeEventListener('expired', onExpired);
      form?.removeEventListener('submit', onSubmit, { capture: true });
    };
  }, [ready]);
  if (!ready) return null;
  return <altcha-widget ref={ref} challenge={QA_CHALLENGE_URL} name={QA_CHALLENGE_FIELD} auto="onsubmit" display="standard" type="checkbox" language="vi" configuration={CONFIGURATION} />;
}
