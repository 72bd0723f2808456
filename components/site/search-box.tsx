'use client';

// The site search box, with names of people from the registry suggested as the reader types: an
// ARIA 1.2 combobox (the APG "list autocomplete" pattern). Focus stays in the input; arrow keys move
// the active option (aria-activedescendant), Enter opens that person's page, Escape closes the list
// (a second Escape clears the box), Enter with no active option submits the search form as before.
// Without JavaScript this is the plain input of a GET form to the search page.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { localePath, type Locale } from '@/i18n/routing';

export interface SearchBoxLabels {
  label: string;
  placeholder: string;
  listLabel: string;
  suggestedOne: string;
  suggestedOther: string;
  instructions: string;
}

interface Person {
  slug: string;
  name: string;
  title: string | null;
}

/** Fewer letters match too many names to help; the API refuses them too. */
const MIN_CHARS = 2;
const MAX_CHARS = 100;
/** Wait for a pause in typing before asking, so a word costs one request, not one per key. */
const DEBOUNCE_MS = 200;

export function SearchBox({ id, locale, labels, className }: { id: string; locale: Locale; labels: SearchBoxLabels; className?: string }) {
  const listId = `${useId()}-goi-y`;
  const [value, setValue] = useState('');
  const [answer, setAnswer] = useState<Person[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = value.trim();
  const asking = q.length >= MIN_CHARS && q.length <= MAX_CHARS;
  // The last answer stays until the next one arrives, unless the box no longer asks at all.
  const people = asking ? answer : [];

  useEffect(() => {
    if (!asking) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/public/people?${new URLSearchParams({ q })}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
        if (!response.ok) return;
        const body = (await response.json()) as { items: Person[] };
        setAnswer(body.items);
        setActive(-1);
      } catch {
        // Aborted by the next keystroke, or offline: the box still searches stories.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, asking]);

  const expanded = open && people.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;
  const go = (person: Person) => {
    window.location.assign(localePath(`/nhan-vat/${person.slug}`, locale));
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (people.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!expanded) {
        setOpen(true);
        setActive(step === 1 ? 0 : people.length - 1);
        return;
      }
      // From the last option down (or the first up) the focus returns to the text: -1.
      setActive((current) => {
        const next = current + step;
        return next < -1 ? people.length - 1 : next >= people.length ? -1 : next;
      });
    } else if (event.key === 'Enter') {
      const person = expanded && active >= 0 ? people[active] : undefined;
      if (person) {
        event.preventDefault();
        go(person);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        event.preventDefault();
        setValue('');
      }
    }
  }

  const status = expanded ? `${people.length} ${people.length === 1 ? labels.suggestedOne : labels.suggestedOther}. ${labels.instructions}` : '';

  return (
    <div className="relative">
      <label htmlFor={id} className="sr-only">
        {labels.label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        maxLength={MAX_CHARS * 2}
        placeholder={labels.placeholder}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        className={className}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={labels.listLabel}
        hidden={!expanded}
        className="absolute right-0 z-20 mt-1 max-h-80 w-72 overflow-auto rounded border border-gray-500 bg-white py-1 text-sm text-gray-900 shadow-lg"
      >
        {people.map((p, i) => (
          <li
            key={p.slug}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Chosen with the mouse before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              go(p);
            }}
            className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-brand text-white' : 'hover:bg-gray-100'}`}
          >
            <span lang="vi" className="block font-semibold">
              {p.name}
            </span>
            {p.title ? (
              <span lang="vi" className={`block text-xs ${i === active ? 'text-white' : 'text-gray-700'}`}>
                {p.title}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
