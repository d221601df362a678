import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { ScoreBars } from './score-bars';
import { percent, scoreRows } from './score';

const components = [
  { signal: 'REGION' as const, value: 1, weight: 0.25, contribution: 0.25, detail: 'Verksam i Sverige' },
  { signal: 'TEXT' as const, value: 0.7524, weight: 0.35, contribution: 0.2633, detail: 'Textrelevans 75 %' },
  { signal: 'READINESS' as const, value: 0, weight: 0.05, contribution: 0, detail: 'Färdig lösning' },
];

describe('score rows', () => {
  it('orders signals by contribution, biggest first', () => {
    expect(scoreRows(components).map((c) => c.signal)).toEqual(['TEXT', 'REGION', 'READINESS']);
  });
  it('rounds to whole percent and clamps to 0..100', () => {
    expect(percent(0.7524)).toBe(75);
    expect(percent(1.0000001)).toBe(100);
    expect(percent(-0.01)).toBe(0);
  });
});

// React's own act and root: the root node_modules' Testing Library loads the root's React 18 DOM.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
function render(ui: ReactNode): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => createRoot(el).render(ui));
  return el;
}

describe('ScoreBars', () => {
  it('draws one labelled bar per signal, with the numbers and the reason as text', () => {
    const el = render(<ScoreBars score={0.5133} components={components} />);
    const bars = [...el.querySelectorAll('[role="img"]')];
    expect(bars).toHaveLength(3);
    expect(bars[0]!.getAttribute('aria-label')).toBe('Text: 75 %');
    expect(el.textContent).toContain('Textrelevans 75 %');
    expect(el.textContent).toContain('Matchning 51 %');
    expect((bars[1]!.firstElementChild as HTMLElement).style.width).toBe('100%');
  });
});
