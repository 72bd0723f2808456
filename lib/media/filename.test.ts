import { describe, expect, it } from 'vitest';
import { contentDisposition, displayFilename, filenameWithFormat } from './filename';

describe('displayFilename', () => {
  it('keeps only the last path segment, whatever the separators', () => {
    expect(displayFilename('../../x.jpg')).toBe('x.jpg');
    expect(displayFilename('C:\\fakepath\\..\\Ảnh hội nghị.JPG')).toBe('Ảnh hội nghị.JPG');
    expect(displayFilename('/etc/passwd')).toBe('passwd');
    expect(displayFilename('..')).toBe('');
    expect(displayFilename(42)).toBe('');
  });

  it('drops control and bidi characters that could disguise a name, and normalises to NFC', () => {
    expect(displayFilename('anh\u0000\u202Egpj.exe')).toBe('anhgpj.exe');
    expect(displayFilename('Đa\u0300 Nă\u0303ng.png')).toBe('Đà Nẵng.png');
  });

  it('shortens very long names but keeps the extension', () => {
    const name = displayFilename(`${'a'.repeat(500)}.jpeg`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.jpeg')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('sends an ASCII fallback and the UTF-8 name, and never a path', () => {
    expect(contentDisposition('Quyết định số 12-QĐ.pdf')).toBe(
      `inline; filename="Quyet dinh so 12-QD.pdf"; filename*=UTF-8''${encodeURIComponent('Quyết định số 12-QĐ.pdf')}`,
    );
    expect(contentDisposition('../"a".pdf', 'attachment')).toBe(`attachment; filename="_a_.pdf"; filename*=UTF-8''%22a%22.pdf`);
    expect(contentDisposition('')).toContain('filename="tai-lieu.pdf"');
  });
});

describe('filenameWithFormat', () => {
  it('gives a stored document the extension of the format it was checked as', () => {
    expect(filenameWithFormat('Quyết định 12.docm', 'docx')).toBe('Quyết định 12.docx');
    expect(filenameWithFormat('polyglot.pdf', 'docx')).toBe('polyglot.docx');
    expect(filenameWithFormat('Nghị quyết.DOCX', 'pdf')).toBe('Nghị quyết.pdf');
    expect(filenameWithFormat('Nghị quyết 45-NQ.TW', 'pdf')).toBe('Nghị quyết 45-NQ.pdf');
    expect(filenameWithFormat('van ban', 'pdf')).toBe('van ban.pdf');
    expect(filenameWithFormat('bao-cao.pdf.exe', 'pdf')).toBe('bao-cao.pdf.pdf');
    expect(filenameWithFormat('', 'docx')).toBe('van-ban.docx');
    expect(filenameWithFormat('C:\\fakepath\\..', 'pdf')).toBe('van-ban.pdf');
    expect(filenameWithFormat('a'.repeat(300) + '.docm', 'docx')).toMatch(/^a+\.docx$/);
  });
});
