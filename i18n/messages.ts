import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';
import type { Locale } from './routing';

// Vietnamese is the reference: every English message exists because the types say so
// (messages/en.json is checked against vi.json in i18n/messages.test.ts).
export type Messages = typeof vi;

const MESSAGES: Record<Locale, Messages> = { vi, en };

export const messagesFor = (locale: Locale): Messages => MESSAGES[locale];

/**
 * A translator that needs no request, for documents rendered outside a page (the saved story,
 * the 410 page) and for text in a story's own language rather than the shell's.
 */
export function translatorFor<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}
