/** The title a person held on a day (YYYY-MM-DD), from dated positions; the latest started wins. */
export function titleOn(positions: ReadonlyArray<{ title: string; from: string; to: string | null }>, day: string): string | undefined {
  return positions
    .filter((p) => p.from <= day && (!p.to || day <= p.to))
    .sort((a, b) => (a.from < b.from ? 1 : -1))[0]?.title;
}
