import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../src/i18n';

/**
 * Renders into the document with this workspace's React 19 (Testing Library's React binding sits in the
 * root node_modules, next to GraphiQL's React 18, and would render with that one). Queries come from
 * @testing-library/dom's `screen`, which needs no React.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: { root: Root; el: HTMLElement }[] = [];

export function render(ui: ReactNode): { container: HTMLElement; rerender(ui: ReactNode): void } {
  const el = document.createElement('div');
  document.body.append(el);
  const root = createRoot(el);
  roots.push({ root, el });
  const wrap = (node: ReactNode) => <I18nextProvider i18n={i18n}>{node}</I18nextProvider>;
  act(() => root.render(wrap(ui)));
  return { container: el, rerender: (next) => act(() => root.render(wrap(next))) };
}

export function cleanup(): void {
  for (const { root, el } of roots.splice(0)) {
    act(() => root.unmount());
    el.remove();
  }
}
