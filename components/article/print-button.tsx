'use client';

/** "In bài": the browser's print dialog; the print stylesheet (globals.css) keeps only the story. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="article-tool">
      {label}
    </button>
  );
}
