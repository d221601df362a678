import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@navet/core';

/** One line of data/demo/ted-notices.jsonl (fields the seed uses; see data/demo/ATTRIBUTION.md). */
export interface TedNotice {
  id: string;
  language: string | null;
  title: string | null;
  description: string | null;
  title_en?: string | null;
  description_en?: string | null;
  cpv: string[] | null;
  buyer: string | null;
  buyer_country: string | null;
  buyer_national_id?: string | null;
  region?: string | null;
  performance_nuts?: string[] | null;
  date: string | null;
  notice_type: string | null;
  has_award: boolean;
  lots?: { title?: string | null; description?: string | null }[] | null;
}

export interface TedSupplierCpv {
  code: string;
  en: string;
  sv: string;
  count: number;
}

/** One line of data/demo/ted-suppliers.jsonl: a supplier aggregated from its awards. */
export interface TedSupplier {
  supplier_id: string;
  name: string;
  country: string;
  national_id: string | null;
  town: string | null;
  nuts: string | null;
  n_awards: number;
  cpv: TedSupplierCpv[];
  won_notices: { notice: string; lang: string; title: string }[];
  languages: Record<string, number>;
  years: Record<string, number>;
}

/** What a supplier reference needs to know about the notice it won. */
export interface NoticeRef {
  buyer: string | null;
  year: number | null;
}

export const DEMO_DATA_DIR = (): string => join(projectRoot(), 'data/demo');

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** Both TED files from data/demo/ (shipped with the project; never read from ../shared). */
export function readTedData(dir = DEMO_DATA_DIR()): { notices: TedNotice[]; suppliers: TedSupplier[] } {
  return {
    notices: readJsonl<TedNotice>(join(dir, 'ted-notices.jsonl')),
    suppliers: readJsonl<TedSupplier>(join(dir, 'ted-suppliers.jsonl')),
  };
}

export function noticeRefs(notices: readonly TedNotice[]): Map<string, NoticeRef> {
  const year = (date: string | null): number | null => {
    const y = Number((date ?? '').slice(0, 4));
    return Number.isInteger(y) && y > 1900 ? y : null;
  };
  return new Map(notices.map((n) => [n.id, { buyer: n.buyer, year: year(n.date) }]));
}
