import { DomainError } from '@navet/core';
import {
  MAX_ANSWER_LENGTH,
  MAX_QUESTION_LENGTH,
  optionalIdInput,
  requireIdInput,
  validateAnswerText,
  validateQuestionText,
} from './clarification';

const fieldOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError).field;
  }
};

describe('question and answer texts', () => {
  it('are trimmed; newlines and tabs are text', () => {
    expect(validateQuestionText('  Finns el?\n\tTack.  ')).toBe('Finns el?\n\tTack.');
    expect(validateAnswerText(' Ja. ')).toBe('Ja.');
  });
  it('refuse blank, too long and control characters, naming the field', () => {
    for (const bad of ['', '   ', '\n', null, undefined]) {
      expect(fieldOf(() => validateQuestionText(bad))).toBe('question');
      expect(fieldOf(() => validateAnswerText(bad))).toBe('answer');
    }
    expect(fieldOf(() => validateQuestionText('x'.repeat(MAX_QUESTION_LENGTH + 1)))).toBe('question');
    expect(fieldOf(() => validateAnswerText('x'.repeat(MAX_ANSWER_LENGTH + 1)))).toBe('answer');
    expect(fieldOf(() => validateQuestionText('a\u0000b'))).toBe('question');
    expect(fieldOf(() => validateAnswerText('a\u001bb'))).toBe('answer');
  });
  it('accept the longest allowed texts', () => {
    expect(validateQuestionText('x'.repeat(MAX_QUESTION_LENGTH))).toHaveLength(MAX_QUESTION_LENGTH);
    expect(validateAnswerText('x'.repeat(MAX_ANSWER_LENGTH))).toHaveLength(MAX_ANSWER_LENGTH);
  });
});

describe('id inputs', () => {
  const id = '0b7c8f0e-1d2a-4c3b-9e8f-7a6b5c4d3e2f';
  it('accept UUIDs and refuse anything else with the field', () => {
    expect(requireIdInput('needId', id)).toBe(id);
    expect(fieldOf(() => requireIdInput('needId', 'abc'))).toBe('needId');
    expect(fieldOf(() => requireIdInput('needId', ''))).toBe('needId');
    expect(optionalIdInput('questionId', null)).toBeNull();
    expect(optionalIdInput('questionId', undefined)).toBeNull();
    expect(fieldOf(() => optionalIdInput('questionId', "1' OR 1=1"))).toBe('questionId');
  });
});
