import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatArticleFile, parseArticleFile, SeedFileError } from './article-file';
import { DEMO_ARTICLES_DIR, loadDemoArticles, loadDemoPeople } from './demo-content';

const GOOD = `---
slug: mot-bai-thu
section: tin-tuc-su-kien
kind: meeting_report
title: Một bài thử
sapo: Phần mở đầu.
publishedAt: 2024-01-02T09:00:00+07:00
byline: TTTTPT&DBKT
tags: [Thử nghiệm]
meeting:
  startsAt: 2024-01-02T08:00:00+07:00
  location: Hà Nội
  organiser: Văn phòng Ban
  people:
    - { name: Ngô Đức Toàn, title: Chánh Văn phòng Ban, role: chair }
  participants: Cán bộ Văn phòng Ban.
  conclusions: Thống nhất.
---

Đoạn thứ nhất, viết
trên hai dòng.

## Tiêu đề phụ

- Ý một
- Ý hai không nhấn mạnh

1. Bước một

> Trích dẫn.

![Ảnh mô tả](<> "Chú thích")

![Ảnh khác](<credit:Hoàng Quân> "Chú thích hai")

| Chỉ tiêu | 2024 |
| --- | --- |
| GRDP | 7,1% |
`;

const withFront = (replace: [string, string]) => GOOD.replace(...replace);
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SeedFileError);
    return (error as Error).message;
  }
  throw new Error('expected a SeedFileError');
};

describe('demo story files', () => {
  it('parses front matter and every block of the body subset', () => {
    const article = parseArticleFile(GOOD, 'x.md');
    expect(article.meeting?.people).toEqual([{ name: 'Ngô Đức Toàn', title: 'Chánh Văn phòng Ban', role: 'chair' }]);
    expect(article.language).toBeUndefined();
    expect(article.blocks).toEqual([
      { type: 'p', text: 'Đoạn thứ nhất, viết trên hai dòng.' },
      { type: 'h2', text: 'Tiêu đề phụ' },
      { type: 'ul', items: ['Ý một', 'Ý hai không nhấn mạnh'] },
      { type: 'ol', items: ['Bước một'] },
      { type: 'quote', text: 'Trích dẫn.' },
      { type: 'figure', caption: 'Chú thích', alt: 'Ảnh mô tả' },
      { type: 'figure', caption: 'Chú thích hai', alt: 'Ảnh khác', credit: 'Hoàng Quân' },
      { type: 'table', rows: [['Chỉ tiêu', '2024'], ['GRDP', '7,1%']] },
    ]);
  });

  it('names the file, line or field of each mistake', () => {
    expect(errorOf(() => parseArticleFile(withFront(['không nhấn', '*không* nhấn']), 'a.md'))).toMatch(/^a\.md: line 26: a list item may only hold plain text, found "emphasis"/);
    expect(errorOf(() => parseArticleFile(withFront(['role: chair', 'role: chủ trì']), 'b.md'))).toMatch(/^b\.md: front matter: meeting\.people\.0\.role: /);
    expect(errorOf(() => parseArticleFile(withFront(['kind: meeting_report', 'kind: meeting_report\nauthor: Ai đó']), 'c.md'))).toMatch(/front matter: .*author/);
    expect(errorOf(() => parseArticleFile(withFront(['publishedAt: 2024-01-02T09:00:00+07:00', 'publishedAt: 2024-01-02']), 'd.md'))).toMatch(/publishedAt: must be ISO 8601/);
    expect(errorOf(() => parseArticleFile(withFront(['title: Một bài thử', 'title: ""']), 'e.md'))).toMatch(/title: must not be empty/);
    expect(errorOf(() => parseArticleFile(withFront(['## Tiêu đề phụ', '# Tiêu đề phụ']), 'f.md'))).toMatch(/line 23: only ## and ### headings/);
    expect(errorOf(() => parseArticleFile(withFront(['> Trích dẫn.', '```\ncode\n```']), 'g.md'))).toMatch(/"code" is not part of the demo body format/);
    expect(errorOf(() => parseArticleFile(withFront(['(<> "Chú thích")', '(<>)']), 'h.md'))).toMatch(/needs its caption/);
    expect(errorOf(() => parseArticleFile(withFront(['(<> "Chú thích")', '(anh.jpg "Chú thích")']), 'i.md'))).toMatch(/must be empty \(<>\) or "credit:/);
    expect(errorOf(() => parseArticleFile(GOOD.slice(4), 'j.md'))).toMatch(/must start with YAML front matter/);
    expect(errorOf(() => parseArticleFile(withFront(['tags: [Thử nghiệm]', 'tags: [Thử']), 'k.md'))).toMatch(/front matter is not valid YAML/);
  });

  it('refuses a file not named after its slug, and a bad people registry', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-files-'));
    writeFileSync(path.join(dir, 'ten-khac.md'), GOOD);
    expect(errorOf(() => loadDemoArticles(dir))).toMatch(/ten-khac\.md: slug: the file must be named after its slug \(mot-bai-thu\.md\)/);
    const people = path.join(dir, 'people.yaml');
    writeFileSync(people, '- name: Ai đó\n  slug: ai-do\n  positions:\n    - { title: Chuyên viên, from: 2020-13 }\n');
    expect(errorOf(() => loadDemoPeople(people))).toMatch(/people\.yaml: 0\.positions\.0\.from: must be a date YYYY-MM-DD/);
  });

  it('keeps the committed files in the exporter’s canonical form, so a re-export changes nothing', () => {
    const files = readdirSync(DEMO_ARTICLES_DIR).filter((f) => f.endsWith('.md'));
    expect(files.length).toBe(loadDemoArticles().length);
    for (const file of files) {
      const text = readFileSync(path.join(DEMO_ARTICLES_DIR, file), 'utf8');
      expect(formatArticleFile(parseArticleFile(text, file)), file).toBe(text);
    }
  });
});
