/** Previous / next links of the archive (a day, a month, a year); a side out of the archive's years is left empty. */
export function ArchiveNav({ label, previous, next }: { label: string; previous: { href: string; text: string } | null; next: { href: string; text: string } | null }) {
  const link = 'rounded border border-line px-4 py-2 hover:bg-gray-100';
  return (
    <nav aria-label={label} className="no-print mt-6 flex items-center justify-between gap-2 text-sm font-semibold">
      {previous ? (
        <a href={previous.href} rel="prev" className={link}>
          {previous.text}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={next.href} rel="next" className={link}>
          {next.text}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
