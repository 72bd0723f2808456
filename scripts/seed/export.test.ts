import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemoArticles, loadDemoPeople } from '../../db/seed/demo-content';
import type { SeedArticle } from '../../db/seed/types';
import { collectExports, ExportError, exportArticles, exportPeople } from './export';

const story: SeedArticle = {
  slug: 'bai-moi-cho-tim-kiem',
  section: 'nghien-cuu-trao-doi',
  kind: 'news',
  language: 'vi',
  title: 'Bài mới cho tìm kiếm',
  sapo: 'Sapo có ký tự đặc biệt: *sao*, [ngoặc], <thẻ> & 50% | gạch.',
  publishedAt: '2026-01-05T09:00:00+07:00',
  byline: 'Minh Anh',
  tags: ['Tìm kiếm'],
  featured: false,
  blocks: [
    { type: 'p', text: '# Không phải tiêu đề, *không* nhấn mạnh, _gạch_ và `mã` [liên kết](x) <b>thẻ</b> \\ gạch chéo.' },
    { type: 'p', text: '1. Không phải danh sách - cũng không phải > trích dẫn' },
    { type: 'h3', text: 'Mục ### nhỏ' },
    { type: 'ol', items: ['Một | hai', '- ba'] },
    { type: 'quote', text: 'Câu "trích" dẫn.' },
    { type: 'figure', caption: 'Chú thích "có ngoặc" (Ảnh)', alt: 'Mô tả [ảnh]', credit: 'TTTTPT&DBKT' },
    { type: 'figure', caption: 'Không ghi nguồn', alt: '' },
    { type: 'table', rows: [['A | B', ''], ['1', '*2*']] },
  ],
};

describe('export-demo-articles', () => {
  it('writes stories that the seeder loads back unchanged, Markdown characters included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-export-'));
    const first = exportArticles([story], dir);
    expect(first.written).toHaveLength(1);
    expect(loadDemoArticles(dir)).toEqual([story]);
    expect(exportArticles([story], dir).unchanged).toHaveLength(1);
  });

  it('refuses to overwrite a different file without force, and duplicate slugs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-export-'));
    exportArticles([story], dir);
    const changed = { ...story, title: 'Tiêu đề khác' };
    expect(() => exportArticles([changed], dir)).toThrow(ExportError);
    expect(exportArticles([changed], dir, { force: true }).written).toHaveLength(1);
    expect(loadDemoArticles(dir)[0]!.title).toBe('Tiêu đề khác');
    expect(() => exportArticles([story, story], mkdtempSync(path.join(tmpdir(), 'seed-export-')))).toThrow(/share the slug/);
  });

  it('refuses text that would not survive Markdown (a line break inside a paragraph)', () => {
    const bad = { ...story, blocks: [{ type: 'p' as const, text: 'Dòng một\nDòng hai' }] };
    expect(() => exportArticles([bad], mkdtempSync(path.join(tmpdir(), 'seed-export-')))).toThrow(/round trip/);
  });

  it('appends people to the registry, keeping its comments, and refuses a conflicting entry', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-export-'));
    const file = path.join(dir, 'people.yaml');
    writeFileSync(file, '# Sổ nhân sự\n- name: Ai đó\n  slug: ai-do\n  positions:\n    - title: Chuyên viên\n      from: 2020-01-01\n');
    const newcomer = { name: 'Người Mới', slug: 'nguoi-moi', positions: [{ title: 'Chuyên viên', unit: 'Văn phòng Ban', from: '2026-01-01' }] };
    expect(exportPeople([newcomer], file).written).toEqual([file]);
    expect(readFileSync(file, 'utf8').startsWith('# Sổ nhân sự\n')).toBe(true);
    expect(loadDemoPeople(file).map((p) => p.slug)).toEqual(['ai-do', 'nguoi-moi']);
    expect(exportPeople([newcomer], file).unchanged).toEqual([file]);
    expect(() => exportPeople([{ ...newcomer, name: 'Tên khác' }], file)).toThrow(/different details/);
  });

  it('finds the story and people arrays a module exports', () => {
    const found = collectExports({ demoSearchArticles: [story], registry: [{ name: 'A', slug: 'a', positions: [] }], other: 42, UNIT: 'x' });
    expect(found.articles).toEqual([story]);
    expect(found.people).toHaveLength(1);
  });
});
