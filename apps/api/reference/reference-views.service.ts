import { Injectable } from '@nestjs/common';
import { CpvEntry, nutsLevel, nutsParent, ReferenceCatalogue, RegionEntry } from '@navet/reference';

/** Turns stored codes into the contract's CpvCode / Region objects. */
@Injectable()
export class ReferenceViews {
  constructor(private readonly catalogue: ReferenceCatalogue) {}

  cpvCodes(codes: readonly string[]): CpvEntry[] {
    return codes.map((c) => this.catalogue.cpv(c)).filter((e): e is CpvEntry => !!e);
  }

  regions(codes: readonly string[]): RegionEntry[] {
    return codes.map(
      (code) => this.catalogue.region(code) ?? { code, name: code, level: nutsLevel(code), parentCode: nutsParent(code) },
    );
  }
}
