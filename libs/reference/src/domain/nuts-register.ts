import { isNutsFormat, RegionEntry } from './nuts';

export interface RawRegion {
  code: string;
  name: string;
  level: number;
  parent: string | null;
}

/** A stored or imported code resolved against the register: the code to keep, and whether it was changed. */
export interface ResolvedRegion {
  code: string;
  /** True when the given code did not exist and an ancestor (or the country) was kept instead. */
  mapped: boolean;
}

// ISO 3166-1 country codes that NUTS writes differently (TED's buyer_country uses ISO).
const NUTS_COUNTRY: Record<string, string> = { GR: 'EL', GB: 'UK' };

/**
 * The regions Navet accepts: the Swedish list (with its Swedish names) plus every other code of the
 * official NUTS 2021 list (EU, EEA, candidate countries, CH and UK as published). Non-Swedish regions are
 * named by their code (the contract's Region.name); their national names are kept for the regions table.
 * Swedish codes come only from the Swedish list, so NUTS's Extra-Regio SEZ codes are not accepted.
 */
export class NutsRegister {
  private readonly byCode = new Map<string, RegionEntry>();
  private readonly nationalNames = new Map<string, string>();
  private readonly swedish: RegionEntry[];

  constructor(swedish: readonly RawRegion[], nuts: readonly RawRegion[]) {
    this.swedish = swedish.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent }));
    for (const r of this.swedish) this.byCode.set(r.code, r);
    for (const r of nuts) {
      if (r.code.startsWith('SE')) continue;
      this.byCode.set(r.code, { code: r.code, name: r.code, level: r.level, parentCode: r.parent });
      this.nationalNames.set(r.code, r.name);
    }
  }

  get(code: string): RegionEntry | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The 33 Swedish regions (what forms offer). */
  swedishRegions(): RegionEntry[] {
    return [...this.swedish];
  }

  /** Every accepted region with a display name: Swedish where known, else the national-language name. */
  allWithNames(): RegionEntry[] {
    return [...this.byCode.values()].map((r) => ({ ...r, name: this.nationalNames.get(r.code) ?? r.name }));
  }

  /**
   * For imports of older records: the code itself when it exists, else its nearest existing ancestor
   * (NUTS 2016 "UKD22" -> "UKD2"; "HU101" -> "HU1"), else undefined. ISO country codes that NUTS
   * spells differently (GR, GB) are translated first. A region never falls back to its bare country
   * here: the caller prefers another region the record names and tries the country last.
   */
  resolve(raw: string | null | undefined): ResolvedRegion | undefined {
    const given = (raw ?? '').trim().toUpperCase();
    if (!isNutsFormat(given)) return undefined;
    let code = (NUTS_COUNTRY[given.slice(0, 2)] ?? given.slice(0, 2)) + given.slice(2);
    const shortest = given.length === 2 ? 2 : 3;
    while (code.length >= shortest) {
      if (this.byCode.has(code)) return { code, mapped: code !== given };
      code = code.slice(0, -1);
    }
    return undefined;
  }
}
