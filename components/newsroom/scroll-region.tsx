import type { ReactNode } from 'react';

/**
 * A wide table's own sideways scroller, so a phone scrolls the table and never the page. Labelled
 * and focusable: keyboard users can scroll it with the arrow keys, screen readers announce what it is.
 */
export function ScrollRegion({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`max-w-full overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
