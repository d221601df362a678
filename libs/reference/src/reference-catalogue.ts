import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badInput, projectRoot, unique } from '@navet/core';
import { CpvEntry, cpvLevel, isCpvFormat, isCpvPrefix } from './domain/cpv';
import { isNutsFormat, RegionEntry } from './domain/nuts';
import { NutsRegister, RawRegion, ResolvedRegion } from './domain/nuts-register';

interface RawCpv {
  code: string;
  sv: string;
  en: string;
  parent: string | null;
}

/**
 * CPV 2008, the Swedish NUTS regions and the other NUTS 2021 regions, held in memory (9,454 + 33 + 2,085
 * rows): validation and label lookup are map reads, so resolvers and mappers never query for them.
 */
export class ReferenceCatalogue {
  private readonly cpvByCode = new Map<string, CpvEntry>();
  private readonly cpvBySignificant = new Map<string, CpvEntry>();
  private readonly nuts: NutsRegister;
  private readonly searchable: { entry: CpvEntry; text: string }[] = [];

  /** `nuts`: the official NUTS 2021 list; its Swedish rows are ignored in favour of `swedishRegions`. */
  constructor(cpv: RawCpv[], swedishRegions: RawRegion[], nuts: RawRegion[] = []) {
    for (const r of cpv) {
      const entry: CpvEntry = { code: r.code, labelSv: r.sv, labelEn: r.en, parentCode: r.parent, level: cpvLevel(r.code) };
      this.cpvByCode.set(r.code, entry);
      this.cpvBySignificant.set(r.code.slice(0, 8), entry);
      this.searchable.push({ entry, text: `${r.code} ${r.sv} ${r.en}`.toLocaleLowerCase('sv') });
    }
    this.nuts = new NutsRegister(swedishRegions, nuts);
  }

  static fromFiles(dir = join(projectRoot(), 'libs/reference/data')): ReferenceCatalogue {
    const read = <T>(f: string): T => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
    return new ReferenceCatalogue(
      read<RawCpv[]>('cpv-2008.json'),
      read<RawRegion[]>('se-regions.json'),
      read<{ regions: RawRegion[] }>('nuts-2021.json').regions,
    );
  }

  get cpvCount(): number {
    return this.cpvByCode.size;
  }

  /** Accepts "34144900-7" and, leniently, "34144900". */
  cpv(code: string): CpvEntry | undefined {
    const c = code.trim();
    return this.cpvByCode.get(c) ?? (/^\d{8}$/.test(c) ? this.cpvBySignificant.get(c) : undefined);
  }

  allCpv(): CpvEntry[] {
    return [...this.cpvByCode.values()];
  }

  /** An existing region: Swedish ones with their names, other NUTS 2021 regions with their code as name. */
  region(code: string): RegionEntry | undefined {
    return this.nuts.get(code);
  }

  /** The Swedish regions (the `regions` query: what forms and filters offer). */
  regions(): RegionEntry[] {
    return this.nuts.swedishRegions();
  }

  /** Every accepted region, named in Swedish where known, else in the national language (the regions table). */
  allRegions(): RegionEntry[] {
    return this.nuts.allWithNames();
  }

  /** For imports of older records: the code, or its nearest existing ancestor, or undefined (see NutsRegister). */
  resolveRegion(raw: string | null | undefined): ResolvedRegion | undefined {
    return this.nuts.resolve(raw);
  }

  /** Validates and normalises CPV codes (existing codes only); at least `min` codes. */
  validateCpvCodes(field: string, codes: readonly string[], min = 1, max = 50): string[] {
    if (codes.length < min) throw badInput(field, `${field} needs at least ${min} CPV code`);
    if (codes.length > max) throw badInput(field, `${field} may have at most ${max} codes`);
    return unique(
      codes.map((raw) => {
        const entry = this.cpv(raw);
        if (!entry) {
          const why = isCpvFormat(raw.trim()) ? 'is not a CPV 2008 code' : 'is not a CPV code (format 12345678-9)';
          throw badInput(field, `"${raw}" ${why}`);
        }
        return entry.code;
      }),
    );
  }

  /** Existing NUTS codes only (the Swedish list and NUTS 2021), upper-cased. */
  validateRegionCodes(field: string, codes: readonly string[], min = 1, max = 50): string[] {
    if (codes.length < min) throw badInput(field, `${field} needs at least ${min} region code`);
    if (codes.length > max) throw badInput(field, `${field} may have at most ${max} codes`);
    return unique(
      codes.map((raw) => {
        const code = raw.trim().toUpperCase();
        if (!isNutsFormat(code))
          throw badInput(field, `"${raw}" is not a NUTS code (two letters and up to three letters or digits)`);
        if (!this.nuts.has(code)) {
          throw badInput(field, `"${raw}" is not a ${code.startsWith('SE') ? 'Swedish NUTS region' : 'NUTS 2021 region'}`);
        }
        return code;
      }),
    );
  }

  validateCpvPrefixes(field: string, prefixes: readonly string[]): string[] {
    return unique(
      prefixes.map((p) => {
        const v = p.trim();
        if (!isCpvPrefix(v)) throw badInput(field, `"${p}" is not a CPV prefix (2 to 8 leading digits)`);
        return v;
      }),
    );
  }

  /** Code prefix or words in the Swedish/English labels; exact-code and label-start hits first. */
  searchCpv(query: string, first: number): CpvEntry[] {
    const q = query.trim().toLocaleLowerCase('sv');
    if (!q) return [];
    const words = q.split(/\s+/);
    const scored: { entry: CpvEntry; score: number }[] = [];
    for (const { entry, text } of this.searchable) {
      if (!words.every((w) => text.includes(w))) continue;
      let score = 0;
      if (entry.code.startsWith(q)) score += 100 - entry.level;
      if (entry.labelSv.toLocaleLowerCase('sv').startsWith(q) || entry.labelEn.toLowerCase().startsWith(q)) score += 50;
      score += 10 - entry.level; // broader codes first among equals
      scored.push({ entry, score });
    }
    return scored
      .sort((a, b) => b.score - a.score || a.entry.code.localeCompare(b.entry.code))
      .slice(0, first)
      .map((s) => s.entry);
  }

  /** Labels of the given codes and of their ancestors, in both languages (indexed with documents). */
  cpvLabels(codes: readonly string[], withAncestors = false): { sv: string[]; en: string[] } {
    const sv = new Set<string>();
    const en = new Set<string>();
    for (const c of codes) {
      let e = this.cpv(c);
      while (e) {
        sv.add(e.labelSv);
        en.add(e.labelEn);
        if (!withAncestors || !e.parentCode) break;
        e = this.cpv(e.parentCode);
      }
    }
    return { sv: [...sv], en: [...en] };
  }
}
