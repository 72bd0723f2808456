import type { Page } from '@playwright/test';

export interface ParsedXml<T extends string> {
  error: string | null;
  root: string;
  /** Text of every element with this tag name (namespace prefix included, e.g. "news:title"). */
  texts: Record<T, string[]>;
}

/** Parses with the browser's XML parser, which refuses anything that is not well-formed XML. */
export async function parseXml<T extends string>(page: Page, xml: string, tags: T[]): Promise<ParsedXml<T>> {
  if (page.url() === 'about:blank' || !page.url().startsWith('http')) await page.goto('/robots.txt');
  const parsed = await page.evaluate(
    ({ xml, tags }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror');
      const texts: Record<string, string[]> = {};
      for (const tag of tags) texts[tag] = Array.from(doc.getElementsByTagName(tag)).map((e) => e.textContent ?? '');
      return { error: error ? (error.textContent ?? 'parse error') : null, root: doc.documentElement.nodeName, texts };
    },
    { xml, tags: tags as string[] },
  );
  return parsed as ParsedXml<T>;
}

export const slugOf = (url: string) => new URL(url).pathname.replace(/^\/bai-viet\//, '');
