import type { DataError } from '@/lib/data/errors';

/**
 * What a form shows for a refusal. A door's schema message names the field for API clients
 * ("endsAt: Thời gian kết thúc phải sau…"); on a form the person sees the field itself, so the code
 * name is dropped and only the Vietnamese messages stay. Unknown keys keep the door's full message.
 */
export function formMessage(error: DataError): string {
  const issues = error.details?.issues;
  if (!Array.isArray(issues) || issues.length === 0) return error.userMessage;
  const messages: string[] = [];
  for (const issue of issues as Array<{ code?: unknown; message?: unknown }>) {
    if (issue?.code === 'unrecognized_keys' || typeof issue?.message !== 'string') return error.userMessage;
    messages.push(issue.message);
  }
  return [...new Set(messages)].join(' ');
}
