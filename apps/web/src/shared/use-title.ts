import { useEffect } from 'react';

/** Each screen names itself in the tab title (WCAG 2.4.2). */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Navet` : 'Navet';
  }, [title]);
}
