'use client';

import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import { LinkDialog } from './link-dialog';
import { TableControls } from './table-controls';

interface Tool {
  label: string;
  text: string;
  run: (e: Editor) => void;
  active?: (e: Editor) => boolean;
}

const TOOLS: Tool[][] = [
  [
    { label: 'Đoạn văn', text: '¶', run: (e) => e.chain().focus().setParagraph().run(), active: (e) => e.isActive('paragraph') },
    { label: 'Tiêu đề cấp 2', text: 'H2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
    { label: 'Tiêu đề cấp 3', text: 'H3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
    { label: 'Tiêu đề cấp 4', text: 'H4', run: (e) => e.chain().focus().toggleHeading({ level: 4 }).run(), active: (e) => e.isActive('heading', { level: 4 }) },
  ],
  [
    { label: 'In đậm', text: 'B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
    { label: 'In nghiêng', text: 'I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
    { label: 'Gạch chân', text: 'U', run: (e) => e.chain().focus().toggleUnderline().run(), active: (e) => e.isActive('underline') },
    { label: 'Gạch ngang', text: 'S', run: (e) => e.chain().focus().toggleStrike().run(), active: (e) => e.isActive('strike') },
    { label: 'Chỉ số dưới', text: 'x₂', run: (e) => e.chain().focus().toggleMark('subscript').run(), active: (e) => e.isActive('subscript') },
    { label: 'Chỉ số trên', text: 'x²', run: (e) => e.chain().focus().toggleMark('superscript').run(), active: (e) => e.isActive('superscript') },
  ],
  [
    { label: 'Danh sách gạch đầu dòng', text: '• —', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
    { label: 'Danh sách đánh số', text: '1.', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
    { label: 'Trích dẫn', text: '❝', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
    { label: 'Đường kẻ ngang', text: '―', run: (e) => e.chain().focus().setHorizontalRule().run() },
    { label: 'Chèn bảng 3×3', text: '▦', run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  ],
  [
    { label: 'Căn trái', text: '⇤', run: (e) => e.chain().focus().setTextAlign('left').run(), active: (e) => e.isActive({ textAlign: 'left' }) },
    { label: 'Căn giữa', text: '≡', run: (e) => e.chain().focus().setTextAlign('center').run(), active: (e) => e.isActive({ textAlign: 'center' }) },
    { label: 'Căn phải', text: '⇥', run: (e) => e.chain().focus().setTextAlign('right').run(), active: (e) => e.isActive({ textAlign: 'right' }) },
    { label: 'Căn đều hai bên', text: '☰', run: (e) => e.chain().focus().setTextAlign('justify').run(), active: (e) => e.isActive({ textAlign: 'justify' }) },
  ],
];

export function Toolbar({ editor, extra }: { editor: Editor; extra?: React.ReactNode }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => TOOLS.flat().map((t) => (t.active ? t.active(e) : false)).concat(e.isActive('link')),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  let i = 0;
  return (
    <div role="toolbar" aria-label="Định dạng nội dung" className="sticky top-0 z-10 flex flex-wrap gap-2 border-b border-gray-200 bg-white p-2">
      {TOOLS.map((group, g) => (
        <div key={g} className="flex gap-1">
          {group.map((tool) => {
            const on = active[i++];
            return (
              <button
                key={tool.label}
                type="button"
                title={tool.label}
                aria-label={tool.label}
                aria-pressed={tool.active ? Boolean(on) : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => tool.run(editor)}
                className={`min-w-8 rounded border px-2 py-1 text-sm font-semibold ${on ? 'border-blue-700 bg-blue-50 text-blue-900' : 'border-gray-300 hover:bg-gray-100'}`}
              >
                {tool.text}
              </button>
            );
          })}
        </div>
      ))}
      <button
        type="button"
        title="Liên kết"
        aria-label="Liên kết"
        aria-pressed={Boolean(active[active.length - 1])}
        aria-haspopup="dialog"
        disabled={!editor.isEditable}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setLinkOpen(true)}
        className="rounded border border-gray-300 px-2 py-1 text-sm font-semibold hover:bg-gray-100"
      >
        🔗
      </button>
      {extra}
      <TableControls editor={editor} />
      {linkOpen ? <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} /> : null}
    </div>
  );
}
