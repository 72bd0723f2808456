'use client';

// Tags of a story: chips, and a combobox that suggests existing tags as you type (diacritics
// ignored, at most ten), so "Kinh tế" is not entered again as "kinh te". Enter or a comma adds
// what was typed; Backspace in an empty box removes the last tag.
import { useEffect, useId, useState } from 'react';
import { tagSuggestionsAction } from '@/app/(newsroom)/toa-soan/bai-viet/editor-tools-actions';

export const MAX_TAGS = 30;
const MAX_TAG_LENGTH = 80;
const SUGGEST_DELAY_MS = 200;

export function TagInput({ tags, onChange, disabled }: { tags: string[]; onChange: (tags: string[]) => void; disabled?: boolean }) {
  const ids = { label: useId(), input: useId(), list: useId(), note: useId() };
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ query: string; names: string[] }>({ query: '', names: [] });
  const [active, setActive] = useState(-1);
  const [note, setNote] = useState<string | null>(null);
  const query = text.trim();
  const taken = new Set(tags.map((t) => t.toLocaleLowerCase('vi')));
  const suggestions = query !== '' && found.query === query ? found.names.filter((n) => !taken.has(n.toLocaleLowerCase('vi'))) : [];

  useEffect(() => {
    if (query === '') return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await tagSuggestionsAction(query.slice(0, 60)).catch(() => null);
      if (stale) return;
      setActive(-1);
      setFound({ query, names: result?.ok ? result.data.map((t) => t.name) : [] });
    }, SUGGEST_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  const add = (raw: string) => {
    const tag = raw.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
    if (tag === '') return;
    if (tag.length > MAX_TAG_LENGTH) return setNote(`Từ khóa dài quá ${MAX_TAG_LENGTH} ký tự; hãy rút gọn.`);
    if (tags.length >= MAX_TAGS) return setNote(`Tối đa ${MAX_TAGS} từ khóa.`);
    setNote(null);
    setText('');
    if (!taken.has(tag.toLocaleLowerCase('vi'))) onChange([...tags, tag]);
  };

  return (
    <div className="font-semibold">
      <span id={ids.label}>Từ khóa</span>
      <ul aria-label="Từ khóa đã chọn" className="mt-1 flex flex-wrap gap-1">
        {tags.map((tag) => (
          <li key={tag} className="flex items-center gap-1 rounded-full border border-gray-400 bg-gray-50 px-2 py-0.5 text-xs font-normal">
            {tag}
            {disabled ? null : (
              <button type="button" aria-label={`Bỏ từ khóa ${tag}`} className="font-bold text-gray-700 hover:text-red-800" onClick={() => onChange(tags.filter((t) => t !== tag))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <input
        id={ids.input}
        role="combobox"
        aria-labelledby={ids.label}
        aria-describedby={ids.note}
        aria-autocomplete="list"
        aria-expanded={suggestions.length > 0}
        aria-controls={ids.list}
        aria-activedescendant={active >= 0 && suggestions[active] ? `${ids.list}-${active}` : undefined}
        autoComplete="off"
        maxLength={MAX_TAG_LENGTH + 1}
        disabled={disabled}
        value={text}
        placeholder="Gõ để tìm hoặc thêm từ khóa"
        className="mt-1 w-full rounded border border-gray-300 px-2 py-1 font-normal"
        onChange={(e) => {
          const value = e.target.value;
          if (value.includes(',')) {
            value.split(',').slice(0, -1).forEach(add);
            setText(value.slice(value.lastIndexOf(',') + 1));
          } else setText(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && suggestions.length > 0) {
            e.preventDefault();
            setActive((a) => (a + 1) % suggestions.length);
          } else if (e.key === 'ArrowUp' && suggestions.length > 0) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            add(active >= 0 && suggestions[active] ? suggestions[active]! : text);
          } else if (e.key === 'Escape') {
            setFound({ query: '', names: [] });
          } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={() => add(text)}
      />
      <ul id={ids.list} role="listbox" aria-label="Từ khóa có sẵn" className={suggestions.length ? 'mt-1 max-h-48 overflow-auto rounded border border-gray-300 bg-white font-normal' : 'hidden'}>
        {suggestions.map((name, i) => (
          <li
            key={name}
            id={`${ids.list}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => add(name)}
            className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-blue-100' : 'hover:bg-gray-100'}`}
          >
            {name}
          </li>
        ))}
      </ul>
      <p id={ids.note} role="status" className="text-xs font-normal text-gray-700">
        {note ?? 'Enter hoặc dấu phẩy để thêm; chọn từ khóa có sẵn khi có thể.'}
      </p>
    </div>
  );
}
