import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@navet/core';
import type { AdviceTerms } from './domain/advice-terms';

/** The co-pilot's word lists, read once from libs/advice/data (data, not code: edit the JSON). */
export function loadAdviceTerms(dir = join(projectRoot(), 'libs/advice/data')): AdviceTerms {
  return JSON.parse(readFileSync(join(dir, 'advice-terms.json'), 'utf8')) as AdviceTerms;
}

export const stopwordSet = (t: AdviceTerms): Set<string> => new Set([...t.stopwords.sv, ...t.stopwords.en]);
