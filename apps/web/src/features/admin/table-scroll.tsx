import type { ReactNode } from 'react';

/**
 * A wide table scrolls inside its own box instead of widening the page at 390 px; the box is focusable and
 * named so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="admin-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
