import { describe, expect, it } from 'vitest';
import { render as mount } from '../../../test/render';
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

const render = (ui: Parameters<typeof mount>[0]): HTMLElement => mount(ui).container;

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
