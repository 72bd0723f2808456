import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

// The search page shows the phrase example inside <q>, which draws its own quotation marks: a
// message that brings its own marks reads ““hội nghị tổng kết”” to the reader.
describe('search hint', () => {
  const page = readFileSync(new URL('../app/[locale]/tim-kiem/page.tsx', import.meta.url), 'utf8');
  const quoted = /<q\b[^>]*>\{t\('tipPhraseExample'\)\}<\/q>/.test(page);

  it.each([
    ['vi', vi.Search.tipPhraseExample],
    ['en', en.Search.tipPhraseExample],
  ])('does not double the quotes of the phrase example (%s)', (_locale, example) => {
    const shown = quoted ? `“${example}”` : example;
    expect(shown).toMatch(/^“[^“”"]+”$/);
  });
});
