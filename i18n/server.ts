import 'server-only';
import { notFound } from 'next/navigation';
import { getLocale, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { isLocale, localePath, type Locale } from './routing';

/** The `[locale]` segment's params (app/[locale]: proxy.ts maps /... to /vi/..., /en/... stays). */
export type LocaleParams = Promise<{ locale: string }>;

/**
 * Sets the interface language of this render from the address. Every reader page, layout and
 * generateMetadata calls it first: next-intl would otherwise read it from a request header, which
 * makes a page dynamic, and a cached page must depend on its address alone.
 */
export async function enterLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The request's interface locale and a function turning a reader path into its address in it. */
export async function readerLocale(): Promise<{ locale: Locale; href: (path: string) => string }> {
  const locale = await getLocale();
  return { locale, href: (path: string) => localePath(path, locale) };
}

/** A name with an optional English form: the English one in /en when it is set, else the Vietnamese one marked lang="vi". */
export interface LocalText {
  text: string;
  /** Set when the text is not in the interface language (for a lang attribute). */
  lang?: Locale;
}

export function localText(vietnamese: string, english: string, locale: Locale): LocalText {
  if (locale === 'vi' || !english.trim()) return locale === 'vi' ? { text: vietnamese } : { text: vietnamese, lang: 'vi' };
  return { text: english };
}

/** The lang attribute for content written in `language` shown in a `locale` interface (undefined when they agree). */
export const langIfOther = (language: string, locale: Locale): string | undefined => (language === locale ? undefined : language);

/** canonical and hreflang alternates of a reader page that exists in both languages. */
export function languageAlternates(path: string, locale: Locale): NonNullable<Metadata['alternates']> {
  return {
    canonical: localePath(path, locale),
    languages: { vi: path, en: localePath(path, 'en'), 'x-default': path },
  };
}
