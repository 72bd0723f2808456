'use client';

// The newsroom's links. On a phone they fold behind one button (aria-expanded says whether they
// are shown); from md up they are always shown in a row, as before.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';

export function NavMenu({ items }: { items: Array<{ href: string; label: string }> }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const current = (href: string) => (href === '/toa-soan' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Tòa soạn" className="mx-auto max-w-6xl px-2">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="trinh-don-toa-soan"
        onClick={() => setOpen((o) => !o)}
        className="my-1 flex items-center gap-2 rounded border border-gray-400 px-3 py-2 text-sm font-semibold hover:bg-gray-100 md:hidden"
      >
        <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        Trình đơn
      </button>
      <ul
        id="trinh-don-toa-soan"
        className={`${open ? 'grid' : 'hidden'} gap-1 pb-2 text-sm font-semibold md:flex md:flex-wrap md:pb-0`}
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current(item.href) ? 'page' : undefined}
              // The layout stays mounted between pages: a link followed on a phone closes the menu.
              onClick={() => setOpen(false)}
              className="block px-3 py-2 hover:bg-gray-100 hover:text-brand aria-[current=page]:text-brand"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
