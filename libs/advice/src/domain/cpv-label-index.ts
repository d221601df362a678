import { Term, terms } from './advice-terms';

/** What the index reads of a CPV code (the reference catalogue's entries fit). */
export interface CpvLabelEntry {
  code: string;
  labelSv: string;
  labelEn: string;
  parentCode: string | null;
  level: number;
}

export interface LabelMatch {
  code: string;
  /** Unbounded, comparable within one query. */
  score: number;
  /** The text's words the code's labels (or its ancestors' labels) contain. */
  words: string[];
}

export interface LabelWeights {
  /** Weight of a word found only in an ancestor's label, relative to the code's own label. */
  ancestor: number;
  /** Weight of a compound part (laddinfrastruktur -> infrastruktur; elfordon -> fordon). */
  compound: number;
}

interface Posting {
  code: number;
  own: boolean;
  weight: number;
}

const MIN_PART = 4;

/**
 * An inverted index over the CPV labels of both languages and their ancestors' labels, with IDF
 * weights and Swedish compounds split against the labels' own vocabulary. Pure and in memory: built
 * once (about 9,500 codes), each lookup is map reads over the draft's words.
 */
export class CpvLabelIndex {
  private readonly entries: CpvLabelEntry[];
  private readonly postings = new Map<string, Posting[]>();
  private readonly idf = new Map<string, number>();
  /** Per code: the IDF mass of its own label's stems (coverage denominators). */
  private readonly ownMass: number[];
  private readonly ancestorMass: number[];
  /** Per code: the stems of its own and its ancestors' labels. */
  private readonly codeStems = new Map<string, Set<string>>();

  constructor(
    entries: readonly CpvLabelEntry[],
    private readonly stopwords: ReadonlySet<string>,
  ) {
    this.entries = [...entries];
    const byCode = new Map(this.entries.map((e, i) => [e.code, i]));
    const own = this.entries.map((e) => this.stems(`${e.labelSv} ${e.labelEn}`));
    const df = new Map<string, number>();
    for (const set of own) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
    const n = this.entries.length;
    for (const [s, f] of df) this.idf.set(s, Math.log(1 + (n - f + 0.5) / (f + 0.5)));
    const vocabulary = new Set(df.keys());
    // A label compound also answers to its parts: "elfordon" to a text saying "fordon".
    const parts = (s: string) => [...compoundParts(s, vocabulary)];
    this.ownMass = own.map((set) => [...set].reduce((m, s) => m + this.idfOf(s), 0));
    this.ancestorMass = [];
    this.entries.forEach((e, i) => {
      const ancestors = new Set<string>();
      let parent = e.parentCode ? byCode.get(e.parentCode) : undefined;
      while (parent !== undefined) {
        for (const s of own[parent]!) if (!own[i]!.has(s)) ancestors.add(s);
        const p = this.entries[parent]!.parentCode;
        parent = p ? byCode.get(p) : undefined;
      }
      this.ancestorMass.push([...ancestors].reduce((m, s) => m + this.idfOf(s), 0));
      this.codeStems.set(e.code, new Set([...own[i]!, ...ancestors]));
      for (const s of own[i]!) {
        this.post(s, { code: i, own: true, weight: 1 });
        for (const p of parts(s)) this.post(p, { code: i, own: true, weight: -1 });
      }
      for (const s of ancestors) this.post(s, { code: i, own: false, weight: 1 });
    });
  }

  /** The text's words that a code's labels (own or ancestors') contain. */
  sharedWords(query: readonly Term[], code: string): string[] {
    const stems = this.codeStems.get(code);
    if (!stems) return [];
    return [...new Set(query.filter((t) => stems.has(t.stem)).map((t) => t.word))];
  }

  private idfOf(s: string): number {
    return this.idf.get(s) ?? 0;
  }

  private stems(text: string): Set<string> {
    return new Set(terms(text, this.stopwords).map((t) => t.stem));
  }

  private post(stem: string, p: Posting): void {
    const list = this.postings.get(stem);
    if (list) list.push(p);
    else this.postings.set(stem, [p]);
  }

  /**
   * Codes whose labels share words with the text, best first. Each query stem counts once, weighted
   * by how often the text uses it (`weights`: the title's words count more); a code scores the IDF of
   * the stems it shares, scaled by how much of its own label the text covers, so "Elfordon" fully
   * named beats a long label that shares one common word.
   */
  match(query: readonly Term[], termWeights: readonly number[], w: LabelWeights, limit: number): LabelMatch[] {
    const q = new Map<string, { weight: number; word: string; part: boolean }>();
    const add = (stem: string, weight: number, word: string, part: boolean) => {
      const prev = q.get(stem);
      if (prev) prev.weight += weight;
      else q.set(stem, { weight, word, part });
    };
    query.forEach((t, i) => {
      const weight = termWeights[i] ?? 1;
      add(t.stem, weight, t.word, false);
      for (const p of compoundParts(t.stem, this.idf)) if (p !== t.stem) add(p, weight * w.compound, t.word, true);
    });
    const own = new Map<number, number>();
    const anc = new Map<number, number>();
    const words = new Map<number, Set<string>>();
    for (const [stem, { weight, word }] of q) {
      const idf = this.idfOf(stem);
      const list = this.postings.get(stem);
      if (!list || idf === 0) continue;
      // Repeats count less and less; a compound part alone counts its reduced weight.
      const qw = weight < 1 ? weight : 1 + Math.log(weight);
      for (const p of list) {
        const pw = p.weight < 0 ? w.compound : p.weight;
        const target = p.own ? own : anc;
        target.set(p.code, (target.get(p.code) ?? 0) + idf * qw * pw);
        const ws = words.get(p.code);
        if (ws) ws.add(word);
        else words.set(p.code, new Set([word]));
      }
    }
    const scored: LabelMatch[] = [];
    for (const code of new Set([...own.keys(), ...anc.keys()])) {
      const o = own.get(code) ?? 0;
      const a = anc.get(code) ?? 0;
      const ownCover = Math.min(1, o / (this.ownMass[code] || 1));
      const ancCover = Math.min(1, a / (this.ancestorMass[code] || 1));
      const score = o * Math.sqrt(ownCover) + w.ancestor * a * Math.sqrt(ancCover);
      if (score > 0) scored.push({ code: this.entries[code]!.code, score, words: [...words.get(code)!] });
    }
    return scored.sort((x, y) => y.score - x.score || x.code.localeCompare(y.code)).slice(0, limit);
  }
}

/** Proper prefixes and suffixes of a word (at least four letters each) that are words of the vocabulary. */
function* compoundParts(word: string, vocabulary: { has(s: string): boolean }): Generator<string> {
  for (let cut = 1; cut < word.length; cut++) {
    if (cut >= MIN_PART && vocabulary.has(word.slice(0, cut))) yield word.slice(0, cut);
    if (word.length - cut >= MIN_PART && vocabulary.has(word.slice(cut))) yield word.slice(cut);
  }
}
