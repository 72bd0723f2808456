'use client';

// "Nhắc đến": a combobox of the staff who may read the story (the same rule as the mention
// notification, lib/data/threads/mentions.ts), searched on the server as you type, diacritics
// ignored, like the tag box (tag-input.tsx). Picking a person inserts "@Name" into the comment; on
// sending it becomes the @[user id] token the data layer reads.
import { useEffect, useId, useState } from 'react';
import { mentionCandidatesAction } from '@/app/(newsroom)/toa-soan/bai-viet/thread-actions';

export interface Person {
  id: string;
  name: string;
}

const SUGGEST_DELAY_MS = 200;

export function MentionPicker({ articleId, onPick, disabled }: { articleId: string; onPick: (person: Person) => void; disabled?: boolean }) {
  const ids = { label: useId(), list: useId() };
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const [found, setFound] = useState<{ query: string; people: Person[] }>({ query: '', people: [] });
  const query = text.trim().replace(/^@/, '');
  const matches = query !== '' && found.query === query ? found.people : [];

  useEffect(() => {
    if (query === '') return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await mentionCandidatesAction(articleId, query.slice(0, 100)).catch(() => null);
      if (stale) return;
      setActive(-1);
      setFound({ query, people: result?.ok ? result.data : [] });
    }, SUGGEST_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [articleId, query]);

  const pick = (person: Person) => {
    onPick(person);
    setText('');
    setActive(-1);
  };

  return (
    <div className="text-sm">
      <label id={ids.label} className="font-semibold">
        Nhắc đến (gõ tên người trong tòa soạn)
        <input
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={matches.length > 0}
          aria-controls={ids.list}
          aria-activedescendant={active >= 0 && matches[active] ? `${ids.list}-${active}` : undefined}
          autoComplete="off"
          disabled={disabled}
          value={text}
          maxLength={100}
          className="mt-1 block w-full rounded border border-gray-300 px-2 py-1 font-normal"
          onChange={(e) => {
            setText(e.target.value);
            setActive(-1);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && matches.length > 0) {
              e.preventDefault();
              setActive((a) => (a + 1) % matches.length);
            } else if (e.key === 'ArrowUp' && matches.length > 0) {
              e.preventDefault();
              setActive((a) => (a <= 0 ? matches.length - 1 : a - 1));
            } else if (e.key === 'Enter') {
              // Never submits the comment form: Enter here picks a person.
              e.preventDefault();
              const person = matches[active >= 0 ? active : 0];
              if (person) pick(person);
            } else if (e.key === 'Escape' && text !== '') {
              e.stopPropagation();
              setText('');
            }
          }}
        />
      </label>
      <ul id={ids.list} role="listbox" aria-labelledby={ids.label} className={matches.length ? 'mt-1 max-h-48 overflow-auto rounded border border-gray-300 bg-white' : 'hidden'}>
        {matches.map((person, i) => (
          <li
            key={person.id}
            id={`${ids.list}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(person)}
            className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-blue-100' : 'hover:bg-gray-100'}`}
          >
            {person.name}
          </li>
        ))}
      </ul>
      {query !== '' && found.query === query && matches.length === 0 ? <p className="text-xs text-gray-700">Không có người nào tên như vậy được xem bài này.</p> : null}
    </div>
  );
}

/** "@Name" of people picked for this text become @[id] tokens (longest names first, so "An" does not eat "An Bình"). */
export function encodeMentions(text: string, picked: Person[]): string {
  let out = text;
  for (const person of [...picked].sort((a, b) => b.name.length - a.name.length)) out = out.split(`@${person.name}`).join(`@[${person.id}]`);
  return out;
}

/** Inserts "@Name " at the end of the text (with a space before it when needed). */
export function withMention(text: string, person: Person): string {
  return `${text}${text === '' || /\s$/.test(text) ? '' : ' '}@${person.name} `;
}
