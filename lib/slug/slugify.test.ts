import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify, uniqueSlug } from './slugify';

describe('slugify', () => {
  it.each([
    ['Hội nghị tổng kết công tác năm 2019', 'hoi-nghi-tong-ket-cong-tac-nam-2019'],
    ['Đà Nẵng', 'da-nang'],
    ['ĐỒNG BẰNG SÔNG CỬU LONG', 'dong-bang-song-cuu-long'],
    ['Kinh tế - xã hội: “đột phá” 2026!', 'kinh-te-xa-hoi-dot-pha-2026'],
    ['  Thừa Thiên Huế  ', 'thua-thien-hue'],
    ['Nghị quyết số 45-NQ/TW', 'nghi-quyet-so-45-nq-tw'],
    ['ỹ ỵ ử ữ ẫ ậ ẳ ặ', 'y-y-u-u-a-a-a-a'],
    ['', ''],
    ['!!!', ''],
  ])('%s -> %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('handles decomposed (NFD) input the same as composed', () => {
    expect(slugify('Hội nghị'.normalize('NFD'))).toBe('hoi-nghi');
  });

  it('cuts long titles at a word boundary within the limit', () => {
    const slug = slugify('Phát triển kinh tế vùng '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect('phat-trien-kinh-te-vung-'.repeat(20).startsWith(slug)).toBe(true);
  });
});

describe('uniqueSlug', () => {
  it('returns the base when free and numbers collisions', () => {
    expect(uniqueSlug('hoi-nghi', new Set())).toBe('hoi-nghi');
    expect(uniqueSlug('hoi-nghi', new Set(['hoi-nghi']))).toBe('hoi-nghi-2');
    expect(uniqueSlug('hoi-nghi', new Set(['hoi-nghi', 'hoi-nghi-2']))).toBe('hoi-nghi-3');
    expect(uniqueSlug('', new Set())).toBe('bai-viet');
  });
});
