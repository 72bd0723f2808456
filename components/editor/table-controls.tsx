'use client';

// Table controls, shown in the toolbar while the cursor is in a table: rows, columns, the header
// row and the whole table. A row added and left empty is dropped on save (lib/content/empty-table-rows).
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';

type Command = 'addRowBefore' | 'addRowAfter' | 'deleteRow' | 'addColumnBefore' | 'addColumnAfter' | 'deleteColumn' | 'toggleHeaderRow' | 'deleteTable';

const CONTROLS: Array<{ command: Command; label: string; text: string; danger?: boolean }> = [
  { command: 'addRowBefore', label: 'Thêm hàng phía trên', text: '+ Hàng trên' },
  { command: 'addRowAfter', label: 'Thêm hàng phía dưới', text: '+ Hàng dưới' },
  { command: 'deleteRow', label: 'Xóa hàng', text: '− Hàng', danger: true },
  { command: 'addColumnBefore', label: 'Thêm cột bên trái', text: '+ Cột trái' },
  { command: 'addColumnAfter', label: 'Thêm cột bên phải', text: '+ Cột phải' },
  { command: 'deleteColumn', label: 'Xóa cột', text: '− Cột', danger: true },
  { command: 'toggleHeaderRow', label: 'Bật/tắt hàng tiêu đề', text: 'Hàng tiêu đề' },
  { command: 'deleteTable', label: 'Xóa bảng', text: 'Xóa bảng', danger: true },
];

export function TableControls({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      inTable: e.isEditable && e.isActive('table'),
      can: CONTROLS.map((c) => e.can()[c.command]()),
      header: e.isActive('tableHeader'),
    }),
  });
  if (!state.inTable) return null;
  return (
    <div role="group" aria-label="Bảng" className="flex w-full flex-wrap items-center gap-1 border-t border-gray-200 pt-2">
      <span className="mr-1 text-xs font-semibold text-gray-700">Bảng:</span>
      {CONTROLS.map((control, i) => (
        <button
          key={control.command}
          type="button"
          title={control.label}
          aria-label={control.label}
          aria-pressed={control.command === 'toggleHeaderRow' ? state.header : undefined}
          disabled={!state.can[i]}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.chain().focus()[control.command]().run()}
          className={`rounded border px-2 py-1 text-xs font-semibold disabled:opacity-40 ${control.danger ? 'border-red-300 text-red-800 hover:bg-red-50' : 'border-gray-300 hover:bg-gray-100'}`}
        >
          {control.text}
        </button>
      ))}
    </div>
  );
}
