import { feedbackFit } from './feedback-fit';

describe('feedbackFit', () => {
  it('is 0.5 without history and says so', () => {
    expect(feedbackFit({ positive: 0, negative: 0 }, 'sv')).toEqual({
      value: 0.5,
      detail: 'Ingen tidigare återkoppling',
      reason: null,
    });
    expect(feedbackFit({ positive: 0, negative: 0 }, 'en').detail).toBe('No earlier feedback');
  });

  it('is Laplace-smoothed (positive+1)/(total+2)', () => {
    expect(feedbackFit({ positive: 2, negative: 1 }).value).toBeCloseTo(3 / 5, 12);
    expect(feedbackFit({ positive: 0, negative: 3 }).value).toBeCloseTo(1 / 5, 12);
    expect(feedbackFit({ positive: 9, negative: 0 }).value).toBeCloseTo(10 / 11, 12);
  });

  it('reports the counts and praises only mostly-positive history', () => {
    expect(feedbackFit({ positive: 2, negative: 1 }, 'sv')).toEqual({
      value: 0.6,
      detail: '2 av 3 tidigare matchningar inom området bedömdes relevanta',
      reason: 'tidigare positiv återkoppling',
    });
    expect(feedbackFit({ positive: 1, negative: 1 }, 'en')).toMatchObject({
      detail: '1 of 2 earlier matches in the area were judged relevant',
      reason: null,
    });
  });

  it('treats negative or non-finite counts as zero', () => {
    expect(feedbackFit({ positive: -3, negative: Number.NaN }).value).toBe(0.5);
  });
});
