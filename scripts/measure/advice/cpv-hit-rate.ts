/**
 * Hit rate of the need co-pilot's CPV suggestions on real TED notices:
 *   npm run measure:cpv-suggestions   (builds first)
 * Notices with Swedish or English text (title + description in; their own codes held out). A notice
 * counts as a hit when one of the top 5 suggestions is one of its codes or the class (XXXX0000) of one.
 * Split by a hash of the notice id: parameters are tuned on the TUNE half only (grid below), the
 * figure is reported on the REPORT half. The neighbour signal (in the API: the closest published needs
 * and supplier profiles in Meilisearch) is BM25 over the TUNE half's notices, so no reported notice
 * ever sees its own codes. Baseline: plain BM25 search over the CPV labels (sv + en), no stemming,
 * no ancestors, no neighbours.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  adviceLanguage,
  CpvLabelIndex,
  CpvSuggestParams,
  DEFAULT_CPV_PARAMS,
  draftTerms,
  LABEL_CANDIDATES,
  LabelMatch,
  loadAdviceTerms,
  Neighbour,
  rankCpvCodes,
  stopwordSet,
} from '@navet/advice';
import { readTedData } from '@navet/importer';
import { CpvEntry, ReferenceCatalogue } from '@navet/reference';
import { Bm25Index } from '../../eval/bm25';

const TOP = 5;
const NEIGHBOURS = 20;

interface Case {
  id: string;
  language: string;
  title: string;
  description: string;
  codes: string[];
}

const catalogue = ReferenceCatalogue.fromFiles();
const lookup = (c: string): CpvEntry | undefined => catalogue.cpv(c);

/** The class (level 3, XXXX0000) a code lies in, or the code itself when it is broader. */
function classOf(code: string): string {
  let e = lookup(code);
  while (e && e.level > 3 && e.parentCode) e = lookup(e.parentCode);
  return e?.code ?? code;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const n of readTedData().notices) {
    const codes = (n.cpv ?? []).filter((c) => lookup(c));
    if (codes.length === 0) continue;
    if ((n.language === 'sv' || n.language === 'en') && n.title) {
      out.push({ id: n.id, language: n.language, title: n.title, description: n.description ?? '', codes });
    } else if (n.title_en) {
      out.push({ id: n.id, language: 'en', title: n.title_en, description: n.description_en ?? '', codes });
    }
  }
  return out;
}

const half = (id: string): 'tune' | 'report' => (createHash('sha256').update(id).digest()[0]! % 2 === 0 ? 'tune' : 'report');

function isHit(c: Case, suggested: readonly string[]): boolean {
  const wanted = new Set([...c.codes, ...c.codes.map(classOf)]);
  return suggested.slice(0, TOP).some((s) => wanted.has(s));
}

const terms = loadAdviceTerms();
const stopwords = stopwordSet(terms);

function main(): void {
  const all = cases();
  const tune = all.filter((c) => half(c.id) === 'tune');
  const report = all.filter((c) => half(c.id) === 'report');
  const neighbourIndex = new Bm25Index(tune.map((c) => ({ id: c.id, text: `${c.title} ${c.description}` })));
  const codesOf = new Map(tune.map((c) => [c.id, c.codes]));
  const neighbours = (c: Case): Neighbour[] =>
    neighbourIndex
      .rank(`${c.title} ${c.description}`)
      .filter((id) => id !== c.id) // leave-one-out within the tuning half
      .slice(0, NEIGHBOURS)
      .map((id) => ({ cpvCodes: codesOf.get(id)! }));

  // Baseline: plain search over the labels.
  const labelSearch = new Bm25Index(catalogue.allCpv().map((e) => ({ id: e.code, text: `${e.labelSv} ${e.labelEn}` })));
  const baseline = (cs: Case[]) => share(cs, (c) => labelSearch.rank(`${c.title} ${c.description}`));

  const index = new CpvLabelIndex(catalogue.allCpv(), stopwords);
  const labelCache = new Map<string, LabelMatch[]>();
  const labelsOf = (c: Case, p: CpvSuggestParams): LabelMatch[] => {
    const key = `${c.id}|${p.label.ancestor}|${p.label.compound}`;
    let m = labelCache.get(key);
    if (!m) {
      const q = draftTerms({ title: c.title, summary: '', description: c.description, desiredOutcomes: [] }, stopwords);
      m = index.match(q.terms, q.weights, p.label, LABEL_CANDIDATES);
      labelCache.set(key, m);
    }
    return m;
  };
  const neighbourCache = new Map<string, Neighbour[]>();
  const neighboursOf = (c: Case) => {
    let n = neighbourCache.get(c.id);
    if (!n) neighbourCache.set(c.id, (n = neighbours(c)));
    return n;
  };
  const suggest = (p: CpvSuggestParams, withNeighbours: boolean) => (c: Case) =>
    rankCpvCodes(labelsOf(c, p), withNeighbours ? neighboursOf(c) : [], lookup, adviceLanguage(c.language), p, TOP).map(
      (s) => s.code,
    );

  // Tuning: a small grid, judged on the TUNE half only.
  const grid: CpvSuggestParams[] = [];
  for (const ancestor of [0, 0.3, 0.6])
    for (const compound of [0, 0.5, 1])
      for (const neighbourShare of [0.3, 0.5, 0.7])
        for (const squash of [2, 8, 20])
          for (const coarsePenalty of [0.3, 0.6, 1])
            grid.push({ label: { ancestor, compound }, neighbourShare, squash, coarsePenalty });
  let best = { params: DEFAULT_CPV_PARAMS, rate: share(tune, suggest(DEFAULT_CPV_PARAMS, true)) };
  for (const p of grid) {
    const rate = share(tune, suggest(p, true));
    if (rate > best.rate) best = { params: p, rate };
  }

  const t0 = performance.now();
  const reported = share(report, suggest(best.params, true));
  const perNotice = (performance.now() - t0) / Math.max(1, report.length);
  const result = {
    notices: { total: all.length, tune: tune.length, report: report.length },
    tunedParams: best.params,
    tuneHitRate: best.rate,
    report: {
      baselineLabelSearch: baseline(report),
      labelsOnlyTuned: share(report, suggest(best.params, false)),
      defaultParams: share(report, suggest(DEFAULT_CPV_PARAMS, true)),
      suggesterTuned: reported,
    },
    msPerNotice: Math.round(perNotice * 100) / 100,
  };
  console.log(JSON.stringify(result, null, 2));
}

function share(cs: readonly Case[], suggest: (c: Case) => string[]): number {
  if (cs.length === 0) return 0;
  const hits = cs.filter((c) => isHit(c, suggest(c))).length;
  return Math.round((hits / cs.length) * 1000) / 1000;
}

main();
