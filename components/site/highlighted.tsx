import type { Segment } from '@/lib/search/highlight';

/** Text with search matches in <mark>; segments are plain text, so nothing is parsed as HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
