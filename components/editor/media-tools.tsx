'use client';

// Images and attachments in the editor: the library picker for figures and PDF links, and image
// files pasted or dropped into the body, uploaded one by one and inserted as figures.
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { MediaPicker, type MediaSelection } from '@/components/media/media-picker';
import { uploadMediaFile } from '@/components/media/upload-client';
import { DocumentCardButton } from './document-card-tools';
import { galleryItemFrom } from './gallery-view';
import { VideoButton } from './video-tools';

export function insertFigure(editor: Editor, c: { id: string; alt: string; caption: string; credit: string }) {
  editor.chain().focus().insertContent({ type: 'figure', attrs: { mediaId: c.id, alt: c.alt, caption: c.caption, credit: c.credit } }).run();
}

/** Uploads image files (paste, drop) and inserts each as a figure where it lands; reports failures per file. */
export async function uploadAndInsert(editor: Editor, files: File[], report: (message: string | null) => void): Promise<void> {
  const failures: string[] = [];
  for (const file of files) {
    report(`Đang tải lên ${file.name}…`);
    const outcome = await uploadMediaFile(file);
    if (outcome.ok) insertFigure(editor, outcome.item);
    else failures.push(`${file.name}: ${outcome.message}`);
  }
  report(failures.length ? `Không tải lên được: ${failures.join('; ')}` : null);
}

export function MediaButtons({ editor }: { editor: Editor }) {
  const [picker, setPicker] = useState<'image' | 'gallery' | 'document' | null>(null);
  const choose = (c: MediaSelection) => {
    // A gallery starts with its first photo; the gallery block itself adds the others.
    if (picker === 'gallery') editor.chain().focus().insertContent({ type: 'gallery', attrs: { items: [galleryItemFrom(c)] } }).run();
    else if (c.kind === 'image') insertFigure(editor, c);
    else editor.chain().focus().insertContent({ type: 'text', text: c.originalFilename || 'Tệp đính kèm', marks: [{ type: 'link', attrs: { href: c.absoluteUrl } }] }).run();
    setPicker(null);
  };
  const button = 'rounded border border-gray-300 px-2 py-1 text-sm font-semibold hover:bg-gray-100';
  return (
    <div className="flex gap-1">
      <button type="button" className={button} onClick={() => setPicker('image')}>
        Chèn ảnh
      </button>
      <button type="button" className={button} onClick={() => setPicker('gallery')}>
        Chèn bộ ảnh
      </button>
      <button type="button" className={button} onClick={() => setPicker('document')}>
        Đính kèm PDF
      </button>
      <VideoButton editor={editor} />
      <DocumentCardButton editor={editor} />
      <MediaPicker
        open={picker !== null}
        kind={picker === 'document' ? 'document' : 'image'}
        title={picker === 'document' ? 'Chọn tệp PDF đính kèm' : picker === 'gallery' ? 'Chọn ảnh đầu tiên của bộ ảnh' : 'Chọn ảnh từ thư viện'}
        onClose={() => setPicker(null)}
        onSelect={choose}
      />
    </div>
  );
}

export function CoverPicker({ value, onChange, disabled }: { value: string | undefined; onChange: (id: string | undefined) => void; disabled: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="text-sm">
      <p className="font-semibold">Ảnh đại diện</p>
      {value ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small preview of a library image
        <img src={`/media/id/${value}`} alt="Ảnh đại diện đã chọn" className="mt-1 aspect-[3/2] w-full rounded object-cover" />
      ) : (
        <p className="mt-1 text-gray-700">Chưa chọn (dùng ảnh đầu tiên trong bài nếu có).</p>
      )}
      <div className="mt-1 flex gap-3">
        <button type="button" disabled={disabled} className="font-semibold text-blue-800 underline" onClick={() => setOpen(true)}>
          {value ? 'Đổi ảnh' : 'Chọn ảnh'}
        </button>
        {value ? (
          <button type="button" disabled={disabled} className="text-red-800 underline" onClick={() => onChange(undefined)}>
            Bỏ ảnh đại diện
          </button>
        ) : null}
      </div>
      <MediaPicker
        open={open}
        title="Chọn ảnh đại diện"
        onClose={() => setOpen(false)}
        onSelect={(c) => {
          onChange(c.id);
          setOpen(false);
        }}
      />
    </div>
  );
}
