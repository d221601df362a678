import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badInput, projectRoot, unique } from '@navet/core';
import { CpvEntry, cpvLevel, isCpvFormat, isCpvPrefix } from './domain/cpv';
import { isNutsFormat, nutsLevel, nutsParent, RegionEntry } from './domain/nuts';

interface RawCpv {
  code: string;
  sv: string;
  en: string;
  parent: string | null;
}
interface RawRegion {
  code: string;
  name: string;
  level: number;
  parent: string | null;
}

/**
 * CPV 2008 and Swedish NUTS, held in memory (9,454 + 33 rows): validation and label lookup are
 * map reads, so resolvers and mappers never query for them.
 */
export class ReferenceCatalogue {
  private readonly cpvByCode = new Map<string, CpvEntry>();
  private readonly cpvBySignificant = new Map<string, CpvEntry>();
  private readonly regionByCode = new Map<string, RegionEntry>();
  private readonly searchable: { entry: CpvEntry; text: string }[] = [];

  constructor(cpv: RawCpv[], regions: RawRegion[]) {
    for (const r of cpv) {
      const entry: CpvEntry = { code: r.code, labelSv: r.sv, labelEn: r.en, parentCode: r.parent, level: cpvLevel(r.code) };
      this.cpvByCode.set(r.code, entry);
      this.cpvBySignificant.set(r.code.slice(0, 8), entry);
      this.searchable.push({ entry, text: `${r.code} ${r.sv} ${r.en}`.toLocaleLowerCase('sv') });
    }
    for (const r of regions) this.regionByCode.set(r.code, { code: r.code, name: r.name, level: r.level, parentCode: r.parent });
  }

  static fromFiles(dir = join(projectRoot(), 'libs/reference/data')): ReferenceCatalogue {
    const read = <T>(f: string): T => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
    return new ReferenceCatalogue(read<RawCpv[]>('cpv-2008.json'), read<RawRegion[]>('se-regions.json'));
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

  /** Swedish regions with names; other valid NUTS codes get their code as name. */
  region(code: string): RegionEntry | undefined {
    const known = this.regionByCode.get(code);
    if (known) return known;
    if (!isNutsFormat(code) || code.startsWith('SE')) return undefined;
    return { code, name: code, level: nutsLevel(code), parentCode: nutsParent(code) };
  }

  regions(): RegionEntry[] {
    return [...this.regionByCode.values()];
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

  /** Well-formed NUTS codes; Swedish codes must exist. */
  validateRegionCodes(field: string, codes: readonly string[], min = 1, max = 50): string[] {
    if (codes.length < min) throw badInput(field, `${field} needs at least ${min} region code`);
    if (codes.length > max) throw badInput(field, `${field} may have at most ${max} codes`);
    return unique(
      codes.map((raw) => {
        const code = raw.trim().toUpperCase();
        if (!isNutsFormat(code))
          throw badInput(field, `"${raw}" is not a NUTS code (two letters and up to three letters or digits)`);
        if (code.startsWith('SE') && !this.regionByCode.has(code)) throw badInput(field, `"${raw}" is not a Swedish NUTS region`);
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
