import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireRole } from '@navet/identity';
import { markContractedMatches } from '@navet/matching';
import { Need, NeedOutcomeInput, NeedsService, validateNeedOutcome } from '@navet/needs';
import { existingProfileIds } from '@navet/suppliers';

/**
 * `closeNeed(id, outcome)`: closes the need (libs/needs) and, with an outcome, marks the contracted
 * suppliers' matches (libs/matching) in the same transaction: a refused outcome writes nothing.
 */
@Injectable()
export class NeedClosingService {
  constructor(
    private readonly ds: DataSource,
    private readonly needs: NeedsService,
  ) {}

  async close(actor: Actor | null, id: string, input: NeedOutcomeInput | null | undefined): Promise<Need> {
    const a = requireRole(actor, 'BUYER', 'ADMIN');
    const now = new Date();
    const outcome = input ? validateNeedOutcome(input, now) : null;
    return inTransaction(this.ds, async (em) => {
      const ids = outcome?.contractedSupplierIds ?? [];
      const known = new Set(await existingProfileIds(em, ids));
      const unknown = ids.find((s) => !known.has(s));
      if (unknown) throw badInput('outcome.contractedSupplierIds', `No supplier profile has the id ${unknown}`);
      const need = await this.needs.closeIn(em, a, id, outcome);
      if (outcome && ids.length > 0) {
        const explanation =
          need.language === 'sv' ? 'Kontrakterad enligt köparens utfall.' : "Contracted, as the buyer's outcome records.";
        await markContractedMatches(em, { needId: need.id, supplierIds: ids, explanation, at: now });
      }
      return need;
    });
  }
}
